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
import { connectPg } from './pg-sync.js';

/** Every store in the PostgreSQL at `url` (DATABASE_URL); migrations run here, once per namespace. */
export function openPostgresStores(url: string): Stores {
  const db = connectPg(url);
  try {
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
      queryTokens: (clock) => createPgQueryTokens(db, clock),
      digestStates: () =>
        Object.fromEntries(db.query<{ state: string; n: number }>('SELECT state, COUNT(*)::int AS n FROM digest_ledger GROUP BY state').map((r) => [r.state, r.n])),
      ping: () => db.query('SELECT 1 AS ok').length === 1,
      close: () => db.close(),
    };
  } catch (error) {
    void db.close().catch(() => undefined);
    throw error;
  }
}
