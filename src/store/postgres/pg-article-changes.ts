import type { ArticleChanges, ArticleWrite } from '../article-changes.js';
import { migratePg, type PgMigration } from './pg-migrate.js';
import type { PgSync } from './pg-sync.js';

/**
 * The article write log in PostgreSQL, kept by a trigger. A sequence would not do here: transactions
 * commit out of the order they drew numbers in, so a reader could pass a number whose article is not
 * committed yet. Each row carries the writing transaction's id instead, and the cursor is the oldest
 * transaction still running when the log was read: everything not yet visible then is at or after it,
 * so it is read again next time (a few ids and hashes), never missed.
 */
const migrations: PgMigration[] = [
  {
    version: 1,
    name: 'article write log',
    up: `CREATE TABLE article_writes (id TEXT PRIMARY KEY, hash TEXT NOT NULL, tx xid8 NOT NULL DEFAULT pg_current_xact_id());
      CREATE INDEX article_writes_tx ON article_writes(tx);
      INSERT INTO article_writes (id, hash) SELECT id, hash FROM articles;
      CREATE FUNCTION note_article_write() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' OR (TG_OP = 'UPDATE' AND OLD.id <> NEW.id) THEN
          DELETE FROM article_writes WHERE id = OLD.id;
        END IF;
        IF TG_OP <> 'DELETE' THEN
          INSERT INTO article_writes (id, hash, tx) VALUES (NEW.id, NEW.hash, pg_current_xact_id())
          ON CONFLICT (id) DO UPDATE SET hash = excluded.hash, tx = excluded.tx;
        END IF;
        RETURN NULL;
      END $$;
      CREATE TRIGGER article_writes_log AFTER INSERT OR UPDATE OR DELETE ON articles
        FOR EACH ROW EXECUTE FUNCTION note_article_write();`,
  },
];

const HORIZON = 'SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS horizon';
// One round trip: the horizon of the very snapshot the rows are read in (the statement's), with the rows.
const SINCE = `SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS horizon, w.id, w.hash
  FROM (SELECT 1) AS one LEFT JOIN article_writes w ON w.tx >= $1::xid8 ORDER BY w.tx, w.id`;

/** Needs the articles table: create it after the PostgreSQL article store. */
export function createPgArticleChanges(db: PgSync): ArticleChanges {
  migratePg(db, 'article-changes', migrations);
  const horizon = () => db.query<{ horizon: string }>(HORIZON)[0]!.horizon;
  return {
    cursor: horizon,
    since(cursor) {
      const rows = db.query<{ horizon: string; id: string | null; hash: string | null }>(SINCE, [cursor]);
      const writes: ArticleWrite[] = rows.filter((row) => row.id !== null).map((row) => ({ id: row.id!, hash: row.hash! }));
      return { writes, cursor: rows[0]!.horizon };
    },
  };
}
