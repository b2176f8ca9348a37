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
function wideWidthIf(s: string, i: number, test: RegExp): number {
  const ch = String.fromCodePoint(s.codePointAt(i)!);
  return test.test(ch) ? ch.length : 0;
}

// Each test decides ASCII inline, without a function passed in: this runs for every character.
function letterAt(s: string, i: number): number {
  if (i >= s.length) return 0;
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;
  return wideWidthIf(s, i, LETTER);
}

function letterOrNumberAt(s: string, i: number): number {
  if (i >= s.length) return 0;
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) ? 1 : 0;
  return wideWidthIf(s, i, LETTER_OR_NUMBER);
}

function wordCharAt(s: string, i: number): number {
  if (i >= s.length) return 0;
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) ? 1 : 0;
  return wideWidthIf(s, i, WORD_CHAR);
}

function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return SPACE.test(String.fromCharCode(c));
}

const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;
/** - ' ’ . & */
const isJoiner = (c: number): boolean => c === 45 || c === 39 || c === 0x2019 || c === 46 || c === 38;

/** End of "(?:\p{L}\.){2,}" from `i`, or -1. */
function initialsEnd(s: string, i: number): number {
  let j = i;
  let pairs = 0;
  for (let w = letterAt(s, j); w > 0 && s.charCodeAt(j + w) === 46; w = letterAt(s, j)) {
    j += w + 1;
    pairs++;
  }
  return pairs >= 2 ? j : -1;
}

/** End of "[\p{L}\p{M}\p{N}]+(?:[-'’.&][\p{L}\p{M}\p{N}]+)*\.?" from `i` (which starts a word character). */
function wordEnd(s: string, i: number): number {
  let j = i;
  for (let w = wordCharAt(s, j); w > 0; w = wordCharAt(s, j)) j += w;
  while (j + 1 < s.length && isJoiner(s.charCodeAt(j))) {
    const w = wordCharAt(s, j + 1);
    if (w === 0) break;
    j += 1 + w;
    for (let v = wordCharAt(s, j); v > 0; v = wordCharAt(s, j)) j += v;
  }
  return s.charCodeAt(j) === 46 ? j + 1 : j;
}

/** Start and end of each piece of `s`, in order, as a flat list (start, end, start, end…) of offsets into `s`. */
export function wordPieceBounds(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; ) {
    const c = s.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    let end: number;
    if (isApostrophe(c) && s.charCodeAt(i + 1) === 115 && letterOrNumberAt(s, i + 2) === 0) end = i + 2;
    else if (letterAt(s, i) > 0) {
      end = initialsEnd(s, i);
      if (end < 0) end = wordEnd(s, i);
    } else if (wordCharAt(s, i) > 0) end = wordEnd(s, i);
    else end = i + (c < 0xd800 || c > 0xdbff ? 1 : String.fromCodePoint(s.codePointAt(i)!).length);
    out.push(i, end);
    i = end;
  }
  return out;
}
