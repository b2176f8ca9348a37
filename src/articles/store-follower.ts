import type { Logger } from '../logger.js';
import type { ArticleChanges } from '../store/article-changes.js';
import type { ArticleStore } from '../store/article-store.js';
import type { Archive } from './archive.js';

/**
 * Brings articles other processes wrote to the shared store into this process's archive, every
 * `pollMs` (2 s): the search index, the stories and the entity directory follow the archive, so such
 * an article is found here within a poll, as one this process took itself is at once. Each poll reads
 * ids and hashes written since the last one; only hashes the archive lacks are read in full.
 */
export const STORE_POLL_MS = 2_000;

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
}

export interface StoreFollower {
  /** Takes in what was written since the last poll; the number of articles added or replaced. */
  poll(): number;
  start(): void;
  stop(): void;
}

export function createStoreFollower(deps: StoreFollowerDeps): StoreFollower {
  const { changes, store, archive, logger } = deps;
  let cursor = deps.cursor;
  let cancel: (() => void) | undefined;
  const poll = () => {
    const read = changes.since(cursor);
    let taken = 0;
    for (const write of read.writes) {
      if (archive.byHash(write.hash)) continue;
      const article = store.byHash(write.hash);
      // Removed or rewritten since the log was read: the next poll brings the newer version.
      if (!article || article.id !== write.id) continue;
      if (article.analysis.version !== deps.analysisVersion) {
        logger.debug('article from another process left for the next start', { article: article.id, version: article.analysis.version });
        continue;
      }
      if (archive.add(article) !== 'duplicate') taken++;
    }
    cursor = read.cursor;
    if (taken > 0) logger.debug('articles from other processes taken in', { articles: taken });
    return taken;
  };
  return {
    poll,
    start() {
      if (cancel) return;
      cancel = (deps.every ?? everyInterval)(deps.pollMs ?? STORE_POLL_MS, () => {
        try {
          poll();
        } catch (error) {
          // The store is away for a moment (or closing): the cursor stays, so the next poll catches up.
          logger.warn('could not read articles written by other processes', { error });
        }
      });
    },
    stop() {
      cancel?.();
      cancel = undefined;
    },
  };
}
