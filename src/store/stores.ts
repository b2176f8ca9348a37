import type { Clock } from '../clock.js';
import type { ArrivalStore } from '../digest/arrival-store.js';
import type { DigestLedger } from '../digest/digest-ledger.js';
import type { ScheduleStore } from '../digest/digest-store.js';
import type { FeedLeases } from '../feeds/feed-leases.js';
import type { FeedStore } from '../feeds/feed-store.js';
import type { ItemLedger } from '../feeds/item-ledger.js';
import type { QueryTokens } from '../search/saved-queries.js';
import type { ArticleChanges } from './article-changes.js';
import type { ArticleStore } from './article-store.js';
import type { Db } from './database.js';
import type { SeedFileLedger } from './seed-file-ledger.js';
import type { SharedSnapshotStore } from './shared-snapshots.js';

/**
 * Every store the app keeps state in, from one backend: SQLite in DATA_DIR (the default) or
 * PostgreSQL (DATABASE_URL). The rest of the app sees these interfaces only.
 */
export interface Stores {
  backend: 'sqlite' | 'memory' | 'postgres';
  /** The SQLite database the stores are on, when they are on one. */
  sqliteDb?: Db;
  articles: ArticleStore;
  /** What other processes wrote to `articles`; none when the articles are this process's alone (memory). */
  articleChanges?: ArticleChanges;
  /** Seed files as last read, so unchanged ones are not read again; none: every start reads them all. */
  seedFiles?: SeedFileLedger;
  feeds: FeedStore;
  /** Which process fetches which feed now, so each feed is fetched once per interval. */
  feedLeases: FeedLeases;
  itemLedger: ItemLedger;
  schedules: ScheduleStore;
  digestLedger: DigestLedger;
  arrivals: ArrivalStore;
  /** Snapshots every machine can start from; none: each process keeps its own in DATA_DIR only (one machine). */
  sharedSnapshots?: SharedSnapshotStore;
  /** Shared paging tokens for long searches; none: each process keeps its own in memory. */
  queryTokens?: (clock: Clock) => QueryTokens;
  /** Digest ledger rows by state, for /metrics. */
  digestStates(): Record<string, number>;
  /** A round trip to the database, for /healthz. */
  ping(): boolean;
  close(): Promise<void>;
}

export type FeedStores = Pick<Stores, 'feeds' | 'itemLedger'> & Partial<Pick<Stores, 'feedLeases'>>;
export type DigestStores = Pick<Stores, 'schedules' | 'digestLedger' | 'arrivals'>;
