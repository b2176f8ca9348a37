import type { EnrichedArticle } from './article.js';
import type { Sentence } from '../language/analysis.js';

/**
 * An extractive summary of any length: the first `count` sentences of the stored ranking, put back in
 * article order. Whole sentences, never rewritten.
 */
export function summarySentences(article: EnrichedArticle, count: number): Sentence[] {
  const { sentences, summaryRank } = article.analysis;
  const chosen = summaryRank.slice(0, Math.max(0, count)).sort((a, b) => a - b);
  return chosen.map((i) => sentences[i]).filter((s): s is Sentence => s !== undefined);
}

export function summaryText(article: EnrichedArticle, count: number): string {
  return summarySentences(article, count)
    .map((s) => s.text)
    .join(' ');
}
