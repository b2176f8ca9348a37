import type { Db } from '../store/database.js';
import { migrateFeeds } from './feed-schema.js';
import { fromRow, type FeedRecord } from './feed-store.js';

/**
 * Who fetches a feed when several processes share one store. Before a fetch a process claims the feed
 * until `leaseUntil`; the claim is one guarded UPDATE, so of two processes asking at once one wins. A
 * finished fetch records the feed's next due time before the lease is released, so the other process
 * finds it not due; a lease whose holder died runs out and the feed is taken over.
 */
export interface FeedClaim {
  id: number;
  owner: string;
  /** ISO instant of the claim, by the claimer's clock. */
  now: string;
  leaseUntil: string;
  /** False for a fetch asked for by hand (/feed add): claimed whether or not it is due. */
  onlyWhenDue?: boolean;
}

export interface FeedLeases {
  /**
   * The feed, fresh from the store, when this owner now holds it: it is active, due (unless asked
   * otherwise), and no other owner holds a lease that runs past `now`. Undefined otherwise.
   */
  claim(request: FeedClaim): FeedRecord | undefined;
  /** Ends `owner`'s lease; a lease another owner has taken over is left alone. */
  release(id: number, owner: string): boolean;
  /** Who holds the feed's lease until when, for tests and the operator. */
  holder(id: number): { owner: string; until: string } | undefined;
}

/** The claim's condition, the same text in SQLite and PostgreSQL (parameters named by position). */
export const claimCondition = (p: { owner: string; now: string; onlyWhenDue: string }, collate = '') =>
  `state = 'active'
  AND (NOT ${p.onlyWhenDue} OR next_fetch_at${collate} <= ${p.now})
  AND (lease_owner IS NULL OR lease_owner = ${p.owner} OR lease_until${collate} <= ${p.now})`;

type Row = Record<string, unknown>;

export const leaseHolder = (row: Row | undefined) =>
  row && typeof row.lease_owner === 'string' && typeof row.lease_until === 'string' ? { owner: row.lease_owner, until: row.lease_until } : undefined;

export function createFeedLeases(db: Db): FeedLeases {
  migrateFeeds(db);
  const claim = db.prepare(`UPDATE feeds SET lease_owner = @owner, lease_until = @leaseUntil
    WHERE id = @id AND ${claimCondition({ owner: '@owner', now: '@now', onlyWhenDue: '@onlyWhenDue' })}
    RETURNING *`);
  const release = db.prepare('UPDATE feeds SET lease_owner = NULL, lease_until = NULL WHERE id = ? AND lease_owner = ?');
  const holder = db.prepare('SELECT lease_owner, lease_until FROM feeds WHERE id = ?');
  return {
    claim(request) {
      const row = claim.get({ ...request, onlyWhenDue: request.onlyWhenDue === false ? 0 : 1 }) as Row | undefined;
      return row ? fromRow(row) : undefined;
    },
    release: (id, owner) => release.run(id, owner).changes > 0,
    holder: (id) => leaseHolder(holder.get(id) as Row | undefined),
  };
}
