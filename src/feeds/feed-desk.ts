import type { Config } from '../config.js';
import { shownUrl } from './shown-url.js';
import type { ChannelMessenger } from '../delivery/messenger.js';
import type { IngestionDeps } from '../ingest/ingestion.js';
import type { Db } from '../store/database.js';
import type { FeedStores } from '../store/stores.js';
import { articleIsItsOwnStory, type StoryLookup } from '../stories/story-lookup.js';
import { RefusedAddressError, resolveSafely, type Resolver } from './address-guard.js';
import { createAnnouncer } from './announcer.js';
import { refreshFeed, type RefreshOutcome } from './feed-refresh.js';
import { createFeedLeases } from './feed-leases.js';
import { FeedScheduler, MIN_INTERVAL_MINUTES } from './feed-scheduler.js';
import { createFeedStore, type FeedRecord } from './feed-store.js';
import { syncFeedsFile } from './feeds-file.js';
import { fetchUrl, type FetchOptions } from './fetcher.js';
import { HostLimiter } from './host-limiter.js';
import { createItemLedger } from './item-ledger.js';
import { FilterSyntaxError, parseFilter } from './item-filter.js';
import { pausedNotice } from './paused-notice.js';
import { responseText } from './response-text.js';
import { feedUserAgent } from './user-agent.js';
import { createWork, type Work } from '../work/work-pool.js';

/**
 * The feeds service the /feed command and start-up use: follow, unfollow, list, and the polling loop
 * (started separately, with the transport's messenger, because announcements need somewhere to go).
 */
export interface AddFeedRequest {
  url: string;
  guildId?: string;
  channelId?: string;
  filter?: string;
  intervalMinutes?: number;
  userId?: string;
}

export type AddFeedResult = { ok: true; feed: FeedRecord; outcome: RefreshOutcome; resumed: boolean } | { ok: false; reason: string };
export type RemoveFeedResult = { ok: true; feed: FeedRecord } | { ok: false; reason: string };

export interface FeedDesk {
  add(request: AddFeedRequest): Promise<AddFeedResult>;
  /** By id (as /feed list shows it) or URL, within the guild (anywhere for the console). */
  remove(guildId: string | undefined, ref: string): RemoveFeedResult;
  list(guildId?: string): FeedRecord[];
  /** Fetches whatever is due now; the loop calls it, tests call it directly. */
  tick(): Promise<void>;
  start(messenger: ChannelMessenger): Promise<void>;
  stop(): Promise<void>;
}

export interface FeedDeskOptions {
  config: Pick<Config, 'feedsFile' | 'feedsAllowPrivate' | 'feedIntervalMinutes'>;
  /** Where feed state lives: the app's stores (SQLite or PostgreSQL), or a SQLite database. */
  stores?: FeedStores;
  db?: Db;
  ingestion: IngestionDeps;
  stories?: StoryLookup;
  /** Where feeds are parsed and pages extracted (the app's worker pool); in-process when unset. */
  work?: Pick<Work, 'parseFeed' | 'extractPage'>;
  /** Overrides for tests: a short timeout, a small size limit, a fake resolver. */
  fetch?: Partial<Pick<FetchOptions, 'timeoutMs' | 'maxBytes' | 'maxRedirects' | 'resolve' | 'userAgent'>>;
  pollMs?: number;
  /** One feed's whole refresh budget (30 s); short in tests. */
  feedBudgetMs?: number;
  /** Names this process in the feed leases (the app's owner id); tests give two "processes" names. */
  owner?: string;
}

