import type { Day } from './calendar.js';
import type { Candidate } from './candidate.js';
import type { Lean } from './lean.js';
import type { TimeValue } from './time-value.js';

/** What a rule may consult to resolve its match: the article's date and which way a sentence leans. */
export interface RuleContext {
  ref: Day;
  leanAt(offset: number): Lean;
  /** The expression at `offset` follows "before", "by", "until" or "ahead of": a limit, looking ahead. */
  aheadAt(offset: number): boolean;
  /** Index of the sentence holding `offset`. */
  sentenceAt(offset: number): number;
}

/** One pattern of news time expressions (global, mostly case-insensitive) and how to resolve a match. */
export interface TimeRule<C extends RuleContext = RuleContext> {
  /** A cheap test the text must pass before the pattern is tried (most articles name no quarter). */
  gate?: RegExp;
  pattern: RegExp;
  resolve(match: RegExpExecArray, ctx: C): TimeValue | undefined;
}

export function runRules<C extends RuleContext>(text: string, rules: readonly TimeRule<C>[], ctx: C): Candidate[] {
  const out: Candidate[] = [];
  for (const rule of rules) {
    if (rule.gate && !rule.gate.test(text)) continue;
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(text); m; m = rule.pattern.exec(text)) {
      const value = rule.resolve(m, ctx);
      if (!value) continue;
      out.push({ start: m.index, end: m.index + m[0].length, value, source: 'rule' });
    }
  }
  return out;
}

export const YEAR = String.raw`(?:1[6-9]\d\d|20\d\d)`;
export const MONTH = String.raw`(?:jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|june?|july?|aug(?:ust|\.)?|sep(?:tember|t\.?|\.)?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?)`;
export const ORDINAL = String.raw`(?:first|second|third|fourth|1st|2nd|3rd|4th|final)`;
export const NUMBER_WORD = String.raw`(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const ORDINALS: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4 };
const NUMBERS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};

export const monthNumber = (word: string): number => MONTHS.indexOf(word.slice(0, 3).toLowerCase()) + 1;
export const ordinalNumber = (word: string): number => ORDINALS[word.toLowerCase()] ?? 0;
export const countNumber = (word: string): number => (/^\d+$/.test(word) ? Number(word) : (NUMBERS[word.toLowerCase()] ?? 0));

/** A lower-cased, space-normalised modifier word from a match group ("this  past" → "this past"). */
export const norm = (word: string | undefined): string => (word ?? '').toLowerCase().replace(/[\s-]+/g, ' ').trim();
