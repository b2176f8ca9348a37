import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Archive } from '../src/articles/archive.js';
import { bodyText, type EnrichedArticle } from '../src/articles/article.js';
import { summarySentences, summaryText } from '../src/articles/summary.js';
import { ManualClock } from '../src/clock.js';
import { ingestDocuments } from '../src/ingest/ingestion.js';
import { readSeedFolder } from '../src/ingest/seed-folder.js';
import { analyze, ANALYSIS_VERSION } from '../src/language/pipeline.js';
import { canStandAlone } from '../src/language/summary/standalone.js';
import { createCapturingLogger } from '../src/logger.js';
import { createSqliteArticleStore } from '../src/store/article-store.js';
import { openDatabase } from '../src/store/database.js';

const seeds = join(import.meta.dirname, '..', 'seeds');

async function ingestSeeds() {
  const logger = createCapturingLogger();
  const store = createSqliteArticleStore(openDatabase(':memory:'));
  const deps = { clock: new ManualClock('2024-01-01T12:00:00Z'), logger, store, archive: new Archive(), analyze, analysisVersion: ANALYSIS_VERSION };
  const result = await ingestDocuments(await readSeedFolder(seeds, { logger }), 'seed', deps);
  const seed = result.added.find((a) => a.origin.endsWith('000_1eac8ca87cd292f6.txt'));
  if (!seed) throw new Error('the seed article did not load');
  return { store, seed };
}

describe('language pipeline', () => {
  it('gives sentences whose text is the slice of the body at their offsets, in order, none empty', async () => {
    const { seed } = await ingestSeeds();
    const text = bodyText(seed);
    const { sentences } = seed.analysis;
    expect(sentences.length).toBeGreaterThan(10);
    for (const s of sentences) {
      expect(text.slice(s.start, s.end)).toBe(s.text);
      expect(s.text.trim()).toBe(s.text);
      expect(s.text).not.toBe('');
    }
    for (let i = 1; i < sentences.length; i++) expect(sentences[i]!.start).toBeGreaterThanOrEqual(sentences[i - 1]!.end);
    expect(sentences.at(-1)!.paragraph).toBe(seed.paragraphs.length - 1);
    // "then-U.S. President Donald Trump" is one sentence, not two.
    expect(sentences.some((s) => s.text.includes('then-U.S. President Donald Trump'))).toBe(true);
  });

  it('stores the analysis with the current ANALYSIS_VERSION and reads it back unchanged', async () => {
    const { store, seed } = await ingestSeeds();
    expect(seed.analysis.version).toBe(ANALYSIS_VERSION);
    const stored = store.byHash(seed.hash) as EnrichedArticle;
    expect(stored.analysis.version).toBe(ANALYSIS_VERSION);
    expect(stored.analysis).toEqual(seed.analysis);
  });

  it('ranks every sentence once for the summary', async () => {
    const { seed } = await ingestSeeds();
    const { sentences, summaryRank } = seed.analysis;
    expect([...summaryRank].sort((a, b) => a - b)).toEqual(sentences.map((_, i) => i));
  });

  it('analyses the same article to the same result', async () => {
    const { seed } = await ingestSeeds();
    expect(analyze(seed)).toEqual(seed.analysis);
  });
});

describe('the seed summary', () => {
  it('is, at one sentence, a complete sentence of the article that stands on its own', async () => {
    const { seed } = await ingestSeeds();
    const [only] = summarySentences(seed, 1);
    expect(only).toBeDefined();
    expect(bodyText(seed).slice(only!.start, only!.end)).toBe(only!.text);
    expect(only!.text).toMatch(/^\p{Lu}.*[.!?]["”’]?$/u);
    expect(canStandAlone(only!.text)).toBe(true);
    expect(summaryText(seed, 1)).toBe(only!.text);
  });

  it('grows sentence by sentence, in article order', async () => {
    const { seed } = await ingestSeeds();
    for (let n = 1; n <= seed.analysis.sentences.length; n++) {
      const starts = summarySentences(seed, n).map((s) => s.start);
      expect(starts).toHaveLength(n);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
      expect(summarySentences(seed, n - 1).every((s) => starts.includes(s.start))).toBe(true);
    }
  });
});
