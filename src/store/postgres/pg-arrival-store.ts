import type { ArrivalStore } from '../../digest/arrival-store.js';
import { migratePgDigest } from './pg-digest-schema.js';
import type { PgSync } from './pg-sync.js';

/** Rows per INSERT when the whole archive is noted at start: large batches, bounded statements. */
const BATCH = 5_000;

export function createPgArrivalStore(db: PgSync): ArrivalStore {
  migratePgDigest(db);
  return {
    note(arrivals) {
      for (let i = 0; i < arrivals.length; i += BATCH) {
        const batch = arrivals.slice(i, i + BATCH);
        db.run(
          `INSERT INTO digest_arrivals (article_id, arrived_at) SELECT * FROM unnest($1::text[], $2::text[])
          ON CONFLICT (article_id) DO NOTHING`,
          [batch.map((a) => a.articleId), batch.map((a) => a.at)],
        );
      }
    },
    between: (start, end) =>
      db
        .query<{ article_id: string }>(
          `SELECT article_id FROM digest_arrivals WHERE arrived_at COLLATE "C" > $1 AND arrived_at COLLATE "C" <= $2
          ORDER BY arrived_at COLLATE "C" DESC, article_id COLLATE "C"`,
          [start, end],
        )
        .map((row) => row.article_id),
  };
}
