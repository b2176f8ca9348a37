import { isUndated, type Article } from '../articles/article.js';
import type { ReplyField } from '../replies/reply.js';
import { dayNumber } from '../stories/story-features.js';

/**
 * An article whose date could not be read carries the day it arrived (its file's time), marked unknown.
 * It may be ranked by that day, but it must say so, and it never sets what "the latest news" is.
 */

type Dated = Pick<Article, 'date' | 'dateSource'>;

export { isUndated };

/** The newest article with a read date (the archive is newest first); an undated one only if all are. */
export function newestDated<T extends Dated>(newestFirst: readonly T[]): T | undefined {
  return newestFirst.find((a) => !isUndated(a)) ?? newestFirst[0];
}

/**
 * Whether an article belongs with news whose newest dated day is `newestDay` (a day number). An undated one
 * is, only when it arrived within a week of that day: a folder of old saved pages read today arrives today,
 * and its arrival then says nothing of its age ("Insiders: Trump will sink Pence in VP debate", a 2016 page,
 * led the latest news of an archive whose dated news ended months before).
 */
export function arrivedWithTheNews(article: Dated, newestDay: number): boolean {
  return !isUndated(article) || dayNumber(article.date) - newestDay <= ARRIVAL_REACH_DAYS;
}
const ARRIVAL_REACH_DAYS = 7;

/** Of a newest-first list of articles naming someone, whether each came with the news (`arrivedWithTheNews`). */
export function withTheNewsOf<T extends { article: Dated }>(newestFirst: readonly T[]): (n: T) => boolean {
  const newest = newestFirst.find((n) => !isUndated(n.article));
  if (!newest) return () => true;
  const day = dayNumber(newest.article.date);
  return (n) => arrivedWithTheNews(n.article, day);
}

/** The words to put beside an undated article wherever its day is shown. */
export function undatedMark(article: Dated): string {
  return isUndated(article) ? `date unknown (ranked by arrival, ${article.date})` : '';
}

/** `/article`'s line on how its date was found. */
export function dateFoundField(article: Pick<Article, 'date' | 'dateSource' | 'dateNote'>): ReplyField {
  const how = { stated: 'stated', inferred: 'inferred', unknown: 'unknown' }[article.dateSource];
  const day = isUndated(article) ? `date unknown; arrived ${article.date} · ` : '';
  return { name: 'How the date was found', value: `${day}${how}: ${article.dateNote}`.slice(0, 1024) };
}
