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
  return scanTerms(text).terms;
}

/**
 * Lower-casing a whole text equals lower-casing each of its words apart, bar two exceptions: "İ" grows to two
 * code units (offsets would shift) and "Σ" depends on the letters around it (final sigma). Without them the
 * text is lower-cased once and its words sliced from that, not each word sliced and lower-cased again.
 */
const CASE_NEEDS_WORD = /[\u0130\u03a3]/;

/** A text's content terms (as `contentTerms`) and its word count (as `wordCount`), from one scan. */
export function scanTerms(text: string): { terms: string[]; words: number } {
  const terms: string[] = [];
  const spans: number[] = [];
  const words = scanWords(text, spans);
  const lowerText = CASE_NEEDS_WORD.test(text) ? undefined : text.toLowerCase();
  for (let k = 0; k < spans.length; k += 2) {
    const lower = lowerText ? lowerText.slice(spans[k], spans[k + 1]) : text.slice(spans[k], spans[k + 1]).toLowerCase();
    if (FUNCTION_WORDS.has(lower)) continue;
    const n = lower.length;
    // "it's", "one’s": a function word with a possessive.
    const possessive = n > 2 && lower.charCodeAt(n - 1) === 115 /* s */ && isApostrophe(lower[n - 2]);
    if ((possessive && FUNCTION_WORDS.has(lower.slice(0, -2))) || (n < 3 && NUMBER.test(lower))) continue;
    terms.push(foldLower(lower));
  }
  return { terms, words };
}

const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
const WORD_INNER = /[\p{L}\p{N}'’-]/u;

function isWordStart(code: number, ch: string): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return LETTER_OR_NUMBER.test(ch);
}

function isWordInner(code: number, ch: string): boolean {
  if (code < 128) return isWordStart(code, ch) || code === 39 || code === 45;
  return code === 0x2019 || WORD_INNER.test(ch);
}

/** Words of a text, for length checks: the count of `WORD` matches, without building them. */
export function wordCount(text: string): number {
  return scanWords(text);
}

/**
 * The words of a text (a letter or digit, then letters, digits, apostrophes and hyphens: what a global
 * Unicode regex of those classes matches), read without a regex since this runs over every sentence: their
 * count, and their start and end offsets pushed in pairs onto `spans` when given.
 */
function scanWords(text: string, spans?: number[]): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const at = i;
    let code = text.charCodeAt(i);
    let ch = '';
    // ASCII is decided on the code alone; anything else is read as a whole code point, as `for…of` would.
    if (code >= 128) {
      code = text.codePointAt(i)!;
      ch = String.fromCodePoint(code);
      if (code > 0xffff) i++;
    }
    if (inWord) {
      inWord = isWordInner(code, ch);
      if (!inWord) spans?.push(at);
    }
    if (!inWord && isWordStart(code, ch)) {
      inWord = true;
      count++;
      spans?.push(at);
    }
  }
  if (inWord) spans?.push(text.length);
  return count;
}
