import { afterEach, describe, expect, it, vi } from 'vitest';
import { ManualClock } from '../src/clock.js';
import { FeedScheduler } from '../src/feeds/feed-scheduler.js';
import type { RefreshOutcome } from '../src/feeds/feed-refresh.js';
import { createFeedStore, type FeedRecord } from '../src/feeds/feed-store.js';
import { createCapturingLogger } from '../src/logger.js';
import { openDatabase } from '../src/store/database.js';

const unchanged: RefreshOutcome = { status: 'not-modified', remember: {}, filteredOut: 0, announced: 0 };
const open: { close(): void }[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

/** Two feeds every 2 minutes: "hanging" never answers unless aborted, "quick" answers at once. */
function twoFeeds(options: { budgetMs?: number; stopWaitMs?: number; pollMs?: number } = {}) {
  const db = openDatabase(':memory:');
  open.push(db);
  const clock = new ManualClock('2024-10-01T09:00:00Z');
  const feeds = createFeedStore(db);
  const base = { guildId: 'g', origin: 'command' as const, addedAt: '2024-10-01T08:00:00Z', nextFetchAt: '2024-10-01T08:00:00Z', intervalMinutes: 2 };
  const hanging = feeds.add({ ...base, url: 'https://hanging.test/feed' });
  feeds.add({ ...base, url: 'https://quick.test/feed' });
  const seen = { quick: 0, hangingSignals: [] as AbortSignal[] };
  const scheduler = new FeedScheduler({
    feeds,
    clock,
    logger: createCapturingLogger(),
    notifyPaused: async () => {},
    ...options,
    refresh(feed: FeedRecord, signal: AbortSignal) {
      if (feed.id === hanging.id) {
        seen.hangingSignals.push(signal);
        return new Promise<RefreshOutcome>(() => {});
      }
      seen.quick++;
      return Promise.resolve(unchanged);
    },
  });
  return { clock, feeds, hanging, scheduler, seen };
}

describe('feeds are fetched independently', () => {
  it('keeps fetching a quick feed while another feed hangs', async () => {
    const { clock, scheduler, seen } = twoFeeds({ pollMs: 10, budgetMs: 600_000, stopWaitMs: 10 });
    scheduler.start();
    await vi.waitFor(
      () => {
        clock.advance(3 * 60_000); // both feeds fall due again at every poll
        expect(seen.quick).toBeGreaterThanOrEqual(3);
      },
      { timeout: 4000, interval: 15 },
    );
    // Still the first attempt of the hanging feed: it is never started twice at once.
    expect(seen.hangingSignals).toHaveLength(1);
    await scheduler.stop();
  });

  it("fails a hanging feed at its budget, aborting its work, and records why", async () => {
    const { feeds, hanging, scheduler, seen } = twoFeeds({ budgetMs: 50 });
    await scheduler.tick();
    expect(seen.hangingSignals[0]!.aborted).toBe(true);
    const after = feeds.get(hanging.id)!;
    expect(after.failures).toBe(1);
    expect(after.lastError).toBe("no answer within the feed's 0.05 s budget");
  });

  it('stops within its wait even while a feed hangs, aborting it', async () => {
    const { scheduler, seen } = twoFeeds({ pollMs: 3_600_000, budgetMs: 600_000, stopWaitMs: 30 });
    scheduler.start();
    await vi.waitFor(() => expect(seen.hangingSignals).toHaveLength(1));
    await scheduler.stop();
    expect(seen.hangingSignals[0]!.aborted).toBe(true);
  });
});
