import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../src/clock.js';
import { createFeedLeases, type FeedLeases } from '../src/feeds/feed-leases.js';
import type { RefreshOutcome } from '../src/feeds/feed-refresh.js';
import { FeedScheduler } from '../src/feeds/feed-scheduler.js';
import { createFeedStore, type FeedRecord, type FeedStore } from '../src/feeds/feed-store.js';
import { createCapturingLogger } from '../src/logger.js';
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

const unchanged: RefreshOutcome = { status: 'not-modified', remember: {}, filteredOut: 0, announced: 0 };
const URLS = ['https://harbour.example/rss', 'https://valley.example/atom', 'https://ridge.example/feed.json'];

describe.each(backends)('two bot processes on one $name store', (backend) => {
  let opened: OpenedBackend<Handle>;
  let clock: ManualClock;
  let fetches: Map<string, string[]>;
  beforeEach(async () => {
    opened = await backend.open();
    clock = new ManualClock('2026-05-01T10:00:00Z');
    fetches = new Map(URLS.map((url) => [url, []]));
  });
  afterEach(async () => opened.close());

  /** A process's scheduler on its own handle; its fetcher answers on a later turn, so both processes' ticks overlap. */
  function process(owner: string, options: { useLeases?: boolean; hang?: boolean } = {}) {
    const handle = opened.connect();
    return new FeedScheduler({
      feeds: handle.feeds,
      ...(options.useLeases === false ? {} : { leases: handle.leases }),
      owner,
      clock,
      logger: createCapturingLogger(),
      notifyPaused: async () => {},
      budgetMs: 600_000,
      leaseMs: 5 * 60_000,
      stopWaitMs: 10,
      async refresh(feed: FeedRecord) {
        fetches.get(feed.url)!.push(owner);
        if (options.hang) return new Promise<RefreshOutcome>(() => {});
        await new Promise((resolve) => setImmediate(resolve));
        return unchanged;
      },
    });
  }

  function addFeeds() {
    const { feeds } = opened.connect();
    for (const url of URLS) feeds.add({ url, guildId: 'g', intervalMinutes: 10, origin: 'file', addedAt: '2026-05-01T09:00:00.000Z', nextFetchAt: '2026-05-01T10:00:00.000Z' });
  }

  /** An hour of both loops ticking every minute at the same moments. */
  async function anHour(north: FeedScheduler, south: FeedScheduler) {
    for (let minute = 0; minute <= 60; minute++) {
      await Promise.all([north.tick(), south.tick()]);
      clock.advance(60_000);
    }
  }

  it('fetches each feed once per interval between them', async () => {
    addFeeds();
    await anHour(process('north'), process('south'));
    // At minutes 0, 10, … 60: seven fetches a feed, none twice in an interval.
    for (const url of URLS) expect(fetches.get(url)).toHaveLength(7);
  });

  it('fetches each feed twice per interval without the leases (what the leases prevent)', async () => {
    addFeeds();
    await anHour(process('north', { useLeases: false }), process('south', { useLeases: false }));
    for (const url of URLS) expect(fetches.get(url)).toHaveLength(14);
  });

  it('takes over the feeds of a process that died mid-fetch once its leases run out', async () => {
    addFeeds();
    const dead = process('dead', { hang: true });
    const alive = process('alive');
    void dead.tick();
    for (let minute = 0; minute < 5; minute++) {
      await alive.tick();
      clock.advance(60_000);
    }
    expect(URLS.map((url) => fetches.get(url))).toEqual(URLS.map(() => ['dead']));
    await alive.tick();
    expect(URLS.map((url) => fetches.get(url))).toEqual(URLS.map(() => ['dead', 'alive']));
    await dead.stop();
  });
});
