import type { Sentence, TimeExpression } from '../analysis.js';

/** Every time expression resolved against the article's date `YYYY-MM-DD` (placeholder). */
export function extractTimes(_text: string, _sentences: readonly Sentence[], _articleDate: string): TimeExpression[] {
  return [];
}
