import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFeedLeases, type FeedLeases } from '../src/feeds/feed-leases.js';
import { createFeedStore, type FeedStore } from '../src/feeds/feed-store.js';
import { createPgFeedLeases } from '../src/store/postgres/pg-feed-leases.js';
import { createPgFeedStore } from '../src/store/postgres/pg-feed-store.js';
import { storeBackends, type OpenedBackend } from './store-backends.js';

interface Handle {
  feeds: FeedStore;
  leases: FeedLeases;
}

const backends = storeBackends<Handle>({
  sqlite: (db) => ({ feeds: createFeedStore(db), leases: createFeedLeases(db) }),
  postgres: (db) => ({ feeds: createPgFeedStore(db), leases: createPgFeedLeases(db) }),
});

const at = (minute: number) => new Date(Date.UTC(2026, 4, 1, 10, minute)).toISOString();

describe.each(backends)('feed fetch leases on $name', (backend) => {
  let opened: OpenedBackend<Handle>;
  let north: Handle;
  let south: Handle;
  let feedId: number;
  beforeEach(async () => {
    opened = await backend.open();
    // Two handles on one database, as two processes have.
    north = opened.connect();
    south = opened.connect();
    feedId = north.feeds.add({ url: 'https://harbour.example/rss', guildId: 'g', intervalMinutes: 30, origin: 'command', addedAt: at(0), nextFetchAt: at(0) }).id;
  });
  afterEach(async () => opened.close());

  const claim = (handle: Handle, owner: string, minute: number, extra: { onlyWhenDue?: boolean } = {}) =>
    handle.leases.claim({ id: feedId, owner, now: at(minute), leaseUntil: at(minute + 2), ...extra });

  it('gives a due feed to one of two owners, with its fresh record', () => {
    south.feeds.update(feedId, { etag: '"v7"' });
    const won = claim(north, 'north', 1);
    expect(won).toMatchObject({ id: feedId, etag: '"v7"' });
    expect(claim(south, 'south', 1)).toBeUndefined();
    expect(south.leases.holder(feedId)).toEqual({ owner: 'north', until: at(3) });
  });

  it('lets the holder claim again, and refuses a feed that is not due or is paused', () => {
    expect(claim(north, 'north', 1)).toBeDefined();
    expect(claim(north, 'north', 1)).toBeDefined();
    north.leases.release(feedId, 'north');
    north.feeds.update(feedId, { nextFetchAt: at(20) });
    expect(claim(south, 'south', 5)).toBeUndefined();
    north.feeds.update(feedId, { nextFetchAt: at(0), state: 'paused' });
    expect(claim(south, 'south', 5)).toBeUndefined();
  });

  it('takes over a lease that ran out (its holder died) and not one that still runs', () => {
    expect(claim(north, 'north', 1)).toBeDefined();
    expect(claim(south, 'south', 2)).toBeUndefined();
    expect(claim(south, 'south', 3)).toBeDefined();
    expect(north.leases.holder(feedId)?.owner).toBe('south');
    // The old holder's release, arriving late, leaves the new holder's lease alone.
    expect(north.leases.release(feedId, 'north')).toBe(false);
    expect(south.leases.holder(feedId)?.owner).toBe('south');
  });

  it('does not give a feed to the other owner within the interval after a finished fetch', () => {
    expect(claim(north, 'north', 1)).toBeDefined();
    north.feeds.update(feedId, { lastSuccessAt: at(1), nextFetchAt: at(31), fetches: 1 });
    expect(north.leases.release(feedId, 'north')).toBe(true);
    expect(north.leases.holder(feedId)).toBeUndefined();
    expect(claim(south, 'south', 2)).toBeUndefined();
    expect(claim(south, 'south', 30)).toBeUndefined();
    expect(claim(south, 'south', 31)).toMatchObject({ fetches: 1 });
  });

  it('claims a feed that is not due when the fetch is asked for by hand, unless another owner holds it', () => {
    north.feeds.update(feedId, { nextFetchAt: at(30) });
    expect(claim(south, 'south', 1)).toBeUndefined();
    expect(claim(south, 'south', 1, { onlyWhenDue: false })).toBeDefined();
    expect(claim(north, 'north', 1, { onlyWhenDue: false })).toBeUndefined();
  });

  it('keeps the lease columns out of the feed record', () => {
    claim(north, 'north', 1);
    expect(Object.keys(north.feeds.get(feedId)!)).not.toContain('leaseOwner');
    expect(JSON.stringify(north.feeds.get(feedId))).not.toContain('north');
  });
});
