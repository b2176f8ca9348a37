import { toEntry, type DigestLedger, type Row } from '../../digest/digest-ledger.js';
import { migratePgDigest } from './pg-digest-schema.js';
import type { PgSync } from './pg-sync.js';

/**
 * The digest ledger in PostgreSQL. A claim is one INSERT … ON CONFLICT DO UPDATE: a new row, or the
 * takeover of a claim whose lease ran out, happens for one process only; a concurrent claimer waits on
 * the row lock and then sees the lease held. Instants are ISO text compared in byte order, as in SQLite.
 */
export function createPgDigestLedger(db: PgSync): DigestLedger {
  migratePgDigest(db);
  const get = (channelId: string, localDate: string) => db.query<Row>('SELECT * FROM digest_ledger WHERE channel_id = $1 AND local_date = $2', [channelId, localDate])[0];
  return {
    get: (key) => {
      const row = get(key.channelId, key.localDate);
      return row ? toEntry(row) : undefined;
    },
    claim(request) {
      const [won] = db.query<Row>(
        `INSERT INTO digest_ledger (channel_id, local_date, schedule_id, state, due_at, owner, lease_until, attempts)
        VALUES ($1, $2, $3, 'claimed', $4, $5, $6, 1)
        ON CONFLICT (channel_id, local_date) DO UPDATE SET owner = excluded.owner, lease_until = excluded.lease_until,
          attempts = digest_ledger.attempts + 1, retry_at = NULL
        WHERE digest_ledger.state = 'claimed'
          AND (digest_ledger.lease_until IS NULL OR digest_ledger.lease_until COLLATE "C" <= $7)
          AND (digest_ledger.retry_at IS NULL OR digest_ledger.retry_at COLLATE "C" <= $7)
        RETURNING *`,
        [request.channelId, request.localDate, request.scheduleId, request.dueAt, request.owner, request.leaseUntil, request.now],
      );
      if (won) return { kind: 'claimed', entry: toEntry(won) };
      const row = get(request.channelId, request.localDate)!;
      return { kind: row.state === 'claimed' ? 'busy' : 'settled', entry: toEntry(row) };
    },
    recordPeriod: (key, start, end) => void db.run('UPDATE digest_ledger SET period_start = $3, period_end = $4 WHERE channel_id = $1 AND local_date = $2', [key.channelId, key.localDate, start, end]),
    confirm: (key, outcome) =>
      db.run(
        `UPDATE digest_ledger SET state = $3, message_id = $4, settled_at = $5, owner = NULL, lease_until = NULL, retry_at = NULL,
          period_end = COALESCE(period_end, due_at)
        WHERE channel_id = $1 AND local_date = $2 AND state = 'claimed' AND owner = $6`,
        [key.channelId, key.localDate, outcome.state, outcome.messageId ?? null, outcome.at, outcome.owner],
      ) > 0,
    release: (key, owner, error, retryAt) =>
      void db.run(
        `UPDATE digest_ledger SET owner = NULL, lease_until = NULL, retry_at = $4, last_error = $5
        WHERE channel_id = $1 AND local_date = $2 AND state = 'claimed' AND owner = $3`,
        [key.channelId, key.localDate, owner, retryAt, error],
      ),
    markMissed: (key, reason, at) =>
      void db.run(
        `INSERT INTO digest_ledger (channel_id, local_date, schedule_id, state, due_at, settled_at, last_error)
        VALUES ($1, $2, $3, 'missed', $4, $5, $6)
        ON CONFLICT (channel_id, local_date) DO UPDATE SET state = 'missed', settled_at = excluded.settled_at,
          last_error = excluded.last_error, owner = NULL, lease_until = NULL, retry_at = NULL
        WHERE digest_ledger.state = 'claimed'`,
        [key.channelId, key.localDate, key.scheduleId, key.dueAt, at, reason],
      ),
    lastPeriodEnd: (channelId) =>
      db.query<{ at: string | null }>(`SELECT MAX(period_end COLLATE "C") AS at FROM digest_ledger WHERE channel_id = $1 AND state IN ('posted', 'empty')`, [channelId])[0]?.at ?? undefined,
    abandoned: (now) =>
      db.query<Row>(`SELECT * FROM digest_ledger WHERE state = 'claimed' AND (lease_until IS NULL OR lease_until COLLATE "C" <= $1) ORDER BY due_at COLLATE "C"`, [now]).map(toEntry),
    recent: (channelId, limit) => db.query<Row>('SELECT * FROM digest_ledger WHERE channel_id = $1 ORDER BY local_date COLLATE "C" DESC LIMIT $2', [channelId, limit]).map(toEntry),
  };
}
