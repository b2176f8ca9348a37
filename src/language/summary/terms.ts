import { HASH_START, hashAdd, hashOf, knownTerm, startArticle, termName } from './known-terms.js';

/**
 * Sentence words reduced to comparable terms: lower case, function words dropped, light suffix folding
 * ("talks"/"talk", "launched"/"launch"), so two sentences about the same thing share terms.
 */

const FUNCTION_WORDS = new Set(
  `a about above after again against all also am an and any are as at be because been before being below between
  both but by can could did do does doing down during each few for from further had has have having he her here
  hers herself him himself his how i if in into is it its itself just me more most my myself no nor not now of off
  on once only or other our ours ourselves out over own same she should so some such than that the their theirs
  them themselves then there these they this those through to too under until up very was we were what when where
  which while who whom why will with would you your yours yourself s t don said says say told added according
  mr mrs ms dr one two three year years new also last first may might must shall us per cent percent its it's
  about around still even much many well back way make made get got like including since however`.split(/\s+/),
);


/** Plural and verb endings folded, enough for overlap counting (not a linguistic stemmer). */
export function foldTerm(word: string): string {
  return foldLower(word.toLowerCase());
}

const isApostrophe = (ch: string | undefined): boolean => ch === "'" || ch === '’';

/** `foldTerm` of a word already in lower case; suffixes tested without regexes (this runs for every word). */
function foldLower(lower: string): string {
  let w = lower;
  // A trailing "'s" or "'" goes.
  if (isApostrophe(w[w.length - 1])) w = w.slice(0, -1);
  else if (w.endsWith('s') && isApostrophe(w[w.length - 2])) w = w.slice(0, -2);
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  return w;
}

const NUMBER = /^\p{N}+$/u;

/** The content terms of a text, in order, repeats kept. */
export function contentTerms(text: string): string[] {
  startArticle();
  return scanTerms(text).terms.map(termName);
}

/** `scanTerms` of one article's sentences: their term numbers agree (see `startArticle`). */
export function scanSentences(texts: readonly string[]): { terms: number[]; words: number }[] {
  startArticle();
  return texts.map(scanTerms);
}

/**
 * Lower-casing a whole text equals lower-casing each of its words apart, bar two exceptions: "İ" grows to two
 * code units (offsets would shift) and "Σ" depends on the letters around it (final sigma). Without them the
 * text is lower-cased once and its words sliced from that, not each word sliced and lower-cased again.
 */
const CASE_NEEDS_WORD = /[\u0130\u03a3]/;

/** A lower-case word's term, or null for a word that is none (a function word, a short number). */
function termOf(lower: string): string | null {
  if (FUNCTION_WORDS.has(lower)) return null;
  const n = lower.length;
  // "it's", "one’s": a function word with a possessive.
  const possessive = n > 2 && lower.charCodeAt(n - 1) === 115 /* s */ && isApostrophe(lower[n - 2]);
  if ((possessive && FUNCTION_WORDS.has(lower.slice(0, -2))) || (n < 3 && NUMBER.test(lower))) return null;
  return foldLower(lower);
}

/** A text's content terms (as `contentTerms`, by number) and its word count (as `wordCount`), from one scan. */
function scanTerms(text: string): { terms: number[]; words: number } {
  if (CASE_NEEDS_WORD.test(text)) return scanTermsWordByWord(text);
  const terms: number[] = [];
  const lower = text.toLowerCase();
  // As `scanWords`, with each word's hash taken as its characters are read.
  let words = 0;
  let start = -1;
  let hash = HASH_START;
  for (let i = 0; i < text.length; i++) {
    const at = i;
    let code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      code = text.codePointAt(i)!;
      if (code > 0xffff) i++;
    }
    const cls = classOf(code);
    if (start >= 0) {
      if (cls !== OTHER) {
        for (let k = at; k <= i; k++) hash = hashAdd(hash, lower.charCodeAt(k));
        continue;
      }
      const term = knownTerm(lower, start, at, hash, termOf);
      if (term >= 0) terms.push(term);
      start = -1;
    }
    if (cls === START) {
      words++;
      start = at;
      hash = HASH_START;
      for (let k = at; k <= i; k++) hash = hashAdd(hash, lower.charCodeAt(k));
    }
  }
  if (start >= 0) {
    const term = knownTerm(lower, start, text.length, hash, termOf);
    if (term >= 0) terms.push(term);
  }
  return { terms, words };
}

/** `scanTerms` of a text whose words must be lower-cased one by one (see `CASE_NEEDS_WORD`). */
function scanTermsWordByWord(text: string): { terms: number[]; words: number } {
  const terms: number[] = [];
  const words = scanWords(text, (start, end) => {
    const lower = text.slice(start, end).toLowerCase();
    const term = knownTerm(lower, 0, lower.length, hashOf(lower, 0, lower.length), termOf);
    if (term >= 0) terms.push(term);
  });
  return { terms, words };
}

const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
const START = 1;
const INNER = 2;
const OTHER = 3;
/**
 * How each code unit of the Basic Multilingual Plane reads (a word's start, only inside one, or neither),
 * filled in as met: the Unicode test runs once per character, not once per occurrence.
 */
const BMP_CLASS = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) {
  const alnum = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  BMP_CLASS[c] = alnum ? START : c === 39 || c === 45 ? INNER : OTHER;
}
BMP_CLASS[0x2019] = INNER;

function classOf(code: number): number {
  if (code < 0x10000) {
    const known = BMP_CLASS[code]!;
    if (known) return known;
    return (BMP_CLASS[code] = LETTER_OR_NUMBER.test(String.fromCharCode(code)) ? START : OTHER);
  }
  return LETTER_OR_NUMBER.test(String.fromCodePoint(code)) ? START : OTHER;
}

/** Words of a text, for length checks: the count of `WORD` matches, without building them. */
export function wordCount(text: string): number {
  return scanWords(text);
}

/**
 * The words of a text (a letter or digit, then letters, digits, apostrophes and hyphens: what a global
 * Unicode regex of those classes matches), read without a regex since this runs over every sentence: their
 * count, and each one's start and end offsets given to `onWord` when given.
 */
function scanWords(text: string, onWord?: (start: number, end: number) => void): number {
  let count = 0;
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const at = i;
    let code = text.charCodeAt(i);
    // A surrogate pair is read as one code point, as `for…of` would.
    if (code >= 0xd800 && code <= 0xdbff) {
      code = text.codePointAt(i)!;
      if (code > 0xffff) i++;
    }
    const cls = classOf(code);
    if (start >= 0) {
      if (cls !== OTHER) continue;
      onWord?.(start, at);
      start = -1;
    }
    if (cls === START) {
      count++;
      start = at;
    }
  }
  if (start >= 0) onWord?.(start, text.length);
  return count;
}
