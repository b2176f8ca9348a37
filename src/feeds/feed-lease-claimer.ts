import type { Clock } from '../clock.js';
import type { Logger } from '../logger.js';
import type { FeedLeases } from './feed-leases.js';
import type { FeedRecord } from './feed-store.js';

/** One process's side of the feed leases: claim before a fetch, release once the fetch is recorded. */
export interface FeedLeaseClaimer {
  /** The feed as the store has it now, when this process may fetch it; undefined when another has it. */
  claim(feed: FeedRecord, evenIfNotDue: boolean): FeedRecord | undefined;
  release(feed: FeedRecord): void;
}

export interface ClaimerDeps {
  /** Absent: this process is alone, and fetches the record it was given. */
  leases: FeedLeases | undefined;
  clock: Clock;
  logger: Logger;
  owner: string;
  leaseMs: number;
}

export function createFeedLeaseClaimer(deps: ClaimerDeps): FeedLeaseClaimer {
  const { leases, clock, logger, owner, leaseMs } = deps;
  return {
    claim(feed, evenIfNotDue) {
      if (!leases) return feed;
      const now = clock.now();
      const leaseUntil = new Date(now.getTime() + leaseMs).toISOString();
      return leases.claim({ id: feed.id, owner, now: now.toISOString(), leaseUntil, onlyWhenDue: !evenIfNotDue });
    },
    release(feed) {
      try {
        leases?.release(feed.id, owner);
      } catch (error) {
        // Only when the store is gone (shutting down): the lease then runs out on its own.
        logger.warn('could not release a feed lease', { feed: feed.url, error });
      }
    },
  };
}
