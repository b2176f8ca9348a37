import type { Archive } from './articles/archive.js';
import type { Briefings } from './briefing/briefings.js';
import type { Clock } from './clock.js';
import type { Config } from './config.js';
import type { DigestDesk } from './digest/digest-desk.js';
import type { FeedDesk } from './feeds/feed-desk.js';
import type { Logger } from './logger.js';
import type { InteractionMetrics } from './metrics/interaction-metrics.js';
import type { ArticleSearch } from './search/article-index.js';

/**
 * What command handlers may use. Built once at start and passed in; handlers take what they need from
 * it and nothing else (no module singletons).
 */
export interface Services {
  config: Config;
  logger: Logger;
  clock: Clock;
  archive: Archive;
  search: ArticleSearch;
  /** Followed feeds (/feed); absent where no feed desk was built. */
  feeds?: FeedDesk;
  /** Daily digests (/digest); absent where no digest desk was built. */
  digests?: DigestDesk;
  /** Entity directory and stories for /brief and /article, kept current from the archive's changes. */
  briefings: Briefings;
  /** Counts and times interactions for /metrics; absent where nobody scrapes. */
  metrics?: InteractionMetrics;
}
