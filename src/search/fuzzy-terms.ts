import type { TermList } from './term-list.js';
/**
 * Close spellings: which index terms are within a few edits of a query word ("putn" → "putin",
 * "vladivostock" → "vladivostok"). Edits are insertions, deletions, substitutions and swaps of two
 * neighbouring letters (optimal string alignment), the usual typing slips. A 32-bit letter mask and
 * the length rule out almost every term before the distance is computed, so a scan of the whole
 * vocabulary takes a few milliseconds even at hundreds of thousands of terms.
 */

/** How many edits a word of this length may take: none under 4 letters, two from 8. */
export function allowedEdits(word: string): number {
  if (word.length < 4) return 0;
  return word.length < 8 ? 1 : 2;
}

export function letterMask(term: string): number {
  let mask = 0;
  for (let i = 0; i < term.length; i++) {
    const c = term.charCodeAt(i);
    if (c >= 97 && c <= 122) mask |= 1 << (c - 97);
    else if (c >= 48 && c <= 57) mask |= 1 << (26 + ((c - 48) % 5));
    else mask |= 1 << 31;
  }
  return mask;
}

export function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/** Edit distance with adjacent swaps, or `max + 1` as soon as it must exceed `max`. */
export function editDistance(a: string, b: string, max: number): number {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max) return max + 1;
  let before = new Int32Array(lb + 1);
  let previous = new Int32Array(lb + 1);
  let current = new Int32Array(lb + 1);
  for (let j = 0; j <= lb; j++) previous[j] = j;
  for (let i = 1; i <= la; i++) {
    current[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= lb; j++) {
      const cb = b.charCodeAt(j - 1);
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (ca === cb ? 0 : 1));
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) value = Math.min(value, before[j - 2]! + 1);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [before, previous, current] = [previous, current, before];
  }
  return previous[lb]! <= max ? previous[lb]! : max + 1;
}

export interface CloseTerm {
  term: string;
  distance: number;
}

/**
 * Terms of `terms[start..end)` within `max` edits of `word` (the word itself excluded). `masks` holds
 * `letterMask` of each term, index for index.
 */
export function closeTerms(word: string, max: number, terms: TermList, masks: ArrayLike<number>, start = 0, end = terms.length): CloseTerm[] {
  const out: CloseTerm[] = [];
  if (max <= 0) return out;
  const mask = letterMask(word);
  const length = word.length;
  for (let i = start; i < end; i++) {
    // The letters first: a term is cut from its text only when read.
    if (popcount(mask ^ masks[i]!) > 2 * max) continue;
    const term = terms.at(i)!;
    if (Math.abs(term.length - length) > max || term === word) continue;
    const distance = editDistance(word, term, max);
    if (distance <= max) out.push({ term, distance });
  }
  return out;
}
