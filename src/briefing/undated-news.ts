import type { Article } from '../articles/article.js';
import type { ReplyField } from '../replies/reply.js';

/**
 * An article whose date could not be read carries the day it arrived (its file's time), marked unknown.
 * It may be ranked by that day, but it must say so, and it never sets what "the latest news" is.
 */

type Dated = Pick<Article, 'date' | 'dateSource'>;

export const isUndated = (article: Dated): boolean => article.dateSource === 'unknown';

/** The newest article with a read date (the archive is newest first); an undated one only if all are. */
export function newestDated<T extends Dated>(newestFirst: readonly T[]): T | undefined {
  return newestFirst.find((a) => !isUndated(a)) ?? newestFirst[0];
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
