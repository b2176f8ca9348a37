import { describe, expect, it, vi } from 'vitest';
import { Archive } from '../src/articles/archive.js';
import type { EnrichedArticle } from '../src/articles/article.js';
import { createStoreFollower, type Every } from '../src/articles/store-follower.js';
import { createCapturingLogger } from '../src/logger.js';
import type { ArticleChanges, ArticleWrite } from '../src/store/article-changes.js';
import { createMemoryArticleStore } from '../src/store/article-store.js';

function article(id: string, version = 3): EnrichedArticle {
  return { id, hash: `hash-${id}`, title: `Council report ${id}`, date: '2026-03-01', dateSource: 'stated', paragraphs: ['The council met.'], origin: `test:${id}`, analysis: { version } } as unknown as EnrichedArticle;
}

/** Another process's store: articles put there are logged in order; the cursor is a position in the log. */
function sharedStore() {
  const store = createMemoryArticleStore();
  const log: ArticleWrite[] = [];
  const changes: ArticleChanges = {
    cursor: () => String(log.length),
    since: (cursor) => ({ writes: log.slice(Number(cursor)), cursor: String(log.length) }),
  };
  const put = (a: EnrichedArticle) => {
    store.put(a, 'feed');
    log.push({ id: a.id, hash: a.hash });
  };
  return { store, changes, put };
}

function handTimer() {
  const timer = { fire: () => {} };
  const every: Every = (_ms, poll) => {
    timer.fire = poll;
    return () => {};
  };
  return { timer, every };
}

function follower(options: { batch?: number; every?: Every } = {}) {
  const shared = sharedStore();
  const archive = new Archive();
  const logger = createCapturingLogger();
  const made = createStoreFollower({ ...shared, archive, logger, analysisVersion: 3, cursor: shared.changes.cursor(), ...options });
  return { ...shared, archive, logger, follower: made };
}

describe('the store follower', () => {
  it('reads at most a batch of articles in full per poll; those it holds do not count', () => {
    const { put, archive, follower: f } = follower({ batch: 2 });
    const held = article('held');
    archive.add(held);
    put(held);
    for (const id of ['a', 'b', 'c', 'd', 'e']) put(article(id));
    expect([f.poll(), f.poll(), f.poll(), f.poll()]).toEqual([2, 2, 1, 0]);
    expect(archive.size).toBe(6);
  });

  it('leaves an article of another analysis version, and one removed since it was logged', () => {
    const { put, store, archive, follower: f } = follower();
    put(article('older', 2));
    put(article('gone'));
    store.remove('gone');
    put(article('kept'));
    expect(f.poll()).toBe(1);
    expect(archive.all().map((a) => a.id)).toEqual(['kept']);
  });

  it('drains a large arrival after one timer poll, a batch per turn', async () => {
    const { timer, every } = handTimer();
    const { put, archive, follower: f } = follower({ batch: 3, every });
    f.start();
    for (let i = 0; i < 10; i++) put(article(`n${i}`));
    timer.fire();
    expect(archive.size).toBe(3);
    await vi.waitFor(() => expect(archive.size).toBe(10));
    f.stop();
  });

  it('warns once while the store cannot be read, says when it can again, and misses nothing meanwhile', () => {
    const { timer, every } = handTimer();
    const { put, changes, archive, logger, follower: f } = follower({ every });
    const since = changes.since;
    let away = true;
    changes.since = (cursor) => {
      if (away) throw new Error('connection refused');
      return since(cursor);
    };
    f.start();
    put(article('during'));
    timer.fire();
    timer.fire();
    away = false;
    timer.fire();
    expect(logger.lines.filter((l) => l.level !== 'debug').map((l) => `${l.level} ${l.message}`)).toEqual([
      'warn could not read articles written by other processes',
      'info reading articles written by other processes again',
    ]);
    expect(archive.get('during')).toBeDefined();
    f.stop();
  });
});
