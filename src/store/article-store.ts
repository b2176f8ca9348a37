import type { Article, EnrichedArticle } from '../articles/article.js';
import type { Analysis } from '../language/analysis.js';
import { timelinePartOf, type TimelinePart } from '../articles/timeline-part.js';
import { migrate, type Db, type Migration } from './database.js';
import { articleFromParts, parsedById, parsedOrMissing, storedParts, type IdText } from './stored-article-parts.js';

export type ArticleKind = 'seed' | 'feed';

/** Where analysed articles are kept between runs, so no article is analysed twice. */
export interface ArticleStore {
  byHash(hash: string): EnrichedArticle | undefined;
  put(article: EnrichedArticle, kind: ArticleKind): void;
  remove(id: string): void;
  all(kind?: ArticleKind): EnrichedArticle[];
  /** Ids only, without reading the articles. */
  ids(kind: ArticleKind): string[];
  /**
   * The articles without their analyses (and each analysis's version), for keeping analyses out of the heap;
   * without their paragraphs too where the store has `paragraphsOf`.
   */
  allLean?(kind: ArticleKind): { article: Article; version: number }[];
  /** One stored analysis, by article id. */
  analysisOf?(id: string): Analysis | undefined;
  /** Many stored analyses in one read, by id (the missing left out). */
  analysesOfMany?(ids: readonly string[]): Map<string, Analysis>;
  /** What one stored article's timeline lines are made from, without reading its whole analysis. */
  timelineOf?(id: string): TimelinePart | undefined;
  /** Many timeline parts in one read, by id (the missing left out). */
  timelinesOfMany?(ids: readonly string[]): Map<string, TimelinePart>;
  /** One stored article's paragraphs, where `allLean` leaves them out. */
  paragraphsOf?(id: string): string[] | undefined;
  /** Many articles' paragraphs in one read, by id (the missing left out). */
  paragraphsOfMany?(ids: readonly string[]): Map<string, string[]>;
}

/** A store that keeps analyses apart from the articles, to be read when asked (an analysis shelf's source). */
export function keepsAnalysesApart(store: ArticleStore): store is ArticleStore & Required<Pick<ArticleStore, 'analysisOf'>> {
  return store.analysisOf !== undefined;
}

/** The articles table, the same in SQLite and PostgreSQL (plain types both read alike). */
export const ARTICLES_TABLE = `CREATE TABLE articles (
      id TEXT PRIMARY KEY, hash TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, date TEXT NOT NULL,
      analysis_version INTEGER NOT NULL, body TEXT NOT NULL, stored_at TEXT NOT NULL);
      CREATE INDEX articles_kind ON articles(kind);`;

const migrations: Migration[] = [
  {
    version: 1,
    name: 'articles',
    up: ARTICLES_TABLE,
  },
  {
    // Analyses (about 14 KB an article) and texts (about 2.5 KB) in tables of their own: a start reads the
    // articles' metadata alone, and SQLite no longer takes each row apart (json_remove) to leave them behind.
    version: 2,
    name: 'analyses and texts apart',
    up: `CREATE TABLE article_analyses (id TEXT PRIMARY KEY, analysis TEXT NOT NULL);
      CREATE TABLE article_texts (id TEXT PRIMARY KEY, paragraphs TEXT NOT NULL);
      INSERT INTO article_analyses (id, analysis) SELECT id, json_extract(body, '$.analysis') FROM articles WHERE json_type(body, '$.analysis') = 'object';
      INSERT INTO article_texts (id, paragraphs) SELECT id, json_extract(body, '$.paragraphs') FROM articles WHERE json_type(body, '$.paragraphs') = 'array';
      UPDATE articles SET body = json_remove(body, '$.analysis', '$.paragraphs');`,
  },
  {
    // The part of each analysis timelines read (timeline-part.ts), so a briefing on a big name parses a fifth as much.
    version: 3,
    name: 'timeline parts',
    up: (db) => {
      db.exec('CREATE TABLE article_timelines (id TEXT PRIMARY KEY, part TEXT NOT NULL)');
      const batch = db.prepare('SELECT id, analysis FROM article_analyses WHERE id > ? ORDER BY id LIMIT 1000');
      const insert = db.prepare('INSERT INTO article_timelines (id, part) VALUES (?, ?)');
      for (let rows = batch.all('') as { id: string; analysis: string }[]; rows.length > 0; rows = batch.all(rows.at(-1)!.id) as typeof rows) {
        for (const row of rows) insert.run(row.id, JSON.stringify(timelinePartOf(JSON.parse(row.analysis) as Analysis)));
      }
    },
  },
];

