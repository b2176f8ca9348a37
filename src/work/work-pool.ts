import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { Article } from '../articles/article.js';
import type { ParsedFeed } from '../feeds/feed-parser.js';
import type { ExtractedPage } from '../feeds/page-extractor.js';
import type { RawDocument } from '../ingest/raw-document.js';
import type { ParsedArticle } from '../ingest/to-article.js';
import type { Analysis } from '../language/analysis.js';
import type { Logger } from '../logger.js';
import { JobCancelledError } from './job-cancelled.js';
import { createJobSlots } from './job-slots.js';
import { runJob, type Job, type JobResult } from './worker-jobs.js';

/**
 * What a worker loads: compiled (`npm run build`, as `npm start` runs) the job module itself; run from the
 * TypeScript sources, an entry that registers tsx first.
 */
const WORKER_MODULE = import.meta.url.endsWith('.js') ? new URL('./worker-jobs.js', import.meta.url) : new URL('./worker-entry.mjs', import.meta.url);

/**
 * The CPU-heavy stages (analysis, page extraction, feed parsing) off the main thread, so it only
 * answers. Every job has a time budget and a size cap: a job over budget is cancelled (its worker is
 * terminated and replaced), logged with what it was working on, and fails with `JobCancelledError`
 * so the caller skips the item. `in-process` runs the same jobs inline (tests, one-shot runs).
 */
export interface WorkOptions {
  mode: 'pool' | 'in-process';
  logger: Logger;
  /** Per-job time budget, ms. */
  budgetMs?: number;
  /** Largest input (characters of text or HTML) a job accepts. */
  maxInputChars?: number;
  threads?: number;
  /** Idle time after which the threads are stopped, ms; 0 keeps them. The next job starts them again. */
  idleMs?: number;
}

export interface Work {
  /** Raw text → article (page reading, dates, dateline): linear, but 400 KB still takes most of a second. */
  prepare(doc: RawDocument, today: Date): Promise<ParsedArticle>;
  analyze(article: Article): Promise<Analysis>;
  extractPage(html: string, url?: string): Promise<ExtractedPage>;
  parseFeed(text: string, url: string): Promise<ParsedFeed>;
  /** Test hook: a job that spins for `ms` under the same budget. */
  spin(ms: number): Promise<number>;
  /** Worker threads running now (0 in-process, and while the pool rests). */
  liveThreads(): number;
  close(): Promise<void>;
}

export { JobCancelledError };

export const DEFAULT_BUDGET_MS = 10_000;
/**
 * A worker holds its own copy of the language data (about 120 MB resident each), which a bot between feed
 * polls does not use: after a minute without jobs the threads stop, and the next job starts them again.
 */
export const DEFAULT_IDLE_MS = 60_000;
/** As much as one fetch may bring (FETCH_DEFAULTS.maxBytes): a 10,000-item feed runs to several MB. */
export const DEFAULT_MAX_INPUT_CHARS = 5 * 1024 * 1024;

function describe(job: Job): { what: string; size: number } {
  switch (job.kind) {
    case 'prepare':
      return { what: `document ${job.doc.origin}`, size: (job.doc.title?.length ?? 0) + (job.doc.body?.length ?? job.doc.pageText?.length ?? 0) };
    case 'analyze':
      return { what: `article ${job.article.id} (${job.article.url ?? job.article.origin})`, size: job.article.paragraphs.reduce((n, p) => n + p.length, job.article.title.length) };
    case 'extract-page':
      return { what: `page ${job.url ?? '(no address)'}`, size: job.html.length };
    case 'parse-feed':
      return { what: `feed ${job.url}`, size: job.text.length };
    case 'spin':
      return { what: `spin ${job.ms} ms`, size: 0 };
    case 'warm-up':
      return { what: 'warm-up', size: 0 };
  }
}

