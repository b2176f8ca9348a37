import type { Sentence, TimeExpression } from '../analysis.js';
import { endsAsSentence } from '../sentence-end.js';

/**
 * Pages dated by their first publication and updated since: an explainer "published 2012-05-10" that says
 * "Finland joined in April 2023" and "Sweden became a member in March 2024". Its day dates none of what it
 * says: "1 day ago" and "late February" are not of 2012, and "President Volodymyr Zelensky" is no 2012 title.
 */

/** Words of a sentence that looks ahead, whose later dates are plans ("will", "is expected to", "by 2030"). */
const AHEAD = /\b(?:will|would|could|may|might|plans?|planned|expected|aims?|targets?|goals?|scheduled|set to|next|upcoming|forecasts?|projected|due|likely|until|by)\b/i;
/** Two sentences, so one misread date or a slip of the writer's does not make the whole page undatable. */
const TELLING_SENTENCES = 2;

/**
 * Whether the article's own sentences tell, as done, of months after its date: a time of a day, week or
 * month that writes a later year, in a whole sentence (not a caption, which a page adds as it is updated
 * without touching the story, nor a table row) that does not look ahead.
 */
export function updatedLater(text: string, sentences: readonly Sentence[], times: readonly TimeExpression[], articleDate: string): boolean {
  const year = Number(articleDate.slice(0, 4));
  const telling = new Set<number>();
  for (const t of times) {
    if (t.granularity !== 'day' && t.granularity !== 'week' && t.granularity !== 'month') continue;
    const written = /(?<!\d)(?:19|20)\d\d(?!\d)/.exec(text.slice(t.start, t.end));
    if (!written || Number(written[0]) <= year) continue;
    const sentence = sentences[t.sentence];
    if (!sentence || sentence.caption || !endsAsSentence(sentence.text) || AHEAD.test(sentence.text)) continue;
    telling.add(t.sentence);
    if (telling.size >= TELLING_SENTENCES) return true;
  }
  return false;
}
