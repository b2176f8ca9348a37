import type { Article, EnrichedArticle } from '../articles/article.js';
import { timelinePartOf } from '../articles/timeline-part.js';
import type { Analysis } from '../language/analysis.js';

/**
 * How an article is kept, alike in SQLite and PostgreSQL: its metadata in the articles row, and its
 * analysis (about 14 KB), its text (about 2.5 KB) and its timeline part in rows of their own, so a
 * start reads the metadata alone and a briefing reads only the parts it needs. JSON text throughout:
 * PostgreSQL's jsonb would refuse a NUL in a page's text.
 */
export interface StoredParts {
  body: string;
  paragraphs: string;
  analysis: string;
  part: string;
}

export function storedParts(article: EnrichedArticle): StoredParts {
  const { analysis, paragraphs, ...rest } = article;
  return {
    body: JSON.stringify(rest),
    paragraphs: JSON.stringify(paragraphs),
    analysis: JSON.stringify(analysis),
    part: JSON.stringify(timelinePartOf(analysis)),
  };
}

/** The article again from its row and the rows beside it. */
export function articleFromParts(row: { body: string; paragraphs: string; analysis: string }): EnrichedArticle {
  return { ...(JSON.parse(row.body) as Article), paragraphs: JSON.parse(row.paragraphs) as string[], analysis: JSON.parse(row.analysis) as Analysis };
}

/** A JSON text read back, or undefined where there was no row. */
export function parsedOrMissing<T>(text: string | undefined): T | undefined {
  return text === undefined ? undefined : (JSON.parse(text) as T);
}

export interface IdText {
  id: string;
  text: string;
}

/** Rows of (id, JSON text) read back as a map by id. */
export function parsedById<T>(rows: readonly IdText[]): Map<string, T> {
  return new Map(rows.map((row) => [row.id, JSON.parse(row.text) as T]));
}
