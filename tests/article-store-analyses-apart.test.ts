import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import type { EnrichedArticle } from '../src/articles/article.js';
import { timelinePartOf } from '../src/articles/timeline-part.js';
import { analyze } from '../src/language/pipeline.js';
import { ARTICLES_TABLE, createSqliteArticleStore, type ArticleStore } from '../src/store/article-store.js';
import { openDatabase } from '../src/store/database.js';
import { createPgArticleStore } from '../src/store/postgres/pg-article-store.js';
import { connectPg } from '../src/store/postgres/pg-sync.js';
import { startTestPostgres, type TestPostgres } from './postgres-server.js';
import { tempFolder } from './temp-folder.js';

const text = ['Mayor Ana Ruiz of Valdora said on Monday that the new ferry line would open in March.', 'The council approved the budget.'];
const plain = { id: '2026-03-02-ferry-line-opens-a1b2', hash: 'hash-ferry', title: 'Ferry line opens', date: '2026-03-02', dateSource: 'stated', dateNote: 'dateline', paragraphs: text, origin: 'test:ferry' };
const analysed = { ...plain, analysis: analyze(plain as unknown as EnrichedArticle) } as unknown as EnrichedArticle;
const ARTICLE_TABLES = ['article_analyses', 'article_texts', 'article_timelines'];

/** A fresh database, its SQL run plainly (no parameters: the statements below read alike in both), and its store. */
interface FreshDatabase {
  exec(sql: string): void;
  column(sql: string): unknown[];
  store(): ArticleStore;
}

let postgres: TestPostgres | undefined;
beforeAll(async () => {
  postgres = await startTestPostgres();
}, 60_000);
afterAll(async () => postgres?.stop(), 60_000);

const databases: { name: string; open(): Promise<FreshDatabase> }[] = [
  {
    name: 'SQLite',
    async open() {
      const db = openDatabase(join(tempFolder('newsdesk-apart-'), 'newsdesk.sqlite'));
      onTestFinished(() => void db.close());
      return { exec: (sql) => db.exec(sql), column: (sql) => db.prepare(sql).pluck().all(), store: () => createSqliteArticleStore(db) };
    },
  },
  {
    name: 'PostgreSQL',
    async open() {
      const db = connectPg(await postgres!.createDatabase());
      onTestFinished(() => db.close());
      return { exec: (sql) => void db.run(sql), column: (sql) => db.query<Record<string, unknown>>(sql).map((row) => Object.values(row)[0]), store: () => createPgArticleStore(db) };
    },
  },
];

const literal = (value: string) => `'${value.replaceAll("'", "''")}'`;

describe.each(databases)('stored analyses and texts apart from the articles on $name', (database) => {
  it('moves the analyses, texts and timeline parts of a database written before out of the article rows, losing nothing', async () => {
    const db = await database.open();
    // A database as the first schema left it: the analysis inside each article's JSON.
    db.exec(`CREATE TABLE schema_migrations (namespace TEXT NOT NULL, version INTEGER NOT NULL, name TEXT NOT NULL, applied_at TEXT NOT NULL, PRIMARY KEY (namespace, version)); ${ARTICLES_TABLE}`);
    db.exec("INSERT INTO schema_migrations VALUES ('articles', 1, 'articles', '2026-01-01')");
    db.exec(`INSERT INTO articles VALUES (${literal(plain.id)}, 'hash-ferry', 'seed', '2026-03-02', ${analysed.analysis.version}, ${literal(JSON.stringify(analysed))}, '2026-03-02')`);
    // More rows than one batch of the move, each with an analysis of its own.
    db.exec(`WITH RECURSIVE g(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM g WHERE n < 1200)
      INSERT INTO articles SELECT 'a-' || n, 'h-' || n, 'feed', '2026-01-01', 1, '{"id":"a-' || n || '","analysis":{"version":' || n || '},"paragraphs":["p' || n || '"]}', '2026-01-01' FROM g`);

    const store = db.store();
    expect(store.byHash('hash-ferry')).toEqual(analysed);
    expect(store.analysisOf!(plain.id)).toEqual(analysed.analysis);
    expect(store.paragraphsOf!(plain.id)).toEqual(text);
    expect(store.timelineOf!(plain.id)).toEqual(timelinePartOf(analysed.analysis));
    const [lean] = store.allLean!('seed');
    const { paragraphs: _text, ...metadata } = plain;
    expect(lean).toEqual({ article: metadata, version: analysed.analysis.version });
    const bodies = db.column('SELECT body FROM articles') as string[];
    expect(bodies.filter((body) => body.includes('"analysis"') || body.includes('"paragraphs"'))).toEqual([]);
    for (const table of ARTICLE_TABLES) expect(db.column(`SELECT COUNT(*) FROM ${table}`).map(Number)).toEqual([1201]);
    expect([store.analysisOf!('a-1200'), store.paragraphsOf!('a-1200')]).toEqual([{ version: 1200 }, ['p1200']]);
  });

  it('writes, replaces and removes an article with its analysis, text and timeline part', async () => {
    const db = await database.open();
    const store = db.store();
    store.put(analysed, 'seed');
    // The same text under another id replaces the first row, parts and all.
    const moved = { ...analysed, id: '2026-03-02-ferry-line-opens-ffff' };
    store.put(moved, 'seed');
    expect(store.all().map((a) => a.id)).toEqual([moved.id]);
    for (const table of ARTICLE_TABLES) expect(db.column(`SELECT id FROM ${table}`)).toEqual([moved.id]);
    expect(store.paragraphsOfMany!([moved.id, analysed.id, 'no-such-id'])).toEqual(new Map([[moved.id, text]]));
    expect(store.analysesOfMany!([moved.id, 'no-such-id'])).toEqual(new Map([[moved.id, analysed.analysis]]));
    expect(store.timelinesOfMany!([moved.id, 'no-such-id'])).toEqual(new Map([[moved.id, timelinePartOf(analysed.analysis)]]));
    store.remove(moved.id);
    expect(store.all()).toEqual([]);
    for (const table of ARTICLE_TABLES) expect(db.column(`SELECT id FROM ${table}`)).toEqual([]);
    expect([store.analysisOf!(moved.id), store.timelineOf!(moved.id), store.paragraphsOf!(moved.id)]).toEqual([undefined, undefined, undefined]);
  });
});
