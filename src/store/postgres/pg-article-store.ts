import type { Article, EnrichedArticle } from '../../articles/article.js';
import type { TimelinePart } from '../../articles/timeline-part.js';
import type { Analysis } from '../../language/analysis.js';
import { ARTICLES_TABLE, type ArticleKind, type ArticleStore } from '../article-store.js';
import { articleFromParts, parsedById, parsedOrMissing, storedParts, type IdText } from '../stored-article-parts.js';
import { migratePg, type PgMigration } from './pg-migrate.js';
import type { PgSync } from './pg-sync.js';

/** Rows moved at a time when the parts leave the article rows: a few MB through the bridge, not the whole table. */
const MIGRATION_BATCH = 500;

const migrations: PgMigration[] = [
  {
    version: 1,
    name: 'articles',
    // The analysis is kept as the same JSON text as in SQLite: jsonb would refuse a NUL in a page's text.
    up: ARTICLES_TABLE,
  },
  {
    // As SQLite's migrations 2 and 3: a start reads the articles' metadata alone, and a briefing the parts it needs.
    // Done here rather than in SQL, because the timeline part is made by the code that reads it.
    version: 2,
    name: 'analyses, texts and timeline parts apart',
    up: (db) => {
      db.run(`CREATE TABLE article_analyses (id TEXT PRIMARY KEY, analysis TEXT NOT NULL);
        CREATE TABLE article_texts (id TEXT PRIMARY KEY, paragraphs TEXT NOT NULL);
        CREATE TABLE article_timelines (id TEXT PRIMARY KEY, part TEXT NOT NULL)`);
      // Paged by id in the database's own collation, so each page is read through the primary key.
      for (let after = ''; ;) {
        const rows = db.query<{ id: string; body: string }>('SELECT id, body FROM articles WHERE id > $1 ORDER BY id LIMIT $2', [after, MIGRATION_BATCH]);
        if (rows.length === 0) break;
        // A row without an analysis (written by hand) is left as it was: it has no parts to move.
        const whole = rows.map((row) => ({ id: row.id, article: JSON.parse(row.body) as Partial<EnrichedArticle> })).filter((row) => typeof row.article.analysis === 'object');
        const parts = whole.map((row) => storedParts({ paragraphs: [], ...row.article } as EnrichedArticle));
        db.run(WRITE_PARTS, [whole.map((row) => row.id), parts.map((p) => p.paragraphs), parts.map((p) => p.analysis), parts.map((p) => p.part)]);
        db.run('UPDATE articles a SET body = u.body FROM unnest($1::text[], $2::text[]) AS u(id, body) WHERE a.id = u.id', [whole.map((row) => row.id), parts.map((p) => p.body)]);
        after = rows.at(-1)!.id;
      }
    },
  },
  {
    // A put in one round trip (five before: BEGIN, twins out, the row, its parts, COMMIT), as one statement is
    // atomic: each is a millisecond through the worker, and a feed bot puts articles all day.
    version: 3,
    name: 'put in one call',
    up: `CREATE FUNCTION newsdesk_put_article(p_id text, p_hash text, p_kind text, p_date text, p_version integer, p_body text,
        p_stored_at text, p_paragraphs text, p_analysis text, p_part text) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        -- The same text under another id (an id scheme change) leaves, parts and all: the hash is the article.
        DELETE FROM article_texts WHERE id IN (SELECT id FROM articles WHERE hash = p_hash AND id <> p_id);
        DELETE FROM article_analyses WHERE id IN (SELECT id FROM articles WHERE hash = p_hash AND id <> p_id);
        DELETE FROM article_timelines WHERE id IN (SELECT id FROM articles WHERE hash = p_hash AND id <> p_id);
        DELETE FROM articles WHERE hash = p_hash AND id <> p_id;
        INSERT INTO articles (id, hash, kind, date, analysis_version, body, stored_at) VALUES (p_id, p_hash, p_kind, p_date, p_version, p_body, p_stored_at)
          ON CONFLICT (id) DO UPDATE SET hash = excluded.hash, kind = excluded.kind, date = excluded.date,
            analysis_version = excluded.analysis_version, body = excluded.body, stored_at = excluded.stored_at;
        INSERT INTO article_texts (id, paragraphs) VALUES (p_id, p_paragraphs) ON CONFLICT (id) DO UPDATE SET paragraphs = excluded.paragraphs;
        INSERT INTO article_analyses (id, analysis) VALUES (p_id, p_analysis) ON CONFLICT (id) DO UPDATE SET analysis = excluded.analysis;
        INSERT INTO article_timelines (id, part) VALUES (p_id, p_part) ON CONFLICT (id) DO UPDATE SET part = excluded.part;
      END $$`,
  },
];

