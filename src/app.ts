import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { AnalysisShelf } from './articles/analysis-shelf.js';
import { Archive } from './articles/archive.js';
import type { Article, EnrichedArticle } from './articles/article.js';
import { createStoreFollower, type Every, type StoreFollower } from './articles/store-follower.js';
import { openBriefings } from './briefing/briefings.js';
import { newsNamesChart } from './briefing/news-names-chart.js';
import type { Clock } from './clock.js';
import type { Config } from './config.js';
import { createDigestDesk, type DigestDesk } from './digest/digest-desk.js';
import { createFeedDesk, type FeedDesk } from './feeds/feed-desk.js';
import { enrich, type IngestionDeps } from './ingest/ingestion.js';
import type { SeedFs } from './ingest/seed-fs.js';
import { startSeeds, storedArticles } from './ingest/seed-start.js';
import type { Analysis } from './language/analysis.js';
import { ANALYSIS_VERSION } from './language/pipeline.js';
import type { Logger } from './logger.js';
import type { InteractionMetrics } from './metrics/interaction-metrics.js';
import { openSearch } from './search/open-search.js';
import type { Services } from './services.js';
import type { Db } from './store/database.js';
import { keepsAnalysesApart } from './store/article-store.js';
import { openStores } from './store/open-stores.js';
import { snapshotSharing } from './store/snapshot-sharing.js';
import type { Stores } from './store/stores.js';
import type { StoryLookup } from './stories/story-lookup.js';
import { JobCancelledError } from './work/job-cancelled.js';
import { createWork, type Work } from './work/work-pool.js';

export interface AppOptions {
  config: Config;
  logger: Logger;
  clock: Clock;
  /** Keep everything in memory (one-shot CLI runs, tests): no DATA_DIR is written. */
  inMemory?: boolean;
  /**
   * Where analysis, page extraction and feed parsing run: `npm start` passes the worker pool so the main
   * thread only answers; unset, they run in-process (tests, one-shot runs). The app closes it.
   */
  work?: Work;
  /** The language pipeline; tests pass a counting one to see that stored analyses are reused. */
  analyze?: (article: Article) => Analysis;
  /** Counts and times interactions for /metrics. */
  metrics?: InteractionMetrics;
  /** Names this process in the digest ledger and the feed leases (a fresh UUID); tests name two "processes". */
  owner?: string;
  /** The timer that polls the store for other processes' articles; tests pass one they drive by hand. */
  every?: Every;
  /** The file-system calls of the seed loader; tests pass a counting one to see unchanged files left unread. */
  seedFs?: SeedFs;
  /** How many stored analyses (and texts) are kept in memory once read (the rest stay in the store); 2,000 unless set. */
  analysisCacheSize?: number;
  /**
   * Return once articles and search are ready, with stories and the directory still loading (in slices, so
   * the loop stays free): `npm start` answers `/search` sooner on a large archive. Await
   * `services.briefings.ready` before using them. Unset, createApp returns with everything in place.
   */
  briefingsInBackground?: boolean;
}

export interface App {
  services: Services;
  /** Where stored analyses are read from when asked for; none when articles are kept in memory. */
  analyses?: AnalysisShelf;
  /** Where state is kept: SQLite (default), PostgreSQL (DATABASE_URL) or memory. */
  stores: Stores;
  /** The SQLite database, when state is kept in one. */
  db?: Db;
  ingestion: IngestionDeps;
  /** Followed feeds; the polling loop starts when a transport calls `feeds.start(messenger)`. */
  feeds: FeedDesk;
  /** Daily digests; the posting loop starts when a transport calls `digests.start(messenger)`. */
  digests: DigestDesk;
  /** Takes in articles other processes write to a shared store (SQLite file or PostgreSQL); none in memory. */
  follower?: StoreFollower;
  close(): Promise<void>;
}

const skipCancelled = (error: unknown): void => {
  if (!(error instanceof JobCancelledError)) throw error;
};

/** A second without changes, and the name folds are worked out before anyone asks (feeds bring articles in bursts). */
const FOLD_DELAY_MS = 1_000;

/**
 * A new machine on a shared PostgreSQL starts its search index, stories and directory from the last shared
 * snapshots and takes in the articles added since; at most one upload of each an hour keeps that catch-up short
 * without rewriting hundreds of megabytes in the database at every save.
 */
const SHARE_SNAPSHOTS_EVERY_MS = 60 * 60_000;

