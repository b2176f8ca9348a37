import { FUNCTION_WORDS } from '../gazetteer/common-words.js';
import { CREDIT_NAMES, SENTENCE_VERBS, STYLES_OF_ADDRESS } from '../gazetteer/credits.js';
import { FORMER_MARKS, HONORIFICS, PORTFOLIO_HEADS, PORTFOLIO_WORDS, ROLE_MODIFIERS } from '../gazetteer/titles.js';
import { keyAt, knownAt } from './candidate.js';
import { withoutTrailingHyphen, type Token } from './tokens.js';
import { factsOf, LONGEST_TITLE_FROM, TITLES } from './word-facts.js';


/** Length of the longest title ("secretary of state", "prime minister", "gen.") starting at `i`, or 0. */
export function titleAt(ts: readonly Token[], i: number): number {
  const first = ts[i];
  if (!first) return 0;
  // A capitalised word's answer is kept with its other facts; lower-case words are not worth a record of their own.
  const longest = first.cap || first.facts ? factsOf(first).longestTitle : (LONGEST_TITLE_FROM.get(first.lower) ?? 0);
  for (let n = Math.min(longest, ts.length - i); n >= 1; n--) {
    if (TITLES.has(keyAt(ts, i, n))) return n;
  }
  return 0;
}

export const isHonorific = (t: Token | undefined): boolean => !!t && HONORIFICS.has(t.lower);

/** A word that may sit inside a role before its head: "Foreign", "former", "Russian", "U.S.". */
function qualifierAt(ts: readonly Token[], i: number): number {
  const t = ts[i]!;
  if (ROLE_MODIFIERS.has(t.lower) || FORMER_MARKS.has(withoutTrailingHyphen(t.lower))) return 1;
  if (t.possessive) return 1;
  if (CREDIT_NAMES.has(t.lower)) return 0;
  return knownAt(ts, i, (known) => known.kind !== 'person' && known.kind !== 'place')?.[0] ?? 0;
}

/** "of Russia", "of the Republic of Korea" after a title head: part of the title. */
function ofPlaceAt(ts: readonly Token[], i: number): number {
  if (ts[i]?.lower !== 'of') return 0;
  const at = ts[i + 1]?.lower === 'the' ? i + 2 : i + 1;
  const n = knownAt(ts, at, (known) => known.kind !== 'person' && known.kind !== 'demonym')?.[0];
  return n ? at + n - i : 0;
}

/** "of Finance", "for Foreign Affairs", "of the Interior" after "Minister" or "Secretary": part of the title. */
export function portfolioAt(ts: readonly Token[], i: number): number {
  const link = ts[i]?.lower;
  if ((link !== 'of' && link !== 'for') || !PORTFOLIO_HEADS.has(ts[i - 1]?.lower ?? '')) return 0;
  let end = 0;
  for (let k = i + 1; k < ts.length; k++) {
    const t = ts[k]!;
    const connector = t.lower === 'and' || t.lower === 'of' || t.lower === 'the';
    if (!PORTFOLIO_WORDS.has(t.lower) || (!t.cap && !connector)) break;
    if (t.cap && !connector) end = k + 1;
  }
  return end > 0 ? end - i : 0;
}

/**
 * How many words at the start of a capitalised run are a role ("Russian President" in "Russian President
 * Vladimir Putin", "U.S. Secretary of State"): 0 when the run opens with no title.
 */
export function rolePrefixLength(ts: readonly Token[]): number {
  let lastHead = -1;
  let i = 0;
  while (i < ts.length) {
    const title = titleAt(ts, i);
    if (title) {
      i += title;
      i += ofPlaceAt(ts, i) || portfolioAt(ts, i);
      lastHead = i - 1;
      continue;
    }
    const q = qualifierAt(ts, i);
    if (q) {
      i += q;
      continue;
    }
    // An unknown name may qualify a role ("Tesla CEO Elon Musk") when a title follows closely.
    // …but a sentence word ("When", "But", "Read"), a style ("His Holiness") or a credit ("AP") does not.
    const word = ts[i]!.lower;
    if (factsOf(ts[i]!).given || lastHead >= 0) break;
    if (FUNCTION_WORDS.has(word) || SENTENCE_VERBS.has(word) || CREDIT_NAMES.has(word) || STYLES_OF_ADDRESS.has(word)) break;
    let k = i + 1;
    while (k < ts.length && k <= i + 2 && !titleAt(ts, k)) k++;
    if (k < ts.length && titleAt(ts, k) && k <= i + 2) {
      i = k;
      continue;
    }
    break;
  }
  return lastHead + 1;
}
