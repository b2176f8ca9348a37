import type { TimeExpression } from '../analysis.js';
import { CLAUSE_PUNCTUATION, PRONOUNS, REPORTING, SUBORDINATORS, type Word } from './words.js';

/** A stretch of a sentence with one verb at most, roughly: what a time expression or an actor belongs to. */
export interface Clause {
  words: Word[];
  start: number;
  end: number;
  /** The subordinator or relative pronoun that opened it ("when", "who"), lower case, or ''. */
  opener: string;
  /** Opened after a comma or dash with no subordinator: an appositive or a continuation of the subject's clause. */
  afterPunctuation: boolean;
}

/** The word lies inside one of the time expressions. */
export function inTimes(times: readonly TimeExpression[], w: Word): boolean {
  for (const t of times) if (t.start <= w.start && w.end <= t.end) return true;
  return false;
}

/** A test of words against a sentence's time expressions, made without naming a closure per sentence. */
export const inTimeOf =
  (times: readonly TimeExpression[]) =>
  (w: Word): boolean =>
    inTimes(times, w);

/** "as" opens a clause, except in "such as", "as well as", "as soon as", "as part of". */
function opensClause(words: readonly Word[], i: number): boolean {
  const w = words[i]!;
  if (w.lower === 'as') {
    const before = words[i - 1]?.lower ?? '';
    const after = words[i + 1]?.lower ?? '';
    return !['such', 'well', 'as', 'so', 'just'].includes(before) && !['well', 'soon', 'early', 'late', 'part', 'of', 'many', 'much', 'a'].includes(after);
  }
  if (w.lower === 'and') return PRONOUNS.has(words[i + 1]?.lower ?? '') && words[i + 1]?.lower !== 'its';
  return SUBORDINATORS.has(w.lower);
}

/**
 * Clauses of one sentence's words: a new clause starts at clause punctuation, at a subordinator or
 * relative pronoun, at "and" before a pronoun ("and they shook hands"), and after a verb of saying
 * ("KCNA said | Kim arrived…"). Punctuation inside a time expression ("Jan. 4, 2010") divides nothing.
 * A clause that is only a time expression ("On Monday,") joins the next one.
 */
export function clausesOf(words: readonly Word[], times: readonly TimeExpression[]): Clause[] {
  const clauses: Clause[] = [];
  let current: Clause | undefined;
  let pendingPunctuation = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    // Clause punctuation is one character: most words are passed over without a lookup.
    if (w.text.length === 1 && CLAUSE_PUNCTUATION.has(w.text) && !inTimes(times, w)) {
      current = undefined;
      pendingPunctuation = true;
      continue;
    }
    const opens = opensClause(words, i);
    if (!current || (opens && current.words.length > 0)) {
      const opener = opens ? w.lower : '';
      current = { words: [], start: 0, end: 0, opener, afterPunctuation: pendingPunctuation && !opener };
      clauses.push(current);
      pendingPunctuation = false;
    }
    current.words.push(w);
    if (REPORTING.has(w.lower) && w.lower !== 'according' && w.lower !== 'quoted') current = undefined;
  }
  for (const c of clauses) {
    c.start = c.words[0]?.start ?? 0;
    c.end = c.words.at(-1)?.end ?? 0;
  }
  return mergeBareTimes(clauses, times);
}

/** Words that with a time expression make a clause of nothing else: "On Monday,", "Early last year,". */
const BARE_TIME_WORD = /^(?:on|in|at|by|during|since|last|early|late)$/i;

function mergeBareTimes(clauses: Clause[], times: readonly TimeExpression[]): Clause[] {
  const out: Clause[] = [];
  for (let i = 0; i < clauses.length; i++) {
    const c = clauses[i]!;
    const next = clauses[i + 1];
    const bare = c.words.every((w) => BARE_TIME_WORD.test(w.text) || inTimes(times, w));
    if (bare && next && times.some((t) => t.start >= c.start && t.end <= c.end)) {
      next.words = [...c.words, ...next.words];
      next.start = c.start;
      next.opener = next.opener || c.opener;
      next.afterPunctuation = c.afterPunctuation;
      continue;
    }
    out.push(c);
  }
  return out;
}
