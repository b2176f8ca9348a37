import type { PgMigration } from '../../store/postgres/pg-migrate.js';

/**
 * The search tables in PostgreSQL, their own migration namespace (`search-text`; `search` holds the
 * paging tokens). One row per article with its weighted tsvector (title A, lead B, names C, body D,
 * lexemes made by our own term rules, so both backends stem alike), the facets filters match, its day;
 * one row per name form for filters and autocomplete; and the vocabulary with document counts, whose
 * trigram index finds close spellings.
 */
export const SEARCH_NAMESPACE = 'search-text';

export const searchMigrations: PgMigration[] = [
  {
    version: 1,
    name: 'full-text search',
    up: `CREATE EXTENSION IF NOT EXISTS pg_trgm;
      CREATE TABLE search_docs (
        id TEXT COLLATE "C" PRIMARY KEY,
        stamp TEXT NOT NULL,
        day INTEGER NOT NULL,
        title TEXT NOT NULL,
        plain_title TEXT NOT NULL,
        terms TSVECTOR NOT NULL,
        facets TEXT[] NOT NULL);
      CREATE INDEX search_docs_terms ON search_docs USING GIN (terms);
      CREATE INDEX search_docs_facets ON search_docs USING GIN (facets);
      CREATE INDEX search_docs_title ON search_docs USING GIN (plain_title gin_trgm_ops);
      CREATE INDEX search_docs_day ON search_docs (day);
      CREATE TABLE search_names (
        id TEXT COLLATE "C" NOT NULL REFERENCES search_docs ON DELETE CASCADE,
        facet TEXT NOT NULL, kind TEXT NOT NULL, name TEXT NOT NULL, form TEXT NOT NULL,
        PRIMARY KEY (id, facet, form));
      CREATE INDEX search_names_form ON search_names USING GIN (form gin_trgm_ops);
      CREATE INDEX search_names_exact ON search_names (form);
      CREATE TABLE search_words (word TEXT COLLATE "C" PRIMARY KEY, docs INTEGER NOT NULL);
      CREATE INDEX search_words_trgm ON search_words USING GIN (word gin_trgm_ops);
      -- Candidates for close spellings of each form. Trigrams share little between short words with one
      -- slip ("suace"/"sauce"), so the bar is low (0.2, set for this call only); the edit distance decides.
      CREATE FUNCTION search_close_words(forms TEXT[], per_form INTEGER)
        RETURNS TABLE (form TEXT, word TEXT, docs INTEGER) LANGUAGE sql STABLE
        SET pg_trgm.similarity_threshold = 0.2 AS $$
          SELECT f.form, w.word, w.docs FROM unnest(forms) AS f(form)
          CROSS JOIN LATERAL (SELECT s.word, s.docs FROM search_words s WHERE s.word % f.form AND s.docs > 0
            ORDER BY s.word <-> f.form LIMIT per_form) w
        $$;`,
  },
  {
    version: 2,
    name: 'title lexemes indexed apart',
    // The matches of a common word are many; ranking reads each one's whole tsvector. Title matches found
    // from this index are the candidates ranked first (pg-ranker.ts, RankBounds).
    up: `CREATE INDEX search_docs_title_terms ON search_docs USING GIN (ts_filter(terms, '{a}'));`,
  },
];