export function createSqliteArticleStore(db: Db): ArticleStore {
  migrate(db, 'articles', migrations);
  const withAnalysis = 'SELECT a.body AS body, t.paragraphs AS paragraphs, x.analysis AS analysis FROM articles a JOIN article_texts t ON t.id = a.id JOIN article_analyses x ON x.id = a.id';
  const byHash = db.prepare(`${withAnalysis} WHERE a.hash = ?`);
  const upsert = db.prepare(`INSERT INTO articles (id, hash, kind, date, analysis_version, body, stored_at)
    VALUES (@id, @hash, @kind, @date, @version, @body, @now)
    ON CONFLICT(id) DO UPDATE SET hash = excluded.hash, kind = excluded.kind, date = excluded.date,
      analysis_version = excluded.analysis_version, body = excluded.body, stored_at = excluded.stored_at`);
  const upsertAnalysis = db.prepare('INSERT INTO article_analyses (id, analysis) VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET analysis = excluded.analysis');
  const upsertText = db.prepare('INSERT INTO article_texts (id, paragraphs) VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET paragraphs = excluded.paragraphs');
  const upsertPart = db.prepare('INSERT INTO article_timelines (id, part) VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET part = excluded.part');
  const removeAnalysesByHash = db.prepare('DELETE FROM article_analyses WHERE id IN (SELECT id FROM articles WHERE hash = ? AND id <> ?)');
  const removeTextsByHash = db.prepare('DELETE FROM article_texts WHERE id IN (SELECT id FROM articles WHERE hash = ? AND id <> ?)');
  const removePartsByHash = db.prepare('DELETE FROM article_timelines WHERE id IN (SELECT id FROM articles WHERE hash = ? AND id <> ?)');
  const removeByHash = db.prepare('DELETE FROM articles WHERE hash = ? AND id <> ?');
  const remove = db.prepare('DELETE FROM articles WHERE id = ?');
  const removeAnalysis = db.prepare('DELETE FROM article_analyses WHERE id = ?');
  const removeText = db.prepare('DELETE FROM article_texts WHERE id = ?');
  const removePart = db.prepare('DELETE FROM article_timelines WHERE id = ?');
  const all = db.prepare(`${withAnalysis} ORDER BY a.date DESC, a.id`);
  const allOfKind = db.prepare(`${withAnalysis} WHERE a.kind = ? ORDER BY a.date DESC, a.id`);
  const idsOfKind = db.prepare('SELECT id FROM articles WHERE kind = ?').pluck();
  const allLean = db.prepare('SELECT body, analysis_version AS version FROM articles WHERE kind = ? ORDER BY date DESC, id');
  const analysisOf = db.prepare('SELECT analysis FROM article_analyses WHERE id = ?').pluck();
  const paragraphsOf = db.prepare('SELECT paragraphs FROM article_texts WHERE id = ?').pluck();
  const timelineOf = db.prepare('SELECT part FROM article_timelines WHERE id = ?').pluck();
  // One statement for a list of ids (a JSON array): a phrase check reads up to a thousand texts.
  const paragraphsOfMany = db.prepare('SELECT t.id AS id, t.paragraphs AS text FROM json_each(?) j JOIN article_texts t ON t.id = j.value');
  const timelinesOfMany = db.prepare('SELECT p.id AS id, p.part AS text FROM json_each(?) j JOIN article_timelines p ON p.id = j.value');
  const analysesOfMany = db.prepare('SELECT x.id AS id, x.analysis AS text FROM json_each(?) j JOIN article_analyses x ON x.id = j.value');
  const parse = (row: unknown) => articleFromParts(row as { body: string; paragraphs: string; analysis: string });
  return {
    byHash: (hash) => {
      const row = byHash.get(hash);
      return row ? parse(row) : undefined;
    },
    put: db.transaction((article: EnrichedArticle, kind: ArticleKind) => {
      removeAnalysesByHash.run(article.hash, article.id);
      removeTextsByHash.run(article.hash, article.id);
      removePartsByHash.run(article.hash, article.id);
      removeByHash.run(article.hash, article.id);
      const parts = storedParts(article);
      upsert.run({ id: article.id, hash: article.hash, kind, date: article.date, version: article.analysis.version, body: parts.body, now: new Date().toISOString() });
      upsertText.run(article.id, parts.paragraphs);
      upsertAnalysis.run(article.id, parts.analysis);
      upsertPart.run(article.id, parts.part);
    }),
    remove: db.transaction((id: string) => {
      remove.run(id);
      removeAnalysis.run(id);
      removeText.run(id);
      removePart.run(id);
    }),
    all: (kind) => (kind ? allOfKind.all(kind) : all.all()).map(parse),
    ids: (kind) => idsOfKind.all(kind) as string[],
    allLean: (kind) => (allLean.all(kind) as { body: string; version: number }[]).map((row) => ({ article: JSON.parse(row.body) as Article, version: row.version })),
    analysisOf: (id) => parsedOrMissing<Analysis>(analysisOf.get(id) as string | undefined),
    timelineOf: (id) => parsedOrMissing<TimelinePart>(timelineOf.get(id) as string | undefined),
    paragraphsOf: (id) => parsedOrMissing<string[]>(paragraphsOf.get(id) as string | undefined),
    paragraphsOfMany: (ids) => parsedById<string[]>(paragraphsOfMany.all(JSON.stringify(ids)) as IdText[]),
    analysesOfMany: (ids) => parsedById<Analysis>(analysesOfMany.all(JSON.stringify(ids)) as IdText[]),
    timelinesOfMany: (ids) => parsedById<TimelinePart>(timelinesOfMany.all(JSON.stringify(ids)) as IdText[]),
  };
}

