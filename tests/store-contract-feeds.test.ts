import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFeedStore, type FeedStore, type NewFeed } from '../src/feeds/feed-store.js';
import { createPgFeedStore } from '../src/store/postgres/pg-feed-store.js';
import { storeBackends, type OpenedBackend } from './store-backends.js';

const backends = storeBackends<FeedStore>({ sqlite: createFeedStore, postgres: createPgFeedStore });

function feed(url: string, extra: Partial<NewFeed> = {}): NewFeed {
  return { url, guildId: 'guild-1', intervalMinutes: 30, origin: 'command', addedAt: '2026-05-01T10:00:00.000Z', nextFetchAt: '2026-05-01T10:00:00.000Z', ...extra };
}

describe.each(backends)('the feed store on $name', (backend) => {
  let opened: OpenedBackend<FeedStore>;
  let feeds: FeedStore;
  beforeEach(async () => {
    opened = await backend.open();
    feeds = opened.connect();
  });
  afterEach(async () => opened.close());

  it('adds a feed with its defaults and leaves unset fields out', () => {
    const added = feeds.add(feed('https://news.example/rss', { channelId: 'chan-9', addedBy: 'member-4' }));
    expect(added).toEqual({
      id: added.id, url: 'https://news.example/rss', guildId: 'guild-1', channelId: 'chan-9', intervalMinutes: 30, addedBy: 'member-4',
      origin: 'command', addedAt: '2026-05-01T10:00:00.000Z', state: 'active', nextFetchAt: '2026-05-01T10:00:00.000Z',
      failures: 0, articlesTaken: 0, fetches: 0,
    });
    expect(feeds.get(added.id)).toEqual(added);
    expect(feeds.find('guild-1', 'https://news.example/rss')).toEqual(added);
    expect(feeds.find('guild-2', 'https://news.example/rss')).toBeUndefined();
  });

  it('refuses the same address twice in one server, and allows it in another', () => {
    feeds.add(feed('https://news.example/rss'));
    expect(() => feeds.add(feed('https://news.example/rss'))).toThrow();
    expect(feeds.add(feed('https://news.example/rss', { guildId: 'guild-2' })).guildId).toBe('guild-2');
  });

  it('lists a server’s feeds or all of them in the order added, with fresh ids', () => {
    const a = feeds.add(feed('https://a.example/rss'));
    const b = feeds.add(feed('https://b.example/rss', { guildId: 'guild-2' }));
    const c = feeds.add(feed('https://c.example/rss'));
    expect(new Set([a.id, b.id, c.id]).size).toBe(3);
    expect(feeds.list('guild-1').map((f) => f.url)).toEqual(['https://a.example/rss', 'https://c.example/rss']);
    expect(feeds.list().map((f) => f.id)).toEqual([a.id, b.id, c.id]);
  });

  it('gives active feeds that are due, most overdue first', () => {
    const late = feeds.add(feed('https://late.example/rss', { nextFetchAt: '2026-05-01T09:00:00.000Z' }));
    const now = feeds.add(feed('https://now.example/rss', { nextFetchAt: '2026-05-01T10:00:00.000Z' }));
    feeds.add(feed('https://later.example/rss', { nextFetchAt: '2026-05-01T11:00:00.000Z' }));
    const paused = feeds.add(feed('https://paused.example/rss', { nextFetchAt: '2026-05-01T08:00:00.000Z' }));
    feeds.update(paused.id, { state: 'paused' });
    expect(feeds.due('2026-05-01T10:00:00.000Z').map((f) => f.id)).toEqual([late.id, now.id]);
  });

  it('updates the fields given, clears one set to undefined, and keeps it for the next process', () => {
    const added = feeds.add(feed('https://news.example/rss', { filter: 'harbour' }));
    const updated = feeds.update(added.id, { etag: '"v2"', failures: 2, lastError: 'timeout', filter: undefined, fetches: 5 });
    expect(updated).toMatchObject({ etag: '"v2"', failures: 2, lastError: 'timeout', fetches: 5 });
    expect(updated?.filter).toBeUndefined();
    expect(opened.connect().get(added.id)).toEqual(updated);
    expect(feeds.update(added.id, {})).toEqual(updated);
    expect(feeds.update(9999, { failures: 1 })).toBeUndefined();
  });

  it('removes a feed once', () => {
    const added = feeds.add(feed('https://news.example/rss'));
    expect(feeds.remove(added.id)).toBe(true);
    expect(feeds.remove(added.id)).toBe(false);
    expect(feeds.get(added.id)).toBeUndefined();
  });
});
