import type { Db } from '../store/database.js';
import { migrateDigest } from './digest-schema.js';

/** One first sighting: the article and when the bot saw it (an ISO instant). */
export interface Arrival {
  articleId: string;
  at: string;
}

/** Where first sightings are kept, so a restart or a second process does not make old news new. */
export interface ArrivalStore {
  /** Records each arrival unless its article was seen before: the first sighting stays. */
  note(arrivals: readonly Arrival[]): void;
  /** Ids of articles that arrived in (start, end] (ISO instants), newest arrival first. */
  between(start: string, end: string): string[];
}

export function createSqliteArrivalStore(db: Db): ArrivalStore {
  migrateDigest(db);
  const insert = db.prepare('INSERT OR IGNORE INTO digest_arrivals (article_id, arrived_at) VALUES (?, ?)');
  const between = db.prepare('SELECT article_id FROM digest_arrivals WHERE arrived_at > ? AND arrived_at <= ? ORDER BY arrived_at DESC, article_id').pluck();
  const noteAll = db.transaction((arrivals: readonly Arrival[]) => {
    for (const arrival of arrivals) insert.run(arrival.articleId, arrival.at);
  });
  return {
    note: (arrivals) => noteAll(arrivals),
    between: (start, end) => between.all(start, end) as string[],
  };
}