/** The same contract in memory, for tests and for the one-shot CLI. */
export function createMemoryArticleStore(): ArticleStore {
  const rows = new Map<string, { article: EnrichedArticle; kind: ArticleKind }>();
  // Hash → id, so loading n seeds stays linear in n.
  const idByHash = new Map<string, string>();
  return {
    byHash: (hash) => {
      const id = idByHash.get(hash);
      return id === undefined ? undefined : rows.get(id)?.article;
    },
    put: (article, kind) => {
      const twin = idByHash.get(article.hash);
      if (twin !== undefined && twin !== article.id) rows.delete(twin);
      const previous = rows.get(article.id);
      if (previous && previous.article.hash !== article.hash) idByHash.delete(previous.article.hash);
      rows.set(article.id, { article, kind });
      idByHash.set(article.hash, article.id);
    },
    remove: (id) => {
      const row = rows.get(id);
      if (row && idByHash.get(row.article.hash) === id) idByHash.delete(row.article.hash);
      rows.delete(id);
    },
    all: (kind) =>
      [...rows.values()]
        .filter((r) => !kind || r.kind === kind)
        .map((r) => r.article)
        .sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id)),
    ids: (kind) => [...rows].filter(([, r]) => r.kind === kind).map(([id]) => id),
  };
}
