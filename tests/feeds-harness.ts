import { Archive } from '../src/articles/archive.js';
import { ManualClock } from '../src/clock.js';
import { createCapturingMessenger } from '../src/delivery/messenger.js';
import { createFeedDesk, type FeedDeskOptions } from '../src/feeds/feed-desk.js';
import type { IngestionDeps } from '../src/ingest/ingestion.js';
import { analyze, ANALYSIS_VERSION } from '../src/language/pipeline.js';
import { createCapturingLogger } from '../src/logger.js';
import { createArticleIndex } from '../src/search/article-index.js';
import { createMemoryArticleStore } from '../src/store/article-store.js';
import { openDatabase } from '../src/store/database.js';
import type { StoryLookup } from '../src/stories/story-lookup.js';

/** A feed desk over an in-memory archive and index, with a hand-moved clock and captured posts. */
export function createFeedHarness(options: { allowPrivate?: boolean; stories?: StoryLookup; feedsFile?: string; fetch?: FeedDeskOptions['fetch'] } = {}) {
  const clock = new ManualClock('2024-10-01T09:00:00Z');
  const logger = createCapturingLogger();
  const archive = new Archive();
  const search = createArticleIndex(archive);
  const ingestion: IngestionDeps = { clock, logger, store: createMemoryArticleStore(), archive, analyze, analysisVersion: ANALYSIS_VERSION };
  const db = openDatabase(':memory:');
  const desk = createFeedDesk({
    config: { feedsAllowPrivate: options.allowPrivate ?? true, feedIntervalMinutes: 10, ...(options.feedsFile ? { feedsFile: options.feedsFile } : {}) },
    db,
    ingestion,
    ...(options.stories ? { stories: options.stories } : {}),
    fetch: { timeoutMs: 2000, ...options.fetch },
    pollMs: 3_600_000,
  });
  const messenger = createCapturingMessenger();
  return {
    clock,
    logger,
    archive,
    search,
    desk,
    messenger,
    async close() {
      await desk.stop();
      await search.close();
      db.close();
    },
  };
}
