import type { Day } from './calendar.js';
import type { Candidate } from './candidate.js';
import type { Lean } from './lean.js';
import type { TimeValue } from './time-value.js';
import { anchoredStarts, vocabularyOf, type Vocabulary, type WordIndex } from './word-index.js';

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
  /** Set by `anchored`: the words every match holds, so the pattern is tried only near them. */
  anchors?: Anchors;
  resolve(match: RegExpExecArray, ctx: C): TimeValue | undefined;
}

interface Anchors {
  words: ReadonlySet<string>;
  before: number;
  /** The pattern tried at one position only. */
  sticky: RegExp;
}

/**
 * A rule whose every match holds one of `words` (space-separated, lower case) as a whole word, with at
 * most `before` words of the match ahead of it. Its pattern is then tried only at those words' starts
 * instead of scanned over the whole text (the scans were half of time extraction); the matches are the
 * same, for a pattern that starts a match only at the start of a word. No Unicode flag: words are ASCII.
 */
export function anchored<C extends RuleContext>(words: string, before: number, rule: TimeRule<C>): TimeRule<C> {
  const sticky = new RegExp(rule.pattern.source, rule.pattern.flags.replace('g', '') + 'y');
  return { ...rule, anchors: { words: new Set(words.split(' ')), before, sticky } };
}

/** Every anchor word of `rules`, for `wordIndex`. */
export function anchorVocabulary(rules: readonly TimeRule<never>[]): Vocabulary {
  return vocabularyOf(rules.flatMap((r) => [...(r.anchors?.words ?? [])]));
}

/** Per text (its word index), what each gate (by its source and flags) said of it: rules share gates. */
const gateVerdicts = new WeakMap<WordIndex, Map<string, boolean>>();

/** Each gate's key, made once: equal gates of different rules share it. */
const gateKeys = new WeakMap<RegExp, string>();

function passes(gate: RegExp, text: string, words: WordIndex): boolean {
  let verdicts = gateVerdicts.get(words);
  if (!verdicts) gateVerdicts.set(words, (verdicts = new Map()));
  let key = gateKeys.get(gate);
  if (key === undefined) gateKeys.set(gate, (key = gate.flags + '/' + gate.source));
  let verdict = verdicts.get(key);
  if (verdict === undefined) verdicts.set(key, (verdict = gate.test(text)));
  return verdict;
}

function push(out: Candidate[], m: RegExpExecArray, value: TimeValue | undefined): void {
  if (value) out.push({ start: m.index, end: m.index + m[0].length, value, source: 'rule' });
}

/**
 * The matches a global scan would find, in order: leftmost first, the next from the end of the last. The
 * gate, which scans the whole text, is asked only once a match is found: most tries at the anchors match nothing.
 */
function runAnchored<C extends RuleContext>(text: string, rule: TimeRule<C>, anchors: Anchors, ctx: C, words: WordIndex, out: Candidate[]): void {
  const starts = anchoredStarts(words, anchors.words, anchors.before);
  let from = 0;
  let gated = !rule.gate;
  for (const start of starts) {
    if (start < from) continue;
    anchors.sticky.lastIndex = start;
    const m = anchors.sticky.exec(text);
    if (!m) continue;
    if (!gated) {
      if (!passes(rule.gate!, text, words)) return;
      gated = true;
    }
    from = start + m[0].length;
    push(out, m, rule.resolve(m, ctx));
  }
}

/** Candidates of every rule; `words` must index `text` with every anchor word of `rules`. */
export function runRules<C extends RuleContext>(text: string, rules: readonly TimeRule<C>[], ctx: C, words: WordIndex): Candidate[] {
  const out: Candidate[] = [];
  for (const rule of rules) {
    if (rule.anchors) {
      runAnchored(text, rule, rule.anchors, ctx, words, out);
      continue;
    }
    if (rule.gate && !passes(rule.gate, text, words)) continue;
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(text); m; m = rule.pattern.exec(text)) push(out, m, rule.resolve(m, ctx));
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