// The three part rows of many articles in one statement (arrays by position: id, text, analysis, timeline part).
const WRITE_PARTS = `WITH rows AS (SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS r(id, paragraphs, analysis, part)),
  texts AS (INSERT INTO article_texts (id, paragraphs) SELECT id, paragraphs FROM rows ON CONFLICT (id) DO UPDATE SET paragraphs = excluded.paragraphs),
  analyses AS (INSERT INTO article_analyses (id, analysis) SELECT id, analysis FROM rows ON CONFLICT (id) DO UPDATE SET analysis = excluded.analysis)
  INSERT INTO article_timelines (id, part) SELECT id, part FROM rows ON CONFLICT (id) DO UPDATE SET part = excluded.part`;

// An article and its parts leave together.
const REMOVE = `WITH gone AS (DELETE FROM articles WHERE id = $1 RETURNING id),
  texts AS (DELETE FROM article_texts WHERE id IN (SELECT id FROM gone)),
  analyses AS (DELETE FROM article_analyses WHERE id IN (SELECT id FROM gone))
  DELETE FROM article_timelines WHERE id IN (SELECT id FROM gone)`;

const WHOLE = `SELECT a.body, t.paragraphs, x.analysis FROM articles a
  JOIN article_texts t ON t.id = a.id JOIN article_analyses x ON x.id = a.id`;
// Byte order, as SQLite sorts, whatever the database's collation.
const ORDER = 'ORDER BY a.date COLLATE "C" DESC, a.id COLLATE "C"';

type WholeRow = { body: string; paragraphs: string; analysis: string };

export function createPgArticleStore(db: PgSync): ArticleStore {
  migratePg(db, 'articles', migrations);
  const one = <T>(sql: string, id: string): T | undefined => parsedOrMissing<T>(db.query<{ text: string }>(sql, [id])[0]?.text);
  return {
    byHash(hash) {
      const [row] = db.query<WholeRow>(`${WHOLE} WHERE a.hash = $1`, [hash]);
      return row ? articleFromParts(row) : undefined;
    },
    put(article: EnrichedArticle, kind: ArticleKind) {
      const parts = storedParts(article);
      db.query('SELECT newsdesk_put_article($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)', [
        article.id, article.hash, kind, article.date, article.analysis.version, parts.body, new Date().toISOString(), parts.paragraphs, parts.analysis, parts.part,
      ]);
    },
    remove: (id) => void db.run(REMOVE, [id]),
    all: (kind) => (kind ? db.query<WholeRow>(`${WHOLE} WHERE a.kind = $1 ${ORDER}`, [kind]) : db.query<WholeRow>(`${WHOLE} ${ORDER}`)).map(articleFromParts),
    ids: (kind) => db.query<{ id: string }>('SELECT id FROM articles WHERE kind = $1', [kind]).map((row) => row.id),
    allLean: (kind) =>
      db.query<{ body: string; version: number }>(`SELECT a.body, a.analysis_version AS version FROM articles a WHERE a.kind = $1 ${ORDER}`, [kind])
        .map((row) => ({ article: JSON.parse(row.body) as Article, version: row.version })),
    analysisOf: (id) => one<Analysis>('SELECT analysis AS text FROM article_analyses WHERE id = $1', id),
    timelineOf: (id) => one<TimelinePart>('SELECT part AS text FROM article_timelines WHERE id = $1', id),
    paragraphsOf: (id) => one<string[]>('SELECT paragraphs AS text FROM article_texts WHERE id = $1', id),
    paragraphsOfMany: (ids) => parsedById<string[]>(db.query<IdText>('SELECT id, paragraphs AS text FROM article_texts WHERE id = ANY($1::text[])', [ids])),
    analysesOfMany: (ids) => parsedById<Analysis>(db.query<IdText>('SELECT id, analysis AS text FROM article_analyses WHERE id = ANY($1::text[])', [ids])),
    timelinesOfMany: (ids) => parsedById<TimelinePart>(db.query<IdText>('SELECT id, part AS text FROM article_timelines WHERE id = ANY($1::text[])', [ids])),
  };
}
