import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EnrichedArticle } from '../src/articles/article.js';
import { analyze } from '../src/language/pipeline.js';
import { ARTICLES_TABLE, createSqliteArticleStore } from '../src/store/article-store.js';
import { openDatabase } from '../src/store/database.js';
import { tempFolder } from './temp-folder.js';

const text = ['Mayor Ana Ruiz of Valdora said on Monday that the new ferry line would open in March.', 'The council approved the budget.'];
const plain = { id: '2026-03-02-ferry-line-opens-a1b2', hash: 'hash-ferry', title: 'Ferry line opens', date: '2026-03-02', dateSource: 'stated', dateNote: 'dateline', paragraphs: text, origin: 'test:ferry' };
const analysed = { ...plain, analysis: analyze(plain as unknown as EnrichedArticle) } as unknown as EnrichedArticle;

describe('stored analyses and texts apart from the articles', () => {
  it('moves the analyses and texts of a database written before out of the article rows, losing nothing', () => {
    const path = join(tempFolder('newsdesk-apart-'), 'newsdesk.sqlite');
    // A database as the first schema left it: the analysis inside each article's JSON.
    const old = openDatabase(path);
    old.exec(`CREATE TABLE schema_migrations (namespace TEXT NOT NULL, version INTEGER NOT NULL, name TEXT NOT NULL, applied_at TEXT NOT NULL, PRIMARY KEY (namespace, version)); ${ARTICLES_TABLE}`);
    old.prepare("INSERT INTO schema_migrations VALUES ('articles', 1, 'articles', '2026-01-01')").run();
    old.prepare("INSERT INTO articles VALUES (?, ?, 'seed', ?, ?, ?, '2026-03-02')").run(plain.id, plain.hash, plain.date, analysed.analysis.version, JSON.stringify(analysed));
    old.close();

    const db = openDatabase(path);
    const store = createSqliteArticleStore(db);
    expect(store.byHash('hash-ferry')).toEqual(analysed);
    expect(store.analysisOf!(plain.id)).toEqual(analysed.analysis);
    expect(store.paragraphsOf!(plain.id)).toEqual(text);
    const [lean] = store.allLean!('seed');
    const { paragraphs: _text, ...metadata } = plain;
    expect(lean).toEqual({ article: metadata, version: analysed.analysis.version });
    const body = db.prepare('SELECT body FROM articles').pluck().get() as string;
    expect([body.includes('"analysis"'), body.includes('"paragraphs"')]).toEqual([false, false]);
    db.close();
  });

  it('writes, replaces and removes an article with its analysis', () => {
    const db = openDatabase(join(tempFolder('newsdesk-apart-'), 'newsdesk.sqlite'));
    const store = createSqliteArticleStore(db);
    store.put(analysed, 'seed');
    // The same text under another id replaces the first row, analysis and all.
    const moved = { ...analysed, id: '2026-03-02-ferry-line-opens-ffff' };
    store.put(moved, 'seed');
    expect(store.all().map((a) => a.id)).toEqual([moved.id]);
    expect(db.prepare('SELECT id FROM article_analyses').pluck().all()).toEqual([moved.id]);
    expect(db.prepare('SELECT id FROM article_texts').pluck().all()).toEqual([moved.id]);
    store.remove(moved.id);
    expect(store.all()).toEqual([]);
    expect(db.prepare('SELECT (SELECT COUNT(*) FROM article_analyses) + (SELECT COUNT(*) FROM article_texts)').pluck().get()).toBe(0);
    db.close();
  });
});
