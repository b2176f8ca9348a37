import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFeedStore, type FeedStore } from '../src/feeds/feed-store.js';
import { createItemLedger, type ItemLedger } from '../src/feeds/item-ledger.js';
import { createPgFeedStore } from '../src/store/postgres/pg-feed-store.js';
import { createPgItemLedger } from '../src/store/postgres/pg-item-ledger.js';
import { storeBackends, type OpenedBackend } from './store-backends.js';

interface Pair {
  feeds: FeedStore;
  ledger: ItemLedger;
}

const backends = storeBackends<Pair>({
  sqlite: (db) => ({ feeds: createFeedStore(db), ledger: createItemLedger(db) }),
  postgres: (db) => ({ feeds: createPgFeedStore(db), ledger: createPgItemLedger(db) }),
});

const AT = '2026-05-01T10:00:00.000Z';

describe.each(backends)('the feed item ledger and announcement claims on $name', (backend) => {
  let opened: OpenedBackend<Pair>;
  let ledger: ItemLedger;
  let feedId: number;
  beforeEach(async () => {
    opened = await backend.open();
    const pair = opened.connect();
    ledger = pair.ledger;
    feedId = pair.feeds.add({ url: 'https://news.example/rss', guildId: '', intervalMinutes: 30, origin: 'file', addedAt: AT, nextFetchAt: AT }).id;
  });
  afterEach(async () => opened.close());

  it('remembers each item of a feed with its latest fingerprint', () => {
    expect(ledger.seen(feedId, 'guid-1')).toBeUndefined();
    ledger.markSeen(feedId, 'guid-1', { fingerprint: 'f1', articleId: 'art-1' }, AT);
    ledger.markSeen(feedId, 'guid-1', { fingerprint: 'f2', articleId: 'art-1' }, AT);
    expect(ledger.seen(feedId, 'guid-1')).toEqual({ fingerprint: 'f2', articleId: 'art-1' });
  });

  it('forgets a feed’s items when the feed is removed', () => {
    ledger.markSeen(feedId, 'guid-1', { fingerprint: 'f1', articleId: 'art-1' }, AT);
    opened.connect().feeds.remove(feedId);
    expect(ledger.seen(feedId, 'guid-1')).toBeUndefined();
  });

  it('links keys to the article they first became, in the order asked', () => {
    expect(ledger.articleFor([])).toBeUndefined();
    ledger.link(['guid:a', 'url:https://news.example/a', 'guid:a'], 'art-a');
    ledger.link(['url:https://news.example/a', 'guid:b'], 'art-b');
    expect(ledger.articleFor(['url:https://news.example/a'])).toBe('art-a');
    expect(ledger.articleFor(['guid:unknown', 'guid:b', 'guid:a'])).toBe('art-b');
    expect(ledger.articleFor(['guid:unknown'])).toBeUndefined();
  });

  it('lets exactly one of two processes claim an announcement', () => {
    const other = opened.connect().ledger;
    expect(ledger.wasAnnounced('chan-1', 'story-1')).toBe(false);
    const claims = [ledger.markAnnounced('chan-1', 'story-1', 'art-1', AT), other.markAnnounced('chan-1', 'story-1', 'art-2', AT)];
    expect(claims).toEqual([true, false]);
    expect(other.wasAnnounced('chan-1', 'story-1')).toBe(true);
    expect(ledger.markAnnounced('chan-2', 'story-1', 'art-1', AT)).toBe(true);
  });
});
