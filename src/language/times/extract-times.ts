import type { Sentence, TimeExpression } from '../analysis.js';
import { anaphoraRules } from './anaphora-rules.js';
import { anchorsFrom } from './anchors.js';
import { calendarRules } from './calendar-rules.js';
import { parseDay } from './calendar.js';
import { settleOverlaps } from './candidate.js';
import { chronoCandidates } from './chrono-times.js';
import { leanAt, limitAt, tellsOfPast, type Lean } from './lean.js';
import { holidayRules } from './holiday-rules.js';
import { periodRules } from './period-rules.js';
import { spelledYearRules } from './spelled-year-rules.js';
import { daysAsStated } from './stated-days.js';
import { anchorVocabulary, runRules, type RuleContext } from './rule-kit.js';
import { vagueRules } from './vague-rules.js';
import { wordIndex } from './word-index.js';

const explicitRules = [...periodRules, ...calendarRules, ...spelledYearRules, ...holidayRules, ...vagueRules];
const vocabulary = anchorVocabulary([...explicitRules, ...anaphoraRules]);

/** Index of the sentence holding `offset` (the one before, for the space between sentences). */
function sentenceAt(sentences: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((sentences[mid]?.start ?? 0) <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * Every time expression of an article, resolved against its date `YYYY-MM-DD` and leaning to the past
 * as news does. Chrono reads days, dates, months and times of day (in bounded pieces); our
 * rules add what it lacks (years alone, weeks, quarters, seasons, decades, vague references) and
 * expressions that lean on an earlier one ("the quarter", "a year earlier", "that year").
 */
export function extractTimes(text: string, sentences: readonly Sentence[], articleDate: string): TimeExpression[] {
  const ref = parseDay(articleDate);
  const past = new Map<number, boolean>();
  const leanOf = (offset: number): Lean => {
    const i = sentenceAt(sentences, offset);
    const sentence = sentences[i];
    if (!sentence) return 'open';
    let tells = past.get(i);
    if (tells === undefined) past.set(i, (tells = tellsOfPast(sentence.text)));
    return leanAt(sentence.text, offset - sentence.start, tells);
  };
  const aheadAt = (offset: number): boolean => {
    const sentence = sentences[sentenceAt(sentences, offset)];
    return !!sentence && limitAt(sentence.text, offset - sentence.start);
  };
  const ctx: RuleContext = { ref, leanAt: leanOf, aheadAt, sentenceAt: (offset) => sentenceAt(sentences, offset) };
  const words = wordIndex(text, vocabulary);
  const explicit = daysAsStated(text, settleOverlaps([...chronoCandidates(text, ref, leanOf, aheadAt), ...runRules(text, explicitRules, ctx, words)]));
  const anaphoric = runRules(text, anaphoraRules, { ...ctx, anchors: anchorsFrom(text, explicit, ref) }, words);
  return settleOverlaps([...explicit, ...anaphoric]).map((c) => ({
    start: c.start,
    end: c.end,
    text: text.slice(c.start, c.end),
    sentence: sentenceAt(sentences, c.start),
    value: c.value.value,
    granularity: c.value.granularity,
  }));
}
