import { claimCondition, leaseHolder, type FeedLeases } from '../../feeds/feed-leases.js';
import { fromRow } from '../../feeds/feed-store.js';
import { migratePgFeeds } from './pg-feed-schema.js';
import type { PgSync } from './pg-sync.js';

type Row = Record<string, unknown>;

/**
 * Feed fetch leases in PostgreSQL: the claim is one UPDATE guarded by the lease, so a concurrent claimer
 * waits on the row lock and then finds the lease held. Instants compare as ISO text in byte order.
 */
export function createPgFeedLeases(db: PgSync): FeedLeases {
  migratePgFeeds(db);
  const condition = claimCondition({ owner: '$2', now: '$3', onlyWhenDue: '$5::boolean' }, ' COLLATE "C"');
  return {
    claim(request) {
      const [row] = db.query<Row>(`UPDATE feeds SET lease_owner = $2, lease_until = $4 WHERE id = $1 AND ${condition} RETURNING *`, [
        request.id, request.owner, request.now, request.leaseUntil, request.onlyWhenDue !== false,
      ]);
      return row ? fromRow(row) : undefined;
    },
    release: (id, owner) => db.run('UPDATE feeds SET lease_owner = NULL, lease_until = NULL WHERE id = $1 AND lease_owner = $2', [id, owner]) > 0,
    holder: (id) => leaseHolder(db.query<Row>('SELECT lease_owner, lease_until FROM feeds WHERE id = $1', [id])[0]),
  };
}
