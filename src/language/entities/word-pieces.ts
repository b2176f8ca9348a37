/**
 * The raw pieces a sentence is cut into before tokens are made: what
 * /['’]s(?![\p{L}\p{N}])|(?:\p{L}\.){2,}|[\p{L}\p{M}\p{N}]+(?:[-'’.&][\p{L}\p{M}\p{N}]+)*\.?|\S/gu
 * matches, read by hand because this runs over every character of every article (the regex and its
 * match objects were a fifth of entity extraction).
 */

const LETTER = /^\p{L}/u;
const LETTER_OR_NUMBER = /^[\p{L}\p{N}]/u;
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]/u;
/** What \s matches besides ASCII whitespace (all in the Basic Multilingual Plane). */
const SPACE = /^\s/u;

/** Width in code units of the code point at `i` (not ASCII) when it passes `test`, else 0. */
function wideWidthIf(s: string, i: number, end: number, test: RegExp): number {
  const ch = charAt(s, i, end);
  return test.test(ch) ? ch.length : 0;
}

/** The character at `i`, a surrogate pair cut by `end` read as its lone half. */
const charAt = (s: string, i: number, end: number): string => (i + 1 < end ? String.fromCodePoint(s.codePointAt(i)!) : s[i]!);

// Each test decides ASCII inline, without a function passed in: this runs for every character.
function letterAt(s: string, i: number, end: number): number {
  if (i >= end) return 0;
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;
  return wideWidthIf(s, i, end, LETTER);
}

function letterOrNumberAt(s: string, i: number, end: number): number {
  if (i >= end) return 0;
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) ? 1 : 0;
  return wideWidthIf(s, i, end, LETTER_OR_NUMBER);
}

function wordCharAt(s: string, i: number, end: number): number {
  if (i >= end) return 0;
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) ? 1 : 0;
  return wideWidthIf(s, i, end, WORD_CHAR);
}

function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return SPACE.test(String.fromCharCode(c));
}

const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;
/** - ' ’ . & */
const isJoiner = (c: number): boolean => c === 45 || c === 39 || c === 0x2019 || c === 46 || c === 38;

/** End of "(?:\p{L}\.){2,}" from `i`, or -1. */
function initialsEnd(s: string, i: number, end: number): number {
  let j = i;
  let pairs = 0;
  for (let w = letterAt(s, j, end); w > 0 && j + w < end && s.charCodeAt(j + w) === 46; w = letterAt(s, j, end)) {
    j += w + 1;
    pairs++;
  }
  return pairs >= 2 ? j : -1;
}

/** End of "[\p{L}\p{M}\p{N}]+(?:[-'’.&][\p{L}\p{M}\p{N}]+)*\.?" from `i` (which starts a word character). */
function wordEnd(s: string, i: number, end: number): number {
  let j = i;
  for (let w = wordCharAt(s, j, end); w > 0; w = wordCharAt(s, j, end)) j += w;
  while (j + 1 < end && isJoiner(s.charCodeAt(j))) {
    const w = wordCharAt(s, j + 1, end);
    if (w === 0) break;
    j += 1 + w;
    for (let v = wordCharAt(s, j, end); v > 0; v = wordCharAt(s, j, end)) j += v;
  }
  return j < end && s.charCodeAt(j) === 46 ? j + 1 : j;
}

/** Shapes of plain ASCII pieces, told while they are read, so the tokenizer need not scan each word again. */
export const NOT_PLAIN = 0;
/** Lower-case letters and digits only, the most common word: one piece that is its own key. */
export const PLAIN_LOWER = 1;
/** A capital and then lower-case letters or digits ("The", "Trump"): one piece, capitalised, not in capitals. */
export const PLAIN_CAPITALISED = 2;

const isLowerOrDigit = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);

function plainShape(s: string, from: number, to: number): number {
  const first = s.charCodeAt(from);
  const capital = first >= 65 && first <= 90;
  if (!capital && !isLowerOrDigit(first)) return NOT_PLAIN;
  for (let i = from + 1; i < to; i++) if (!isLowerOrDigit(s.charCodeAt(i))) return NOT_PLAIN;
  return !capital ? PLAIN_LOWER : to - from > 1 ? PLAIN_CAPITALISED : NOT_PLAIN;
}

/**
 * Start and end of each piece of `s` from `from` to `to` (the whole of it by default), read as if nothing
 * stood outside them, in order, as a flat list (start, end, start, end…) of offsets into `s`.
 */
export function wordPieceBounds(s: string, from = 0, to = s.length): number[] {
  const pieces = wordPieces(s, from, to, []);
  const out: number[] = [];
  for (let k = 0; k < pieces.length; k += 3) out.push(pieces[k]!, pieces[k + 1]!);
  return out;
}

/**
 * `wordPieceBounds` with each piece's plain shape after its bounds (start, end, shape…), written over
 * `out` (a list kept for reuse: this runs for every sentence).
 */
export function wordPieces(s: string, from: number, to: number, out: number[]): number[] {
  out.length = 0;
  for (let i = from; i < to; ) {
    const c = s.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    // Most words are plain ASCII ended by a space or mark that cannot go on a word: read at once, shape and all.
    const capital = c >= 65 && c <= 90;
    if (capital || isLowerOrDigit(c)) {
      let j = i + 1;
      while (j < to && isLowerOrDigit(s.charCodeAt(j))) j++;
      const next = j < to ? s.charCodeAt(j) : 32;
      if (next < 128 && !isLowerOrDigit(next) && !(next >= 65 && next <= 90) && !isJoiner(next)) {
        out.push(i, j, !capital ? PLAIN_LOWER : j - i > 1 ? PLAIN_CAPITALISED : NOT_PLAIN);
        i = j;
        continue;
      }
    }
    let end: number;
    if (isApostrophe(c) && i + 1 < to && s.charCodeAt(i + 1) === 115 && letterOrNumberAt(s, i + 2, to) === 0) end = i + 2;
    else if (letterAt(s, i, to) > 0) {
      end = initialsEnd(s, i, to);
      if (end < 0) end = wordEnd(s, i, to);
    } else if (wordCharAt(s, i, to) > 0) end = wordEnd(s, i, to);
    else end = i + (c < 0xd800 || c > 0xdbff ? 1 : charAt(s, i, to).length);
    out.push(i, end, plainShape(s, i, end));
    i = end;
  }
  return out;
}
