import type { Archive } from './articles/archive.js';
import type { Clock } from './clock.js';
import type { Config } from './config.js';
import type { Logger } from './logger.js';
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
}
