import type { Archive } from '../../articles/archive.js';
import { connectPg } from '../../store/postgres/pg-sync.js';
import { createPgArticleSearch, type PgArticleSearch, type PgArticleSearchOptions } from './pg-article-search.js';

/** PostgreSQL search on a connection of its own to `url`, closed with the search. */
export function openPgSearch(url: string, archive: Archive, options: PgArticleSearchOptions): PgArticleSearch {
  const db = connectPg(url);
  try {
    const search = createPgArticleSearch(db, archive, options);
    return {
      ...search,
      async close() {
        await search.close();
        await db.close();
      },
    };
  } catch (error) {
    void db.close().catch(() => undefined);
    throw error;
  }
}
