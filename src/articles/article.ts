import type { Analysis } from '../language/analysis.js';

/** How an article's date was established: read from the text, inferred from clues, or unknown (file time). */
export type DateSource = 'stated' | 'inferred' | 'unknown';

/** One news article as ingestion produces it, before any language work. */
export interface Article {
  /** Short, typeable, stable: `<date>-<title slug>-<4 hex of the content hash>`. */
  id: string;
  /** sha256 (hex) of the normalised title and body: the same story twice is one article. */
  hash: string;
  title: string;
  /** Who the story is reported via, from a title attribution ("…: Tass"). */
  via?: string;
  /** The publisher or agency (dateline "/AJMEDIA/", "(Reuters)", a feed's name). */
  source?: string;
  /** The place of the dateline ("Tokyo"). */
  place?: string;
  /** ISO calendar date `YYYY-MM-DD`. */
  date: string;
  dateSource: DateSource;
  /** One line on how the date was found, for `inspect` and for trust. */
  dateNote: string;
  /** The body as paragraphs, chrome and dateline removed. */
  paragraphs: string[];
  url?: string;
  /** Where it came from: a seed file path or a feed URL. */
  origin: string;
}

/** An article with its language analysis, computed once at ingestion and stored. */
export interface EnrichedArticle extends Article {
  analysis: Analysis;
}

/** The body text that analysis offsets point into: paragraphs joined by a blank line. */
export function bodyText(article: Pick<Article, 'paragraphs'>): string {
  return article.paragraphs.join('\n\n');
}

/** An article whose date could not be read: it carries the day it arrived (`undated-news.ts` says how that is shown). */
export const isUndated = (article: Pick<Article, 'dateSource'>): boolean => article.dateSource === 'unknown';
