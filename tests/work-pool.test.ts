import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readSeedFolder } from '../src/ingest/seed-folder.js';
import { toArticle } from '../src/ingest/to-article.js';
import { analyze } from '../src/language/pipeline.js';
import { createCapturingLogger } from '../src/logger.js';
import { createWork, JobCancelledError } from '../src/work/work-pool.js';

const seeds = join(import.meta.dirname, '..', 'seeds');
const logger = createCapturingLogger();
const pool = createWork({ mode: 'pool', logger, budgetMs: 8000, threads: 1 });
afterAll(() => pool.close());

describe('the worker pool', () => {
  it('cancels a job over its budget, logs it, and still runs the next job', async () => {
    await expect(pool.spin(120_000)).rejects.toBeInstanceOf(JobCancelledError);
    expect(logger.lines.some((l) => l.level === 'warn' && l.message.includes('cancelled spin 120000 ms'))).toBe(true);
    await expect(pool.spin(1)).resolves.toBeGreaterThan(0);
  }, 60_000);

  it('refuses an input over the size cap without running it', async () => {
    const small = createWork({ mode: 'in-process', logger, maxInputChars: 100 });
    await expect(small.extractPage('<p>' + 'x'.repeat(200) + '</p>', 'http://127.0.0.1/big')).rejects.toThrow(/too large/);
    expect(logger.lines.some((l) => l.message.includes('page http://127.0.0.1/big'))).toBe(true);
  });

  it('warms a new worker before its first budgeted job: the budget counts the article only', async () => {
    const article = toArticle({ origin: 'test:tiny', title: 'Ferry fares rise', body: 'Ferry fares to the islands rose on Monday, the council said.', date: '2024-01-01', fallbackTime: new Date(0) }, new Date('2024-01-02T00:00:00Z')).article;
    // A cold first analysis loads the word lists and compiles the pipeline (0.2 s on an idle machine, more on a
    // busy one); a warm one of these two sentences takes about 10 ms.
    const tight = createWork({ mode: 'pool', logger, budgetMs: 150, threads: 1 });
    try {
      await expect(tight.analyze(article)).resolves.toMatchObject({ entities: expect.any(Array) });
    } finally {
      await tight.close();
    }
  }, 90_000);

  it('analyses the seed article exactly as in-process analysis does', async () => {
    const [doc] = await readSeedFolder(seeds, { logger });
    const article = toArticle(doc!, new Date('2024-01-01T12:00:00Z')).article;
    const roomy = createWork({ mode: 'pool', logger, budgetMs: 60_000, threads: 1 });
    try {
      expect(await roomy.analyze(article)).toEqual(analyze(article));
    } finally {
      await roomy.close();
    }
  }, 90_000);
});

describe('a pool at rest', () => {
  it('stops its threads after the idle time and starts them again for the next job', async () => {
    const resting = createWork({ mode: 'pool', logger, budgetMs: 60_000, threads: 1, idleMs: 300 });
    try {
      await expect(resting.spin(1)).resolves.toBeGreaterThan(0);
      expect(resting.liveThreads()).toBe(1);
      await expect.poll(() => resting.liveThreads(), { timeout: 10_000, interval: 100 }).toBe(0);
      await expect(resting.spin(1)).resolves.toBeGreaterThan(0);
      expect(resting.liveThreads()).toBe(1);
    } finally {
      await resting.close();
    }
  }, 90_000);

  it('keeps its threads when no idle time is set', async () => {
    const kept = createWork({ mode: 'pool', logger, budgetMs: 60_000, threads: 1, idleMs: 0 });
    try {
      await kept.spin(1);
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(kept.liveThreads()).toBe(1);
    } finally {
      await kept.close();
    }
  }, 90_000);
});