/** Wires the core: store, archive, seeds, index. Transports get `services` and nothing else. */
export async function createApp(options: AppOptions): Promise<App> {
  const { config, logger, clock } = options;
  const stores = openStores(config, { inMemory: options.inMemory, logger });
  const db = stores.backend === 'sqlite' ? stores.sqliteDb : undefined;
  const store = stores.articles;
  const archive = new Archive();
  const work = options.work ?? createWork({ mode: 'in-process', logger });

  // Before anything is read: whatever another process writes from here on is taken in by the follower.
  const startCursor = stores.articleChanges?.cursor();
  const started = performance.now();
  // Stored analyses stay in the store and are read when a briefing needs them; in memory runs there is nothing to spare.
  const shelf = stores.backend !== 'memory' && keepsAnalysesApart(store) ? new AnalysisShelf(store, options.analysisCacheSize) : undefined;
  const ingestion: IngestionDeps = { clock, logger, store, archive, analyze: options.analyze ?? work.analyze, prepare: work.prepare, analysisVersion: ANALYSIS_VERSION, ...(shelf ? { shelf } : {}) };
  const seeded = await startSeeds(config.seedsDir, ingestion, {
    ...(stores.seedFiles ? { ledger: stores.seedFiles } : {}),
    ...(options.seedFs ? { fs: options.seedFs } : {}),
    ...(shelf ? { shelf } : {}),
  });
  // Seed articles whose file is gone leave the archive; feed articles stay until removed. A folder that
  // could not be read says nothing about its files, so nothing is forgotten on its account.
  const live = new Set(archive.all().map((a) => a.id));
  if (seeded.unreadable.length === 0) for (const id of store.ids('seed')) if (!live.has(id)) store.remove(id);
  // Feed articles are not fetched again: one analysed by an older pipeline is analysed anew from its stored text.
  // One over its budget stays out of the archive this run (the pool has logged it) and is tried at the next start.
  for (const { article, version } of storedArticles('feed', ingestion, shelf)) {
    if (version === ANALYSIS_VERSION) archive.add(article);
    else await enrich(article, 'feed', ingestion).then((fresh) => archive.add(fresh), skipCancelled);
  }
  // The snapshot sits beside the database; one-shot in-memory runs build the index and keep it in memory.
  // Paging tokens are shared through PostgreSQL, so a button made by one process pages in another.
  // One name for this process wherever it holds a lease, so a log line or a row tells which process it was.
  const owner = options.owner ?? randomUUID();
  // Snapshots a new machine on the shared PostgreSQL starts from, rather than building its own.
  const sharing = (name: string) =>
    stores.sharedSnapshots && !options.inMemory ? { sharing: snapshotSharing(stores.sharedSnapshots, { name, owner, clock, logger, everyMs: SHARE_SNAPSHOTS_EVERY_MS, sliceMs: 20 }) } : {};
  const search = await openSearch(config, archive, {
    inMemory: options.inMemory,
    logger,
    clock,
    ...(stores.queryTokens ? { queryTokens: stores.queryTokens(clock) } : {}),
    ...(shelf
      ? { prefetchTexts: (ids: readonly string[]) => shelf.prefetchTexts(ids), prefetch: (ids: readonly string[]) => shelf.prefetch(ids), readingInBulk: () => shelf.readingInBulk() }
      : {}),
    ...sharing('search'),
  });
  logger.info('archive ready', {
    articles: archive.size,
    seedsAdded: seeded.added,
    seedsKept: seeded.kept,
    seedFilesRead: seeded.filesRead,
    seedsSkipped: seeded.skipped.length,
    ms: Math.round(performance.now() - started),
  });

  // Stories and the entity directory follow the archive from here on; feeds and digests group by story.
  // Saved beside the search snapshot and loaded at the next start instead of being rebuilt.
  // In slices of at most 20 ms, so a bot that answers while they load keeps its heartbeat and replies.
  const briefings = openBriefings(archive, {
    ...(options.inMemory ? {} : { snapshotPath: join(config.dataDir, 'briefings.snap') }),
    ...sharing('briefings'),
    ...(shelf ? { readingInBulk: () => shelf.readingInBulk(), prefetch: (ids: readonly string[]) => shelf.prefetch(ids) } : {}),
    logger,
    sliceMs: 20,
    foldDelayMs: FOLD_DELAY_MS,
  });
  if (!options.briefingsInBackground) await briefings.ready;
  // Until the stories are in place (main.ts starts feeds and digests after), each article is its own story.
  const stories: StoryLookup = { storyIdOf: (id) => (briefings.isReady() ? briefings.stories.storyIdOf(id) : id) };
  // Feed state lives beside the articles; in memory for one-shot runs and tests.
  const feeds = createFeedDesk({ config, stores, ingestion, work, stories, owner });
  const chart = (articles: readonly EnrichedArticle[]) => newsNamesChart(briefings.pictures, articles);
  const digests = createDigestDesk({ config, stores, clock, logger, archive, stories, chart, owner });
  // Articles other processes on the store take from feeds reach this archive, hence search, within a poll.
  const follower = stores.articleChanges && startCursor !== undefined
    ? createStoreFollower({
      changes: stores.articleChanges, store, archive, logger, analysisVersion: ANALYSIS_VERSION, cursor: startCursor, ...(shelf ? { shelf } : {}),
      ...(config.storePollMs ? { pollMs: config.storePollMs } : {}), ...(options.every ? { every: options.every } : {}),
    })
    : undefined;
  follower?.start();
  const services: Services = { config, logger, clock, archive, search, feeds, digests, briefings, ...(options.metrics ? { metrics: options.metrics } : {}) };
  return {
    services,
    stores,
    ingestion,
    feeds,
    digests,
    ...(follower ? { follower } : {}),
    ...(shelf ? { analyses: shelf } : {}),
    ...(db ? { db } : {}),
    async close() {
      follower?.stop();
      await feeds.stop();
      await digests.stop();
      await search.close();
      await briefings.close();
      // After the feeds stopped: no job is started after the pool is gone.
      await work.close();
      await stores.close();
    },
  };
}
