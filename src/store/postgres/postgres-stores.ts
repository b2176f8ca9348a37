import { join } from 'node:path';
import { openDatabase, type Db } from '../database.js';
import { createSqliteSeedFileLedger } from '../seed-file-ledger.js';
import type { Stores } from '../stores.js';
import { createPgArrivalStore } from './pg-arrival-store.js';
import { createPgArticleChanges } from './pg-article-changes.js';
import { createPgArticleStore } from './pg-article-store.js';
import { createPgDigestLedger } from './pg-digest-ledger.js';
import { createPgFeedLeases } from './pg-feed-leases.js';
import { createPgFeedStore } from './pg-feed-store.js';
import { createPgItemLedger } from './pg-item-ledger.js';
import { createPgQueryTokens } from './pg-query-tokens.js';
import { createPgScheduleStore } from './pg-schedule-store.js';
import { createPgSharedSnapshots } from './pg-shared-snapshots.js';
import { connectPg } from './pg-sync.js';

const SEED_LEDGER_FILE = 'seed-files.sqlite';

/**
 * Every store in the PostgreSQL at `url` (DATABASE_URL); migrations run here, once per namespace. The seed
 * file ledger describes this machine's files (paths, sizes, times), so it stays on this machine: a small
 * SQLite file in `dataDir` (none without: a process that reads no seeds). Without it every start read every
 * seed file again and looked up each of their articles in PostgreSQL.
 */
export function openPostgresStores(url: string, dataDir?: string): Stores {
  const db = connectPg(url);
  let ledger: Db | undefined;
  try {
    ledger = dataDir === undefined ? undefined : openDatabase(join(dataDir, SEED_LEDGER_FILE));
    return {
      backend: 'postgres',
      articles: createPgArticleStore(db),
      // After the article store, whose table the write log follows.
      articleChanges: createPgArticleChanges(db),
      feeds: createPgFeedStore(db),
      feedLeases: createPgFeedLeases(db),
      itemLedger: createPgItemLedger(db),
      schedules: createPgScheduleStore(db),
      digestLedger: createPgDigestLedger(db),
      arrivals: createPgArrivalStore(db),
      ...(ledger ? { seedFiles: createSqliteSeedFileLedger(ledger) } : {}),
      sharedSnapshots: createPgSharedSnapshots(db),
      queryTokens: (clock) => createPgQueryTokens(db, clock),
      digestStates: () =>
        Object.fromEntries(db.query<{ state: string; n: number }>('SELECT state, COUNT(*)::int AS n FROM digest_ledger GROUP BY state').map((r) => [r.state, r.n])),
      ping: () => db.query('SELECT 1 AS ok').length === 1,
      close: async () => {
        ledger?.close();
        await db.close();
      },
    };
  } catch (error) {
    ledger?.close();
    void db.close().catch(() => undefined);
    throw error;
  }
}
