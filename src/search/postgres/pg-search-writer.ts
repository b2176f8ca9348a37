import type { EnrichedArticle } from '../../articles/article.js';
import type { PgSync } from '../../store/postgres/pg-sync.js';
import { searchRowOf, stampOf, type SearchRow } from './search-rows.js';

/**
 * Writes articles into the search tables and takes them out, keeping the vocabulary's document counts
 * in step in the same transaction. A row whose stamp is unchanged is left alone, so processes that
 * index the same article (every process reads the seeds) count its words once.
 */
export interface PgSearchWriter {
  put(articles: readonly EnrichedArticle[]): number;
  remove(ids: readonly string[]): void;
  /** Makes the tables hold exactly these articles: missing and stale rows written, others removed. */
  syncWith(articles: readonly EnrichedArticle[]): { written: number; removed: number };
}

const BATCH = 400;

const COUNT_WORDS = `SELECT word, COUNT(*)::int AS n FROM search_docs d, unnest(tsvector_to_array(d.terms)) AS word
  WHERE d.id = ANY($1) GROUP BY word ORDER BY word`;

/**
 * `prefetch` reads a batch's analyses and texts in one go where articles are shelved: a row reads both,
 * and read one by one they were two round trips an article (most of a cold start's four minutes at 100k).
 */
export function createPgSearchWriter(db: PgSync, prefetch?: (ids: readonly string[]) => void): PgSearchWriter {
  const removeNow = (ids: readonly string[]) => {
    db.run(`UPDATE search_words w SET docs = w.docs - c.n FROM (${COUNT_WORDS}) c WHERE w.word = c.word`, [ids]);
    db.run('DELETE FROM search_docs WHERE id = ANY($1)', [ids]);
  };
  const insert = (rows: readonly SearchRow[]): number => {
    const inserted = db
      .query<{ id: string }>(
        `INSERT INTO search_docs (id, stamp, day, title, plain_title, terms, facets)
        SELECT id, stamp, day, title, plain_title, terms::tsvector, string_to_array(facets, E'\\n')
        FROM unnest($1::text[], $2::text[], $3::int[], $4::text[], $5::text[], $6::text[], $7::text[]) AS t(id, stamp, day, title, plain_title, terms, facets)
        ON CONFLICT (id) DO NOTHING RETURNING id`,
        [rows.map((r) => r.id), rows.map((r) => r.stamp), rows.map((r) => r.day), rows.map((r) => r.title), rows.map((r) => r.plainTitle), rows.map((r) => r.terms), rows.map((r) => r.facets.join('\n'))],
      )
      .map((r) => r.id);
    if (inserted.length === 0) return 0;
    db.run(
      `INSERT INTO search_words (word, docs) SELECT word, n FROM (${COUNT_WORDS}) c
      ON CONFLICT (word) DO UPDATE SET docs = search_words.docs + excluded.docs`,
      [inserted],
    );
    const fresh = new Set(inserted);
    const names = rows.filter((r) => fresh.has(r.id)).flatMap((r) => r.names.map((n) => ({ id: r.id, ...n })));
    if (names.length > 0) {
      db.run(
        `INSERT INTO search_names (id, facet, kind, name, form) SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) ON CONFLICT DO NOTHING`,
        [names.map((n) => n.id), names.map((n) => n.facet), names.map((n) => n.kind), names.map((n) => n.name), names.map((n) => n.form)],
      );
    }
    return inserted.length;
  };
  const putBatch = (rows: readonly SearchRow[]): number =>
    db.transaction(() => {
      const stamps = new Map(db.query<{ id: string; stamp: string }>('SELECT id, stamp FROM search_docs WHERE id = ANY($1) FOR UPDATE', [rows.map((r) => r.id)]).map((r) => [r.id, r.stamp]));
      const changed = rows.filter((r) => stamps.get(r.id) !== r.stamp);
      const stale = changed.filter((r) => stamps.has(r.id)).map((r) => r.id);
      if (stale.length > 0) removeNow(stale);
      return changed.length > 0 ? insert(changed) : 0;
    });
  const put = (articles: readonly EnrichedArticle[]): number => {
    let written = 0;
    for (let i = 0; i < articles.length; i += BATCH) {
      const batch = articles.slice(i, i + BATCH);
      prefetch?.(batch.map((a) => a.id));
      // One row per id within a batch: the last version wins, as in the archive.
      const rows = new Map(batch.map((a) => [a.id, searchRowOf(a)]));
      written += putBatch([...rows.values()]);
    }
    return written;
  };
  const remove = (ids: readonly string[]) => {
    for (let i = 0; i < ids.length; i += BATCH) db.transaction(() => removeNow(ids.slice(i, i + BATCH)));
  };
  return {
    put,
    remove,
    syncWith(articles) {
      const live = new Set(articles.map((a) => a.id));
      const stamps = new Map(db.query<{ id: string; stamp: string }>('SELECT id, stamp FROM search_docs').map((r) => [r.id, r.stamp]));
      const gone = [...stamps.keys()].filter((id) => !live.has(id));
      remove(gone);
      // Only what changed is made into rows again: a restart with an unchanged archive writes nothing.
      const written = put(articles.filter((a) => stamps.get(a.id) !== stampOf(a)));
      // After a bulk write the GIN indexes' new entries sit in their pending lists, which every search
      // reads in full (30 ms a close spelling at 600 articles), and the tables have no statistics:
      // VACUUM folds the lists in and ANALYZE gives the planner its numbers. Autovacuum does the rest.
      if (written + gone.length > 0) db.run('VACUUM ANALYZE search_docs, search_names, search_words');
      return { written, removed: gone.length };
    },
  };
}