function normaliseUrl(raw: string): string | undefined {
  const text = raw.trim().replace(/^<(.*)>$/, '$1');
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`;
  try {
    return new URL(withScheme).href;
  } catch {
    return undefined;
  }
}

function sqliteFeedStores(db: Db | undefined): FeedStores {
  if (!db) throw new Error('the feed desk needs its stores or a database');
  return { feeds: createFeedStore(db), itemLedger: createItemLedger(db), feedLeases: createFeedLeases(db) };
}

export function createFeedDesk(options: FeedDeskOptions): FeedDesk {
  const { config, ingestion } = options;
  const { clock, logger } = ingestion;
  const work = options.work ?? createWork({ mode: 'in-process', logger });
  const { feeds, itemLedger: ledger, feedLeases: leases } = options.stores ?? sqliteFeedStores(options.db);
  const limiter = new HostLimiter(2);
  const fetchOptions: FetchOptions = { allowPrivate: config.feedsAllowPrivate, userAgent: feedUserAgent(), limiter, ...options.fetch };
  const resolver: Resolver | undefined = options.fetch?.resolve;
  let messenger: ChannelMessenger | undefined;
  const announcer = createAnnouncer({ ledger, clock, logger, stories: options.stories ?? articleIsItsOwnStory, messenger: () => messenger });
  const fetchPage = async (url: string, signal?: AbortSignal) => {
    const response = await fetchUrl(url, {}, { ...fetchOptions, ...(signal ? { signal } : {}), accept: 'text/html, application/xhtml+xml;q=0.9, */*;q=0.5' });
    if (response.status !== 'ok') throw new Error('the page answered 304 to a plain request');
    return work.extractPage(responseText(response.body, response.contentType), response.url);
  };
  const scheduler = new FeedScheduler({
    feeds,
    ...(leases ? { leases } : {}),
    ...(options.owner ? { owner: options.owner } : {}),
    clock,
    logger,
    ...(options.pollMs ? { pollMs: options.pollMs } : {}),
    ...(options.feedBudgetMs ? { budgetMs: options.feedBudgetMs } : {}),
    // Teaser pages share the feed's budget: twenty hanging pages cannot make one refresh take minutes.
    refresh: (feed, signal) =>
      refreshFeed(feed, {
        ingestion,
        ledger,
        announcer,
        work,
        fetchPage: (url) => fetchPage(url, signal),
        fetch: (url, validators) => fetchUrl(url, validators, { ...fetchOptions, signal }),
      }),
    async notifyPaused(feed, reason) {
      if (feed.addedBy && messenger) return messenger.directMessage(feed.addedBy, pausedNotice(feed, reason));
      logger.warn(`feed paused after repeated failures: ${feed.url}`, { reason, addedBy: feed.addedBy ?? 'feeds file' });
    },
  });

  return {
    async add(request) {
      const url = normaliseUrl(request.url);
      if (!url) return { ok: false, reason: 'That is not a web address.' };
      const intervalMinutes = request.intervalMinutes ?? config.feedIntervalMinutes;
      if (!Number.isInteger(intervalMinutes) || intervalMinutes < MIN_INTERVAL_MINUTES) {
        return { ok: false, reason: `Feeds are fetched at most every ${MIN_INTERVAL_MINUTES} minutes.` };
      }
      try {
        parseFilter(request.filter);
        await resolveSafely(new URL(url), { allowPrivate: config.feedsAllowPrivate, ...(resolver ? { resolve: resolver } : {}) });
      } catch (error) {
        if (error instanceof FilterSyntaxError) return { ok: false, reason: `That filter does not work: ${error.message}.` };
        if (error instanceof RefusedAddressError) return { ok: false, reason: `That address is not allowed (${error.message}).` };
        return { ok: false, reason: `That address cannot be reached: ${(error as Error).message}.` };
      }
      const guildId = request.guildId ?? '';
      const now = clock.now();
      // Not due for another process's loop: this process fetches it now, and the fetch sets its next turn.
      const nextFetchAt = new Date(now.getTime() + intervalMinutes * 60_000).toISOString();
      const settings = { channelId: request.channelId, filter: request.filter?.trim() || undefined, intervalMinutes, addedBy: request.userId };
      const existing = feeds.find(guildId, url);
      if (existing?.state === 'active') return { ok: false, reason: `This server already follows that address (feed ${existing.id}).` };
      const feed = existing
        ? feeds.update(existing.id, { ...settings, state: 'active', failures: 0, lastError: undefined, nextFetchAt })!
        : feeds.add({ url, guildId, origin: 'command', addedAt: now.toISOString(), nextFetchAt, ...settings });
      const run = await scheduler.run(feed, { evenIfNotDue: true });
      // Another process already holds it (two members adding it at once): that process's fetch stands.
      if (!run.ok && run.busy) return { ok: false, reason: `That address is being added already (feed ${feed.id}); /feed list shows it shortly.` };
      if (!run.ok) {
        if (existing) feeds.update(feed.id, { state: 'paused' });
        else feeds.remove(feed.id);
        return { ok: false, reason: `Nothing was added: ${shownUrl(url)} could not be read (${run.reason}).` };
      }
      return { ok: true, feed: run.feed, outcome: run.outcome, resumed: existing !== undefined };
    },
    remove(guildId, ref) {
      const wanted = ref.trim();
      const candidates = feeds.list(guildId);
      const feed = candidates.find((f) => String(f.id) === wanted) ?? candidates.find((f) => f.url === (normaliseUrl(wanted) ?? wanted));
      if (!feed) return { ok: false, reason: `No feed here matches \`${wanted.slice(0, 100)}\`. /feed list shows the ids.` };
      if (feed.origin === 'file') return { ok: false, reason: 'That feed comes from the operator\'s feeds file; it is removed there.' };
      feeds.remove(feed.id);
      return { ok: true, feed };
    },
    list: (guildId) => feeds.list(guildId),
    tick: () => scheduler.tick(),
    async start(transportMessenger) {
      messenger = transportMessenger;
      if (config.feedsFile) {
        const listed = await syncFeedsFile(config.feedsFile, { feeds, clock, logger, defaultIntervalMinutes: config.feedIntervalMinutes });
        logger.info('feeds file read', { file: config.feedsFile, feeds: listed });
      }
      scheduler.start();
    },
    stop: () => scheduler.stop(),
  };
}
