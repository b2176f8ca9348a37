import type { EnrichedArticle } from '../../articles/article.js';
import { ARTICLES_TABLE, type ArticleKind, type ArticleStore } from '../article-store.js';
import { migratePg, type PgMigration } from './pg-migrate.js';
import type { PgSync } from './pg-sync.js';

const migrations: PgMigration[] = [
  {
    version: 1,
    name: 'articles',
    // The analysis is kept as the same JSON text as in SQLite: jsonb would refuse a NUL in a page's text.
    up: ARTICLES_TABLE,
  },
];

// Byte order, as SQLite sorts, whatever the database's collation.
const ORDER = 'ORDER BY date COLLATE "C" DESC, id COLLATE "C"';

export function createPgArticleStore(db: PgSync): ArticleStore {
  migratePg(db, 'articles', migrations);
  const parse = (row: { body: string }) => JSON.parse(row.body) as EnrichedArticle;
  return {
    byHash(hash) {
      const [row] = db.query<{ body: string }>('SELECT body FROM articles WHERE hash = $1', [hash]);
      return row ? parse(row) : undefined;
    },
    put(article: EnrichedArticle, kind: ArticleKind) {
      db.transaction(() => {
        // The same text under another id (an id scheme change) leaves: the hash is the article.
        db.run('DELETE FROM articles WHERE hash = $1 AND id <> $2', [article.hash, article.id]);
        db.run(
          `INSERT INTO articles (id, hash, kind, date, analysis_version, body, stored_at) VALUES ($1, $2, $3, $4, $5, $6, $7)
          ON CONFLICT (id) DO UPDATE SET hash = excluded.hash, kind = excluded.kind, date = excluded.date,
            analysis_version = excluded.analysis_version, body = excluded.body, stored_at = excluded.stored_at`,
          [article.id, article.hash, kind, article.date, article.analysis.version, JSON.stringify(article), new Date().toISOString()],
        );
      });
    },
    remove: (id) => void db.run('DELETE FROM articles WHERE id = $1', [id]),
    all: (kind) => (kind ? db.query<{ body: string }>(`SELECT body FROM articles WHERE kind = $1 ${ORDER}`, [kind]) : db.query<{ body: string }>(`SELECT body FROM articles ${ORDER}`)).map(parse),
    ids: (kind) => db.query<{ id: string }>('SELECT id FROM articles WHERE kind = $1', [kind]).map((row) => row.id),
  };
}
