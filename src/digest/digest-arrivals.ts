import type { EnrichedArticle } from '../articles/article.js';
import type { Archive } from '../articles/archive.js';
import type { Clock } from '../clock.js';
import type { Db } from '../store/database.js';
import { migrateDigest } from './digest-schema.js';

/**
 * When the bot first saw each article, by the injected clock. A digest covers what arrived since the
 * channel's last one: for live feeds that is what is new, to the minute, which an article's date (a
 * day, in its own zone) cannot say. An article dated well before it arrives (a feed's backlog, an old
 * seed file) counts as arriving when its dated day was news, so it never passes for today's news.
 */
export const NEWS_GRACE_DAYS = 2;

export interface Arrivals {
  /** Articles that arrived in (start, end], newest arrival first. */
  between(start: Date, end: Date): EnrichedArticle[];
  /** Stops following the archive. */
  close(): void;
}

const DAY_MS = 24 * 60 * 60_000;

/** min(now, the end of the article's dated day + the grace), as an ISO instant. */
export function arrivalTime(article: Pick<EnrichedArticle, 'date'>, now: Date): string {
  const datedEnd = Date.parse(`${article.date}T00:00:00Z`) + (1 + NEWS_GRACE_DAYS) * DAY_MS;
  return new Date(Number.isNaN(datedEnd) ? now.getTime() : Math.min(now.getTime(), datedEnd)).toISOString();
}

export function createArrivals(db: Db, archive: Archive, clock: Clock): Arrivals {
  migrateDigest(db);
  const insert = db.prepare('INSERT OR IGNORE INTO digest_arrivals (article_id, arrived_at) VALUES (?, ?)');
  const between = db.prepare('SELECT article_id FROM digest_arrivals WHERE arrived_at > ? AND arrived_at <= ? ORDER BY arrived_at DESC, article_id');
  const note = (article: EnrichedArticle) => void insert.run(article.id, arrivalTime(article, clock.now()));
  // Articles already in the archive (seeds, stored feed items) are noted once; the first sighting stays.
  db.transaction((articles: readonly EnrichedArticle[]) => articles.forEach(note))(archive.all());
  const unsubscribe = archive.subscribe((change) => {
    if (change.type !== 'removed') note(change.article);
  });
  return {
    between: (start, end) =>
      (between.all(start.toISOString(), end.toISOString()) as { article_id: string }[])
        .map((row) => archive.get(row.article_id))
        .filter((a): a is EnrichedArticle => a !== undefined),
    close: unsubscribe,
  };
}
