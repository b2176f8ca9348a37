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

/** Articles of the archive at start noted per turn of the event loop. */
export const BACKLOG_CHUNK = 5_000;

export function createArrivals(store: ArrivalStore, archive: Archive, clock: Clock, chunk = BACKLOG_CHUNK): Arrivals {
  const sighting = (article: EnrichedArticle, now = clock.now()) => ({ articleId: article.id, at: arrivalTime(article, now) });
  // Articles already in the archive (seeds, stored feed items) are noted once, the first sighting staying, as
  // seen at start: in the background, a chunk per turn, since nearly all were noted on an earlier run and the
  // first answer should not wait for a hundred thousand no-op inserts (0.2 s at 100k). A digest composed
  // meanwhile notes the rest first.
  // Let go once noted: the archive's list of the time would keep articles replaced or removed since.
  let backlog: readonly EnrichedArticle[] = archive.all();
  const startedAt = clock.now();
  let noted = 0;
  const noteBacklog = (count: number) => {
    const end = Math.min(backlog.length, noted + count);
    if (end > noted) store.note(backlog.slice(noted, end).map((article) => sighting(article, startedAt)));
    noted = end;
    if (noted === backlog.length) [backlog, noted] = [[], 0];
  };
  let timer: NodeJS.Immediate | undefined;
  const step = () => {
    timer = undefined;
    try {
      noteBacklog(chunk);
    } catch {
      // A store closed under it (a test, a stop): the rest is noted by the next digest or start, which report it.
      return;
    }
    if (noted < backlog.length) timer = setImmediate(step).unref();
  };
  if (backlog.length > 0) timer = setImmediate(step).unref();
  const unsubscribe = archive.subscribe((change) => {
    if (change.type !== 'removed') store.note([sighting(change.article)]);
  });
  return {
    between: (start, end) => {
      noteBacklog(Infinity);
      return store
        .between(start.toISOString(), end.toISOString())
        .map((id) => archive.get(id))
        .filter((a): a is EnrichedArticle => a !== undefined);
    },
    close: () => {
      clearImmediate(timer);
      noteBacklog(Infinity);
      unsubscribe();
    },
  };
}
