import { randomUUID } from 'node:crypto';
import { setMaxListeners } from 'node:events';
import type { Clock } from '../clock.js';
import type { Logger } from '../logger.js';
import { createFeedLeaseClaimer, type FeedLeaseClaimer } from './feed-lease-claimer.js';
import type { FeedLeases } from './feed-leases.js';
import type { FeedRecord, FeedStore } from './feed-store.js';
import type { RefreshOutcome } from './feed-refresh.js';

/**
 * When each feed is fetched. A timer only asks "what is due now?" by the injected clock, so a machine
 * that slept catches up on waking and tests drive `tick()` without waiting. Failures back off
 * (doubling from the feed's interval, up to six hours); ten in a row pause the feed and tell the admin
 * who added it why. Every feed runs on its own with one time budget (fetch, redirects, body, teaser
 * pages): a feed that hangs is failed at its budget and never holds up another feed's turn. With
 * `leases`, a fetch starts only once this process holds the feed's lease, so processes sharing a
 * store fetch each feed once per interval; the lease outlasts the budget and ends once the next due
 * time is recorded.
 */
export const PAUSE_AFTER_FAILURES = 10;
export const MAX_BACKOFF_MINUTES = 6 * 60;
export const MIN_INTERVAL_MINUTES = 2;
/** A week: longer intervals are a typo, and huge ones overflow the next fetch's date. */
export const MAX_INTERVAL_MINUTES = 7 * 24 * 60;

export interface SchedulerDeps {
  feeds: FeedStore;
  /** Shared with the other processes on the store; without it this process fetches every due feed. */
  leases?: FeedLeases;
  /** Names this process in the leases (the app's owner id, shared with the digest ledger). */
  owner?: string;
  /** How long a claimed feed is this process's (twice the budget and a minute): past it, another process takes over. */
  leaseMs?: number;
  clock: Clock;
  logger: Logger;
  /** One refresh; `signal` aborts when the feed's budget runs out or the bot stops. */
  refresh(feed: FeedRecord, signal: AbortSignal): Promise<RefreshOutcome>;
  /** Tells whoever should know that a feed was paused (a DM to the admin who added it). */
  notifyPaused(feed: FeedRecord, reason: string): Promise<void>;
  /** How often the timer looks for due feeds. */
  pollMs?: number;
  /** One feed's whole refresh, at most (30 s). */
  budgetMs?: number;
  /** How long stop() lets running refreshes finish before abandoning them (3 s). */
  stopWaitMs?: number;
}

export const FEED_BUDGET_MS = 30_000;
const STOP_WAIT_MS = 3_000;


export type RunResult =
  | { ok: true; feed: FeedRecord; outcome: RefreshOutcome }
  /** `busy`: another process holds the feed (or it is no longer due), so nothing was fetched or recorded. */
  | { ok: false; feed: FeedRecord; reason: string; busy?: true };

export const BUSY_REASON = 'another process is fetching it';

const minutes = (n: number) => n * 60_000;

export function backoffMinutes(intervalMinutes: number, failures: number): number {
  return Math.max(intervalMinutes, Math.min(intervalMinutes * 2 ** Math.max(0, failures - 1), MAX_BACKOFF_MINUTES));
}

export class FeedScheduler {
  private readonly inFlight = new Map<number, Promise<RunResult>>();
  private readonly aborts = new Map<number, AbortController>();
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;
  private readonly leases: FeedLeaseClaimer;

  constructor(private readonly deps: SchedulerDeps) {
    const leaseMs = deps.leaseMs ?? 2 * (deps.budgetMs ?? FEED_BUDGET_MS) + 60_000;
    this.leases = createFeedLeaseClaimer({ leases: deps.leases, clock: deps.clock, logger: deps.logger, owner: deps.owner ?? randomUUID(), leaseMs });
  }

  /**
   * Starts every feed that is due and not already being fetched; resolves when those are done (tests
   * await it). The timer never awaits it: each feed finishes on its own.
   */
  async tick(): Promise<void> {
    const due = this.deps.feeds.due(this.deps.clock.now().toISOString());
    await Promise.all(due.map((feed) => this.run(feed)));
  }

  /**
   * Fetches one feed now and records how it went, once this process holds its lease. /feed add asks
   * with `evenIfNotDue` for its first fetch; the loop only fetches feeds that are still due.
   */
  run(feed: FeedRecord, options: { evenIfNotDue?: boolean } = {}): Promise<RunResult> {
    const running = this.inFlight.get(feed.id);
    if (running) return running;
    let claimed: FeedRecord | undefined;
    try {
      claimed = this.leases.claim(feed, options.evenIfNotDue === true);
    } catch (error) {
      return Promise.resolve(this.unrecorded(feed, error));
    }
    if (!claimed) {
      this.deps.logger.debug('feed left to another process', { feed: feed.url });
      return Promise.resolve({ ok: false, feed, reason: BUSY_REASON, busy: true });
    }
    const job = this.fetchAndRecord(claimed)
      .catch((error: unknown) => this.unrecorded(feed, error))
      .finally(() => {
        this.inFlight.delete(feed.id);
        this.leases.release(feed);
      });
    this.inFlight.set(feed.id, job);
    return job;
  }

