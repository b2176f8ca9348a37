import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AnalysisShelf } from '../src/articles/analysis-shelf.js';
import { Archive } from '../src/articles/archive.js';
import type { Article } from '../src/articles/article.js';
import { ManualClock } from '../src/clock.js';
import type { IngestionDeps } from '../src/ingest/ingestion.js';
import { startSeeds } from '../src/ingest/seed-start.js';
import { analyze, ANALYSIS_VERSION } from '../src/language/pipeline.js';
import { createCapturingLogger } from '../src/logger.js';
import { createSqliteArticleStore, keepsAnalysesApart, type ArticleStore } from '../src/store/article-store.js';
import { openDatabase } from '../src/store/database.js';
import { createSqliteSeedFileLedger } from '../src/store/seed-file-ledger.js';
import { CIDER, FROST } from './seed-start-helpers.js';
import { tempFolder } from './temp-folder.js';

/** One machine on a shared store: its own archive, shelf and seed ledger (its own DATA_DIR). */
async function machine(seeds: string, store: ArticleStore, ledgerPath: string) {
  const analysed: string[] = [];
  const db = openDatabase(ledgerPath);
  if (!keepsAnalysesApart(store)) throw new Error('a store that keeps analyses apart');
  const shelf = new AnalysisShelf(store);
  const archive = new Archive();
  const deps: IngestionDeps = {
    clock: new ManualClock('2025-03-10T12:00:00Z'), logger: createCapturingLogger(), store, archive, shelf, analysisVersion: ANALYSIS_VERSION,
    analyze: (article: Article) => (analysed.push(article.id), analyze(article)),
  };
  const start = await startSeeds(seeds, deps, { ledger: createSqliteSeedFileLedger(db), shelf });
  db.close();
  return { start, archive, analysed };
}

describe('a new machine on a shared store', () => {
  it('takes the seed articles already stored from one read of their metadata: no query a document, no analysis read', async () => {
    const folder = tempFolder('newsdesk-new-machine-');
    const seeds = join(folder, 'seeds');
    mkdirSync(seeds);
    writeFileSync(join(seeds, 'valley.jsonl'), `${FROST}\n${CIDER}\n`);
    const db = openDatabase(join(folder, 'shared.sqlite'));
    const stored = createSqliteArticleStore(db);
    const asked = { byHash: 0, analyses: 0 };
    const counted: ArticleStore = {
      ...stored,
      byHash: (hash) => (asked.byHash++, stored.byHash(hash)),
      analysisOf: (id) => (asked.analyses++, stored.analysisOf!(id)),
    };
    // The first start looks up no document either: nothing is stored.
    const first = await machine(seeds, counted, join(folder, 'one', 'seed-files.sqlite'));
    expect(first.analysed).toHaveLength(2);
    expect(asked).toEqual({ byHash: 0, analyses: 0 });

    const second = await machine(seeds, counted, join(folder, 'two', 'seed-files.sqlite'));
    expect([second.start.filesRead, second.start.added, second.analysed.length]).toEqual([1, 2, 0]);
    expect(asked).toEqual({ byHash: 0, analyses: 0 });
    const titles = second.archive.all().map((a) => a.title).sort();
    expect(titles).toEqual(first.archive.all().map((a) => a.title).sort());
    // Read from the store when asked, as the first machine's.
    const [article] = second.archive.all();
    expect(article!.analysis).toEqual(first.archive.get(article!.id)!.analysis);
    expect(article!.paragraphs).toEqual(first.archive.get(article!.id)!.paragraphs);
    db.close();
  });
});
