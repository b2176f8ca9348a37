import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EnrichedArticle } from '../src/articles/article.js';
import { analyze } from '../src/language/pipeline.js';
import { createMemoryArticleStore, createSqliteArticleStore, type ArticleStore } from '../src/store/article-store.js';
import { createPgArticleStore } from '../src/store/postgres/pg-article-store.js';
import { storeBackends, type OpenedBackend } from './store-backends.js';

const backends = storeBackends<ArticleStore>({ sqlite: createSqliteArticleStore, postgres: createPgArticleStore, memory: createMemoryArticleStore });

function article(id: string, hash: string, date: string, paragraphs = ['The harbour council met on Tuesday.']): EnrichedArticle {
  const base = { id, hash, title: `Title of ${id}`, date, dateSource: 'stated' as const, dateNote: 'dateline', paragraphs, origin: `test:${id}` };
  return { ...base, analysis: { version: 1 } } as unknown as EnrichedArticle;
}

describe.each(backends)('the article store on $name', (backend) => {
  let opened: OpenedBackend<ArticleStore>;
  let store: ArticleStore;
  beforeEach(async () => {
    opened = await backend.open();
    store = opened.connect();
  });
  afterEach(async () => opened.close());

  it('keeps an article with its whole analysis and finds it by content hash', () => {
    const text = ['Mayor Ana Ruiz of Valdora said on Monday that the new ferry line would open in March.', 'The council approved the budget.'];
    const plain = article('2026-03-02-ferry-line-opens-a1b2', 'hash-ferry', '2026-03-02', text);
    const analysed: EnrichedArticle = { ...plain, analysis: analyze(plain) };
    store.put(analysed, 'feed');
    expect(store.byHash('hash-ferry')).toEqual(analysed);
    expect(store.byHash('no-such-hash')).toBeUndefined();
  });

  it('lists newest first, then by id, and by kind', () => {
    store.put(article('b-old', 'h1', '2026-01-01'), 'seed');
    store.put(article('z-new', 'h2', '2026-02-01'), 'feed');
    store.put(article('a-new', 'h3', '2026-02-01'), 'seed');
    expect(store.all().map((a) => a.id)).toEqual(['a-new', 'z-new', 'b-old']);
    expect(store.all('seed').map((a) => a.id)).toEqual(['a-new', 'b-old']);
    expect(store.ids('feed')).toEqual(['z-new']);
    expect([...store.ids('seed')].sort()).toEqual(['a-new', 'b-old']);
  });

  it('replaces an article put again under its id, and drops a twin with the same text under another id', () => {
    store.put(article('one', 'h1', '2026-01-01'), 'seed');
    store.put({ ...article('one', 'h1b', '2026-01-02'), title: 'Changed' }, 'feed');
    expect(store.byHash('h1')).toBeUndefined();
    expect(store.byHash('h1b')?.title).toBe('Changed');
    store.put(article('two', 'h1b', '2026-01-02'), 'feed');
    expect(store.all().map((a) => a.id)).toEqual(['two']);
  });

  it('removes by id and is kept for the next process', () => {
    store.put(article('keep', 'h1', '2026-01-01'), 'seed');
    store.put(article('gone', 'h2', '2026-01-01'), 'seed');
    store.remove('gone');
    store.remove('never-there');
    expect(opened.connect().all().map((a) => a.id)).toEqual(['keep']);
  });

  it('keeps text a page may carry: quotes, emoji, a NUL and a long body', () => {
    const odd = article('odd', 'h-odd', '2026-01-01', ['“Quoted” — text with émoji 🚢 and a \u0000 NUL', 'x'.repeat(200_000)]);
    store.put(odd, 'feed');
    expect(opened.connect().byHash('h-odd')).toEqual(odd);
  });
});
