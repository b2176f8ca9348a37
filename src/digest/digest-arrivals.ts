import type { EnrichedArticle } from '../articles/article.js';
import type { Archive } from '../articles/archive.js';
import type { Clock } from '../clock.js';
import type { ArrivalStore } from './arrival-store.js';

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

export function createArrivals(store: ArrivalStore, archive: Archive, clock: Clock): Arrivals {
  const sighting = (article: EnrichedArticle) => ({ articleId: article.id, at: arrivalTime(article, clock.now()) });
  // Articles already in the archive (seeds, stored feed items) are noted once; the first sighting stays.
  store.note(archive.all().map(sighting));
  const unsubscribe = archive.subscribe((change) => {
    if (change.type !== 'removed') store.note([sighting(change.article)]);
  });
  return {
    between: (start, end) =>
      store
        .between(start.toISOString(), end.toISOString())
        .map((id) => archive.get(id))
        .filter((a): a is EnrichedArticle => a !== undefined),
    close: unsubscribe,
  };
}