export function createWork(options: WorkOptions): Work {
  const budgetMs = options.budgetMs ?? DEFAULT_BUDGET_MS;
  const maxChars = options.maxInputChars ?? DEFAULT_MAX_INPUT_CHARS;
  const threads = options.threads ?? 2;
  const idleMs = options.idleMs ?? DEFAULT_IDLE_MS;
  const slots = createJobSlots(threads);
  let pool: Piscina | undefined;
  let ready: Promise<unknown> = Promise.resolve();
  let running = 0;
  let idleTimer: NodeJS.Timeout | undefined;
  let closed = false;

  // The budget counts work, not a worker's start (tsx compiles the job modules first, seconds on a busy
  // machine; then the word lists load and the hot paths compile in the first analysis): jobs wait for a
  // warm-up job, which analyses a short article, at start and after each cancellation replaced a worker.
  const warmUp = (p: Piscina) => p.run({ kind: 'warm-up' } satisfies Job).catch(() => 0);
  // execArgv: [] because a worker that inherits `--import tsx` and also registers tsx itself started in
  // 100 s instead of 7 on a busy machine, and loaded modules through the main thread meanwhile.
  const open = (): Piscina => {
    if (!pool) {
      pool = new Piscina({ filename: fileURLToPath(WORKER_MODULE), maxThreads: threads, minThreads: threads, execArgv: [] });
      ready = warmUp(pool);
    }
    return pool;
  };
  const restLater = () => {
    clearTimeout(idleTimer);
    if (idleMs > 0 && running === 0 && !closed) idleTimer = setTimeout(rest, idleMs).unref();
  };
  const rest = () => {
    idleTimer = undefined;
    const resting = pool;
    if (!resting || running > 0) return;
    pool = undefined;
    options.logger.debug(`work threads stopped after ${idleMs} ms without jobs`, { threads });
    void resting.destroy().catch(() => undefined);
  };
  // Started at once, so the first article is not kept waiting; resting counts from the end of the warm-up.
  if (options.mode === 'pool') {
    open();
    void ready.then(restLater);
  }

  async function run(job: Job): Promise<JobResult> {
    const { what, size } = describe(job);
    if (size > maxChars) {
      options.logger.warn(`skipped ${what}: ${size} characters is over the cap of ${maxChars}`, { job: job.kind, size });
      throw new JobCancelledError(`${what} is too large (${size} characters, cap ${maxChars})`);
    }
    if (options.mode !== 'pool') return runJob(job);
    if (closed) throw new Error(`${what}: the work pool is closed`);
    clearTimeout(idleTimer);
    running += 1;
    try {
      return await slots.run(() => budgeted(job, what));
    } finally {
      running -= 1;
      restLater();
    }
  }

  async function budgeted(job: Job, what: string): Promise<JobResult> {
    const p = open();
    await ready;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), budgetMs);
    try {
      return (await p.run(job, { signal: controller.signal })) as JobResult;
    } catch (error) {
      if (!controller.signal.aborted) throw error;
      ready = warmUp(p);
      options.logger.warn(`cancelled ${what}: over its budget of ${budgetMs} ms`, { job: job.kind, budgetMs });
      throw new JobCancelledError(`${what} took longer than ${budgetMs} ms`);
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    prepare: async (doc, today) => (await run({ kind: 'prepare', doc, today })) as ParsedArticle,
    analyze: async (article) => (await run({ kind: 'analyze', article })) as Analysis,
    extractPage: async (html, url) => (await run({ kind: 'extract-page', html, ...(url ? { url } : {}) })) as ExtractedPage,
    parseFeed: async (text, url) => (await run({ kind: 'parse-feed', text, url })) as ParsedFeed,
    spin: async (ms) => (await run({ kind: 'spin', ms })) as number,
    liveThreads: () => pool?.threads.length ?? 0,
    close: async () => {
      closed = true;
      clearTimeout(idleTimer);
      await ready;
      await pool?.destroy();
      pool = undefined;
    },
  };
}
