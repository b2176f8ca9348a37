import type { Logger } from '../logger.js';
import type { ArticleChanges, ArticleWrite } from '../store/article-changes.js';
import type { ArticleStore } from '../store/article-store.js';
import type { AnalysisShelf } from './analysis-shelf.js';
import type { Archive } from './archive.js';

/**
 * Brings articles other processes wrote to the shared store into this process's archive, every
 * `pollMs` (2 s): the search index, the stories and the entity directory follow the archive, so such
 * an article is found here within a poll, as one this process took itself is at once. Each poll reads
 * ids and hashes written since the last one; only hashes the archive lacks are read in full, at most
 * `batch` (200) at a time with the event loop given back between batches, so another process loading
 * thousands of articles never holds this one's answers up for long.
 */
export const STORE_POLL_MS = 2_000;
export const FOLLOW_BATCH = 200;

/** Runs `poll` every `ms` until the returned function is called; tests pass one they drive by hand. */
export type Every = (ms: number, poll: () => void) => () => void;

export const everyInterval: Every = (ms, poll) => {
  const timer = setInterval(poll, ms);
  // Following is never a reason to stay alive.
  timer.unref();
  return () => clearInterval(timer);
};

export interface StoreFollowerDeps {
  changes: ArticleChanges;
  store: Pick<ArticleStore, 'byHash'>;
  archive: Archive;
  logger: Logger;
  /** Articles analysed by another pipeline version (a process not yet upgraded) wait for this process's next start. */
  analysisVersion: number;
  /** Where to start: the cursor taken before the archive was loaded. */
  cursor: string;
  pollMs?: number;
  every?: Every;
  batch?: number;
  /** Where stored analyses are read back from: an article taken in is kept lean, as at a start. */
  shelf?: AnalysisShelf;
}

export interface StoreFollower {
  /**
   * Takes in what was written since the last poll, a batch at most; the number of articles added or
   * replaced. What is left waits for the next call (the timer makes it at once).
   */
  poll(): number;
  start(): void;
  stop(): void;
}

export function createStoreFollower(deps: StoreFollowerDeps): StoreFollower {
  const { changes, store, archive, logger } = deps;
  const batch = deps.batch ?? FOLLOW_BATCH;
  let cursor = deps.cursor;
  let cancel: (() => void) | undefined;
  // Writes read from the log but not yet looked at: the cursor has moved past them.
  let pending: ArticleWrite[] = [];
  let draining = false;
  // One warning when reading starts failing (PostgreSQL away), not one every poll; one line when it works again.
  let failing = false;
  /** Whether the write was taken in; false when it needs nothing or must wait. */
  const takeIn = (write: ArticleWrite): boolean => {
    const article = store.byHash(write.hash);
    // Removed or rewritten since the log was read: a later write brings the newer version.
    if (!article || article.id !== write.id) return false;
    if (article.analysis.version !== deps.analysisVersion) {
      logger.debug('article from another process left for the next start', { article: article.id, version: article.analysis.version });
      return false;
    }
    return archive.add(deps.shelf ? deps.shelf.shelve(article, deps.analysisVersion) : article) !== 'duplicate';
  };
  const poll = () => {
    const read = changes.since(cursor);
    cursor = read.cursor;
    pending = pending.length === 0 ? read.writes : pending.concat(read.writes);
    let taken = 0;
    let readInFull = 0;
    let next = 0;
    try {
      for (; next < pending.length && readInFull < batch; next++) {
        const write = pending[next]!;
        if (archive.byHash(write.hash)) continue;
        readInFull++;
        if (takeIn(write)) taken++;
      }
    } finally {
      pending = pending.slice(next);
    }
    if (taken > 0) logger.debug('articles from other processes taken in', { articles: taken });
    return taken;
  };
  const safePoll = () => {
    try {
      poll();
      if (failing) logger.info('reading articles written by other processes again');
      failing = false;
    } catch (error) {
      // The store is away for a moment (or closing): the cursor stays, so the next poll catches up.
      if (!failing) logger.warn('could not read articles written by other processes', { error });
      failing = true;
    }
    // The rest of a large arrival in further batches, each on its own turn of the event loop.
    if (pending.length > 0 && cancel && !draining) {
      draining = true;
      setImmediate(() => {
        draining = false;
        if (cancel) safePoll();
      });
    }
  };
  return {
    poll,
    start() {
      if (cancel) return;
      cancel = (deps.every ?? everyInterval)(deps.pollMs ?? STORE_POLL_MS, safePoll);
    },
    stop() {
      cancel?.();
      cancel = undefined;
    },
  };
}
