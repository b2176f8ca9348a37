import { migrate, type Db, type Migration } from './database.js';

/**
 * Which articles were written to the store since a point, by any process: how one process sees what
 * another took from a feed without reading the whole table. Only ids and hashes travel; the caller reads
 * the bodies of the hashes it does not hold. A cursor is opaque text, to be handed back as it came.
 */
export interface ArticleWrite {
  id: string;
  hash: string;
}

export interface ArticleChanges {
  /** Where the writes stand now: taken before the archive is loaded, so nothing written meanwhile is missed. */
  cursor(): string;
  /**
   * The articles written after `cursor` (some may come again; their hash tells), with the cursor to
   * ask from next. An article removed since is not listed.
   */
  since(cursor: string): { writes: ArticleWrite[]; cursor: string };
}

/**
 * A write log beside the articles table, kept by triggers so the article store itself is untouched: one
 * row per article, moved to a new sequence number each time the article is written (delete and insert:
 * an upsert's conflict handling would override OR REPLACE inside a trigger). SQLite has one
 * writer at a time, so sequence order is commit order and a reader never sees a later number before an
 * earlier one.
 */
const migrations: Migration[] = [
  {
    version: 1,
    name: 'article write log',
    up: `CREATE TABLE article_writes (seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, hash TEXT NOT NULL);
      INSERT INTO article_writes (id, hash) SELECT id, hash FROM articles ORDER BY stored_at, id;
      CREATE TRIGGER article_writes_insert AFTER INSERT ON articles BEGIN
        DELETE FROM article_writes WHERE id = NEW.id;
        INSERT INTO article_writes (id, hash) VALUES (NEW.id, NEW.hash);
      END;
      CREATE TRIGGER article_writes_update AFTER UPDATE ON articles BEGIN
        DELETE FROM article_writes WHERE id IN (OLD.id, NEW.id);
        INSERT INTO article_writes (id, hash) VALUES (NEW.id, NEW.hash);
      END;
      CREATE TRIGGER article_writes_delete AFTER DELETE ON articles BEGIN
        DELETE FROM article_writes WHERE id = OLD.id;
      END;`,
  },
];

/** Needs the articles table: create it after the SQLite article store. */
export function createSqliteArticleChanges(db: Db): ArticleChanges {
  migrate(db, 'article-changes', migrations);
  const last = db.prepare('SELECT COALESCE(MAX(seq), 0) AS seq FROM article_writes').pluck();
  const since = db.prepare('SELECT seq, id, hash FROM article_writes WHERE seq > ? ORDER BY seq');
  return {
    cursor: () => String(last.get()),
    since(cursor) {
      const rows = since.all(Number(cursor)) as (ArticleWrite & { seq: number })[];
      const next = rows.length > 0 ? rows[rows.length - 1]!.seq : Number(cursor);
      return { writes: rows.map(({ id, hash }) => ({ id, hash })), cursor: String(next) };
    },
  };
}
