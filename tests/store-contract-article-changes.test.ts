import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EnrichedArticle } from '../src/articles/article.js';
import { createSqliteArticleChanges, type ArticleChanges } from '../src/store/article-changes.js';
import { createSqliteArticleStore, type ArticleStore } from '../src/store/article-store.js';
import { createPgArticleChanges } from '../src/store/postgres/pg-article-changes.js';
import { createPgArticleStore } from '../src/store/postgres/pg-article-store.js';
import { storeBackends, type OpenedBackend } from './store-backends.js';

interface Handle {
  articles: ArticleStore;
  changes: ArticleChanges;
  /** Writes an article row in a transaction and runs `meanwhile` before it commits. */
  writeSlowly(id: string, hash: string, meanwhile: () => void): void;
}

const ROW = [`INSERT INTO articles (id, hash, kind, date, analysis_version, body, stored_at) VALUES`, `'feed', '2026-03-01', 1, '{}', '2026-03-01T00:00:00Z')`];

const backends = storeBackends<Handle>({
  sqlite: (db) => ({
    articles: createSqliteArticleStore(db),
    changes: createSqliteArticleChanges(db),
    writeSlowly: (id, hash, meanwhile) =>
      db.transaction(() => {
        db.prepare(`${ROW[0]} (?, ?, ${ROW[1]}`).run(id, hash);
        meanwhile();
      })(),
  }),
  postgres: (db) => ({
    articles: createPgArticleStore(db),
    changes: createPgArticleChanges(db),
    writeSlowly: (id, hash, meanwhile) =>
      db.transaction(() => {
        db.run(`${ROW[0]} ($1, $2, ${ROW[1]}`, [id, hash]);
        meanwhile();
      }),
  }),
});

function article(id: string, hash: string): EnrichedArticle {
  return { id, hash, title: `Title of ${id}`, date: '2026-03-01', dateSource: 'stated', paragraphs: ['The harbour council met.'], origin: `test:${id}`, analysis: { version: 1 } } as unknown as EnrichedArticle;
}

describe.each(backends)('the article write log on $name', (backend) => {
  let opened: OpenedBackend<Handle>;
  let here: Handle;
  let there: Handle;
  beforeEach(async () => {
    opened = await backend.open();
    here = opened.connect();
    there = opened.connect();
  });
  afterEach(async () => opened.close());

  const hashesSince = (cursor: string) => here.changes.since(cursor).writes.map((w) => w.hash);

  it('lists what another process wrote after the cursor, and nothing before it', () => {
    there.articles.put(article('old', 'h-old'), 'seed');
    const start = here.changes.cursor();
    there.articles.put(article('ferry', 'h-ferry'), 'feed');
    there.articles.put(article('bridge', 'h-bridge'), 'feed');
    const read = here.changes.since(start);
    expect(read.writes).toEqual([{ id: 'ferry', hash: 'h-ferry' }, { id: 'bridge', hash: 'h-bridge' }]);
    expect(hashesSince(read.cursor)).toEqual([]);
  });

  it('lists an article again when it is rewritten, and not once it is removed', () => {
    there.articles.put(article('ferry', 'h-ferry'), 'feed');
    there.articles.put(article('bridge', 'h-bridge'), 'feed');
    const start = here.changes.cursor();
    there.articles.put(article('ferry', 'h-ferry-2'), 'feed');
    there.articles.remove('bridge');
    expect(here.changes.since(start).writes).toEqual([{ id: 'ferry', hash: 'h-ferry-2' }]);
    // The same text under a new id: the old id leaves the log with its row.
    there.articles.put(article('ferry-renamed', 'h-ferry-2'), 'feed');
    expect(here.changes.since(start).writes).toEqual([{ id: 'ferry-renamed', hash: 'h-ferry-2' }]);
  });

  it('does not skip a write that commits after a later read', () => {
    const start = here.changes.cursor();
    let during: { writes: unknown[]; cursor: string } | undefined;
    // PostgreSQL lets another process write and commit meanwhile; SQLite has one writer at a time.
    const concurrent = backend.name === 'PostgreSQL';
    there.writeSlowly('slow', 'h-slow', () => {
      if (concurrent) opened.connect().articles.put(article('quick', 'h-quick'), 'feed');
      during = here.changes.since(start);
    });
    expect(during!.writes.map((w) => (w as { hash: string }).hash)).toEqual(concurrent ? ['h-quick'] : []);
    expect(hashesSince(during!.cursor)).toContain('h-slow');
  });
});
