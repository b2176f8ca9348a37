import { join } from 'node:path';
import { createSqliteArrivalStore } from '../digest/arrival-store.js';
import { createDigestLedger } from '../digest/digest-ledger.js';
import { createScheduleStore } from '../digest/digest-store.js';
import { createFeedLeases } from '../feeds/feed-leases.js';
import { createFeedStore } from '../feeds/feed-store.js';
import { createItemLedger } from '../feeds/item-ledger.js';
import { createSqliteArticleChanges } from './article-changes.js';
import { createMemoryArticleStore, createSqliteArticleStore } from './article-store.js';
import { openDatabase, type Db } from './database.js';
import { createSqliteSeedFileLedger } from './seed-file-ledger.js';
import type { Stores } from './stores.js';

/** The stores on one SQLite database. */
export function sqliteStores(db: Db, options: { memoryArticles?: boolean } = {}): Stores {
  const countByState = () => db.prepare('SELECT state, COUNT(*) AS n FROM digest_ledger GROUP BY state').all() as { state: string; n: number }[];
  return {
    backend: options.memoryArticles ? 'memory' : 'sqlite',
    sqliteDb: db,
    articles: options.memoryArticles ? createMemoryArticleStore() : createSqliteArticleStore(db),
    // After the article store, whose table the write log follows.
    ...(options.memoryArticles ? {} : { articleChanges: createSqliteArticleChanges(db) }),
    // Beside stored articles only: a ledger pointing at articles kept in memory would outlive them.
    ...(options.memoryArticles ? {} : { seedFiles: createSqliteSeedFileLedger(db) }),
    feeds: createFeedStore(db),
    feedLeases: createFeedLeases(db),
    itemLedger: createItemLedger(db),
    schedules: createScheduleStore(db),
    digestLedger: createDigestLedger(db),
    arrivals: createSqliteArrivalStore(db),
    digestStates: () => Object.fromEntries(countByState().map((r) => [r.state, r.n])),
    ping: () => db.prepare('SELECT 1 AS ok').get() !== undefined,
    close: async () => void db.close(),
  };
}

/** Today's default: one SQLite file in DATA_DIR. */
export function openSqliteStores(dataDir: string): Stores {
  return sqliteStores(openDatabase(join(dataDir, 'newsdesk.sqlite')));
}

/** Nothing written anywhere (one-shot CLI runs, tests): articles in memory, the rest in an in-memory SQLite. */
export function openMemoryStores(): Stores {
  return sqliteStores(openDatabase(':memory:'), { memoryArticles: true });
}