  private unrecorded(feed: FeedRecord, error: unknown): RunResult {
    // Recording can fail only when the store is gone (shutting down): say so, never reject.
    this.deps.logger.warn('could not record a feed fetch', { feed: feed.url, error });
    return { ok: false, feed, reason: (error as Error).message };
  }

  start(): void {
    if (this.timer) return;
    const poll = () => {
      this.tick().catch((error: unknown) => this.deps.logger.error('feed tick failed', { error }));
    };
    this.timer = setInterval(poll, this.deps.pollMs ?? 15_000);
    this.timer.unref();
    poll();
  }

  /** Lets running refreshes finish for a few seconds, then aborts them, so shutdown always goes on. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    let wait: NodeJS.Timeout | undefined;
    const gaveUp = new Promise<void>((resolve) => (wait = setTimeout(resolve, this.deps.stopWaitMs ?? STOP_WAIT_MS)));
    await Promise.race([Promise.allSettled([...this.inFlight.values()]), gaveUp]);
    clearTimeout(wait);
    this.stopped = true;
    for (const controller of this.aborts.values()) controller.abort();
  }

  /** The refresh, ended at the feed's budget whether or not the work notices its signal. */
  private async budgeted(feed: FeedRecord): Promise<RefreshOutcome> {
    const controller = new AbortController();
    // Every teaser page of the feed listens to this one signal while it waits for its host slot: one listener
    // per item of the feed, each removed when its fetch ends, so many at once are expected, not a leak.
    setMaxListeners(0, controller.signal);
    this.aborts.set(feed.id, controller);
    const budgetMs = this.deps.budgetMs ?? FEED_BUDGET_MS;
    let timer: NodeJS.Timeout | undefined;
    const expired = new Promise<never>((_resolve, reject) => {
      const fail = () => reject(new Error(`no answer within the feed's ${budgetMs / 1000} s budget`));
      timer = setTimeout(() => {
        controller.abort();
        fail();
      }, budgetMs);
      controller.signal.addEventListener('abort', fail, { once: true });
    });
    try {
      return await Promise.race([this.deps.refresh(feed, controller.signal), expired]);
    } finally {
      clearTimeout(timer);
      this.aborts.delete(feed.id);
    }
  }

  private async fetchAndRecord(feed: FeedRecord): Promise<RunResult> {
    const { feeds, clock, logger } = this.deps;
    const started = clock.now();
    try {
      const outcome = await this.budgeted(feed);
      if (this.stopped) return { ok: false, feed, reason: 'stopped' };
      const now = clock.now();
      const taken = (outcome.intake?.added.length ?? 0) + (outcome.intake?.linked.length ?? 0);
      const updated = feeds.update(feed.id, {
        ...outcome.remember,
        lastFetchAt: started.toISOString(),
        lastSuccessAt: now.toISOString(),
        nextFetchAt: new Date(now.getTime() + minutes(feed.intervalMinutes)).toISOString(),
        failures: 0,
        lastError: undefined,
        fetches: feed.fetches + 1,
        articlesTaken: feed.articlesTaken + taken,
      });
      if (outcome.status === 'read') {
        const intake = outcome.intake;
        logger.info('feed fetched', {
          feed: feed.url, added: intake?.added.length, updated: intake?.updated.length, linked: intake?.linked.length,
          unchanged: intake?.unchanged, skipped: intake?.skipped.length, filteredOut: outcome.filteredOut, announced: outcome.announced,
        });
      } else logger.debug('feed unchanged', { feed: feed.url, status: outcome.status });
      return { ok: true, feed: updated ?? feed, outcome };
    } catch (error) {
      if (this.stopped) return { ok: false, feed, reason: 'stopped' };
      return this.recordFailure(feed, started, (error as Error).message || String(error));
    }
  }

  private async recordFailure(feed: FeedRecord, started: Date, reason: string): Promise<RunResult> {
    const { feeds, clock, logger } = this.deps;
    const failures = feed.failures + 1;
    const now = clock.now();
    const pause = failures >= PAUSE_AFTER_FAILURES;
    logger.warn(`feed fetch failed: ${feed.url}: ${reason}`, { feed: feed.id, failures, paused: pause });
    const updated = feeds.update(feed.id, {
      lastFetchAt: started.toISOString(),
      failures,
      lastError: reason,
      nextFetchAt: new Date(now.getTime() + minutes(backoffMinutes(feed.intervalMinutes, failures))).toISOString(),
      ...(pause ? { state: 'paused' as const } : {}),
    }) ?? feed;
    if (pause) {
      try {
        await this.deps.notifyPaused(updated, reason);
      } catch (error) {
        logger.warn('could not tell anyone that a feed was paused', { feed: feed.url, error });
      }
    }
    return { ok: false, feed: updated, reason };
  }
}
