import { randomBytes } from 'node:crypto';
import type { Clock } from '../../clock.js';
import type { QueryTokens } from '../../search/saved-queries.js';
import { migratePg, type PgMigration } from './pg-migrate.js';
import type { PgSync } from './pg-sync.js';

/**
 * Paging tokens in PostgreSQL, so a button made by one process pages in any other. Bounded and
 * expiring like the in-memory `SavedQueries`: expired rows go on every save, and every so often the
 * least recently saved beyond the capacity.
 */
const migrations: PgMigration[] = [
  {
    version: 1,
    name: 'query tokens',
    up: `CREATE TABLE search_query_tokens (token TEXT PRIMARY KEY, text TEXT NOT NULL UNIQUE, expires_at BIGINT NOT NULL);
      CREATE INDEX search_query_tokens_expiry ON search_query_tokens(expires_at);`,
  },
];

/** Saves between two capacity checks: the check reads up to `capacity` index entries. */
const PRUNE_EVERY = 100;

export function createPgQueryTokens(db: PgSync, clock: Clock, capacity = 10_000, ttlMs = 60 * 60 * 1000): QueryTokens {
  migratePg(db, 'search', migrations);
  let saves = 0;
  const now = () => clock.now().getTime();
  return {
    get size() {
      return db.query<{ n: number }>('SELECT COUNT(*)::int AS n FROM search_query_tokens WHERE expires_at > $1', [now()])[0]?.n ?? 0;
    },
    save(text) {
      db.run('DELETE FROM search_query_tokens WHERE expires_at <= $1', [now()]);
      if (++saves % PRUNE_EVERY === 0) {
        db.run('DELETE FROM search_query_tokens WHERE token IN (SELECT token FROM search_query_tokens ORDER BY expires_at DESC OFFSET $1)', [capacity - 1]);
      }
      // Saving the same search again (any process) keeps its token and renews it.
      const [row] = db.query<{ token: string }>(
        `INSERT INTO search_query_tokens (token, text, expires_at) VALUES ($1, $2, $3)
        ON CONFLICT (text) DO UPDATE SET expires_at = excluded.expires_at RETURNING token`,
        [randomBytes(6).toString('base64url'), text, now() + ttlMs],
      );
      return row!.token;
    },
    recall: (token) => db.query<{ text: string }>('SELECT text FROM search_query_tokens WHERE token = $1 AND expires_at > $2', [token, now()])[0]?.text,
  };
}
