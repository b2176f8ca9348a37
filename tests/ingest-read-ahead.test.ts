import { describe, expect, it } from 'vitest';
import { Archive } from '../src/articles/archive.js';
import type { Article } from '../src/articles/article.js';
import { ManualClock } from '../src/clock.js';
import { ingestDocuments, type IngestionDeps } from '../src/ingest/ingestion.js';
import type { RawDocument } from '../src/ingest/raw-document.js';
import type { Analysis } from '../src/language/analysis.js';
import { analyze, ANALYSIS_VERSION } from '../src/language/pipeline.js';
import { createCapturingLogger } from '../src/logger.js';
import { createMemoryArticleStore } from '../src/store/article-store.js';
import { JobCancelledError } from '../src/work/job-cancelled.js';

const doc = (n: number, title: string, body: string): RawDocument => ({
  origin: `export.jsonl#${n}`, fallbackTime: new Date('2025-03-01T00:00:00Z'), title, date: '2025-03-05', source: 'Valley Times', body,
});

const FROST = doc(1, 'Orchard growers count losses after late frost', 'Growers in the upper valley said a late frost on Tuesday night destroyed most of the apple blossom.');
const CIDER = doc(2, 'Cider makers look abroad for apples', 'Cider makers in the valley said they would buy apples from abroad after the frost ruined the local harvest.');
const BEES = doc(3, 'Beekeepers move hives to the lowlands', 'Beekeepers moved their hives down the valley on Wednesday, away from the frost.');
const FERRY = doc(5, 'Ferry service to the islands resumes', 'The ferry operator restarted sailings to the northern islands on Monday after three days of gales.');

/** A pool's analysis: answered later, off the caller's turn; counts how many are under way at once. */
function slowPool(fail: (article: Article) => boolean = () => false) {
  let running = 0;
  const seen = { most: 0, asked: [] as string[] };
  const analyse = async (article: Article): Promise<Analysis> => {
    seen.asked.push(article.title);
    running += 1;
    seen.most = Math.max(seen.most, running);
    await new Promise((resolve) => setTimeout(resolve, 5));
    running -= 1;
    if (fail(article)) throw new JobCancelledError(`over budget: ${article.title}`);
    return analyze(article);
  };
  return { seen, analyse };
}

function deps(analyse: IngestionDeps['analyze'], storedByHash?: IngestionDeps['storedByHash']): IngestionDeps {
  return {
    clock: new ManualClock('2025-03-10T12:00:00Z'), logger: createCapturingLogger(), store: createMemoryArticleStore(), archive: new Archive(),
    analyze: analyse, analysisVersion: ANALYSIS_VERSION, ...(storedByHash ? { storedByHash } : {}),
  };
}

describe('ingestion reading ahead', () => {
  it('analyses the next documents while one is stored when the stored metadata says they are new, in order all the same', async () => {
    const pool = slowPool();
    const result = await ingestDocuments([FROST, CIDER, BEES, FERRY], 'seed', deps(pool.analyse, new Map()));
    expect(pool.seen.most).toBeGreaterThan(1);
    expect(result.added.map((a) => a.title)).toEqual([FROST.title, CIDER.title, BEES.title, FERRY.title]);
    expect(result.added.map((a) => a.analysis.sentences.length)).toEqual([1, 1, 1, 1]);
  });

  it('analyses one at a time without the stored metadata (a feed, a warm start), where the store is asked first', async () => {
    const pool = slowPool();
    await ingestDocuments([FROST, CIDER, BEES], 'seed', deps(pool.analyse));
    expect(pool.seen.most).toBe(1);
  });

  it('keeps a repeat out and a failed analysis skipped, whichever documents were analysed ahead', async () => {
    const pool = slowPool((article) => article.title === BEES.title);
    const repeat = { ...CIDER, origin: 'export.jsonl#4' };
    const result = await ingestDocuments([FROST, CIDER, repeat, BEES, FERRY], 'seed', deps(pool.analyse, new Map()));
    expect(result.added.map((a) => a.title)).toEqual([FROST.title, CIDER.title, FERRY.title]);
    expect(result.twins.map((t) => t.origin)).toEqual(['export.jsonl#4']);
    expect(result.skipped.map((s) => s.origin)).toEqual(['export.jsonl#4', 'export.jsonl#3']);
  });
});
