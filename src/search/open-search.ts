import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Archive } from '../articles/archive.js';
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { createArticleIndex } from './article-index.js';
import type { ArticleSearch } from './article-search.js';
import { openPgSearch } from './postgres/open-pg-search.js';
import type { QueryTokens } from './saved-queries.js';
import type { SnapshotSharing } from '../store/snapshot-sharing.js';

export interface OpenedSearch extends ArticleSearch {
  readonly backend: 'embedded' | 'postgres';
  close(): Promise<void>;
}

/**
 * The search the commands use, from SEARCH_BACKEND: the embedded index (snapshot in DATA_DIR; memory
 * only for in-memory runs) or PostgreSQL full-text search on its own connection to DATABASE_URL.
 * In-memory runs always take the embedded index: they write nothing anywhere. With `sharing`, a machine
 * without a snapshot of its own starts from the shared one.
 */
export async function openSearch(
  config: Pick<Config, 'dataDir' | 'databaseUrl' | 'searchBackend'>,
  archive: Archive,
  options: {
    inMemory?: boolean;
    logger: Logger;
    clock: Clock;
    queryTokens?: QueryTokens;
    prefetchTexts?: (ids: readonly string[]) => void;
    /** Reads many articles' analyses and texts in one go, ahead of a pass that reads both (a build, rows written to PostgreSQL). */
    prefetch?: (ids: readonly string[]) => void;
    readingInBulk?: () => () => void;
    sharing?: SnapshotSharing;
  },
): Promise<OpenedSearch> {
  const tokens = options.queryTokens ? { queryTokens: options.queryTokens } : {};
  if (config.searchBackend === 'postgres' && config.databaseUrl && !options.inMemory) {
    const prefetch = options.prefetch ? { prefetch: options.prefetch } : {};
    return { ...openPgSearch(config.databaseUrl, archive, { logger: options.logger, clock: options.clock, ...tokens, ...prefetch }), backend: 'postgres' };
  }
  const snapshotPath = options.inMemory ? undefined : join(config.dataDir, 'search-index.bin');
  if (snapshotPath && options.sharing && !existsSync(snapshotPath)) await options.sharing.fetchInto(snapshotPath);
  const index = createArticleIndex(archive, {
    snapshotPath,
    logger: options.logger,
    clock: options.clock,
    ...tokens,
    ...(options.prefetchTexts ? { prefetchTexts: options.prefetchTexts } : {}),
    ...(options.prefetch ? { prefetch: options.prefetch } : {}),
    ...(options.readingInBulk ? { readingInBulk: options.readingInBulk } : {}),
    ...(options.sharing && snapshotPath ? { sharing: options.sharing } : {}),
  });
  return Object.assign(index, { backend: 'embedded' as const });
}
