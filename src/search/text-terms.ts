import { STOP_WORDS } from './stop-words.js';

/**
 * One normaliser for the index, the queries, the snippets and the entity names, so that "Kim Jong-un",
 * "kim jong un" and "KIM JONG UN" are the same three terms and "Erdoğan" matches "erdogan".
 * A word is letters and digits, possibly joined by apostrophes; dotted acronyms ("U.S.") are one word.
 * Hyphens and other punctuation split words: `scanWords` below finds what the Unicode pattern
 * `(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*` would.
 */
const NON_ASCII = /[^\p{ASCII}]/u;
const MARKS = /\p{M}+/gu;
const MAX_WORD = 40;

/** The text without accents ("Erdoğan" → "Erdogan"), case kept; ASCII text is returned as it is. */
export function withoutAccents(text: string): string {
  return NON_ASCII.test(text) ? text.normalize('NFKD').replace(MARKS, '') : text;
}

/** Lower case without accents. */
function fold(word: string): string {
  return withoutAccents(word.toLowerCase());
}

/**
 * Harman's S-stemmer: plurals meet their singular ("missiles" → "missile", "countries" → "country")
 * without the surprises of a full stemmer. Short words are left alone ("gas", "bus").
 */
export function stem(word: string): string {
  const n = word.length;
  if (n < 4 || word.charCodeAt(n - 1) !== 115) return word;
  if (word.endsWith('ies') && !word.endsWith('eies') && !word.endsWith('aies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('es') && !word.endsWith('aes') && !word.endsWith('ees') && !word.endsWith('oes')) return word.slice(0, -1);
  if (word.endsWith('us') || word.endsWith('ss')) return word;
  return word.slice(0, -1);
}

/**
 * One spelling for the ways a transliterated name ends ("zelenskyy", "zelenskiy" → "zelensky"), so a
 * search by any of them finds the others. English has almost no words ending so.
 */
function foldEnding(word: string): string {
  const n = word.length;
  if (n < 6) return word;
  const a = word.charCodeAt(n - 2);
  const b = word.charCodeAt(n - 1);
  if ((a === 105 || a === 121) && (b === 105 || b === 121) && !(a === 121 && b === 105)) return `${word.slice(0, -2)}y`;
  return word;
}

/** A word as folded text, possessive and apostrophes and acronym dots removed; stop words kept. */
export function plainWord(raw: string): string {
  return foldEnding(plainWordAsWritten(raw));
}

function plainWordAsWritten(raw: string): string {
  // One pass to learn what needs doing: most words need nothing but a lower-case check.
  let upper = false;
  let other = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 65 && c <= 90) upper = true;
    else if (c === 46 || c === 39 || c > 127) other = true;
  }
  let word = upper ? raw.toLowerCase() : raw;
  if (!other) return word;
  if (NON_ASCII.test(word)) word = fold(word);
  if (word.includes('.')) word = word.replace(/\./g, '');
  if (word.includes("'") || word.includes('’')) word = word.replace(/['’]s$/, '').replace(/['’]/g, '');
  return word;
}

/** The index term of one word, or undefined for a stop word or junk. */
export function termOf(raw: string): string | undefined {
  if (raw.length > MAX_WORD) return undefined;
  const word = plainWord(raw);
  if (!word || STOP_WORDS.has(word)) return undefined;
  return stem(word);
}

export function isStopWord(raw: string): boolean {
  return STOP_WORDS.has(plainWord(raw));
}

const ASCII_KIND = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII_KIND[c] = 2;
for (let c = 65; c <= 90; c++) ASCII_KIND[c] = 1;
for (let c = 97; c <= 122; c++) ASCII_KIND[c] = 1;
const OTHER_KIND = new Map<number, number>();

/** 1 for a letter, 2 for another digit or number, 0 otherwise (code point at `i`). */
function kindAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return ASCII_KIND[c]!;
  const cp = text.codePointAt(i)!;
  let kind = OTHER_KIND.get(cp);
  if (kind === undefined) {
    const char = String.fromCodePoint(cp);
    kind = /\p{L}/u.test(char) ? 1 : /\p{N}/u.test(char) ? 2 : 0;
    OTHER_KIND.set(cp, kind);
  }
  return kind;
}

const width = (text: string, i: number) => (text.charCodeAt(i) >= 0xd800 && text.charCodeAt(i) < 0xdc00 ? 2 : 1);
const isApostrophe = (c: number) => c === 39 || c === 8217;

/**
 * Calls `visit` with the start and end of every word, as the WORD pattern above would find them: a
 * hand-written scanner, because the pattern's match objects were most of the cost of indexing.
 */
function scanWords(text: string, visit: (start: number, end: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const kind = kindAt(text, i);
    if (kind === 0) {
      i += width(text, i);
      continue;
    }
    const start = i;
    // A dotted acronym: two or more "letter." pairs ("U.S.").
    let j = i;
    let pairs = 0;
    while (j < n && kindAt(text, j) === 1 && text.charCodeAt(j + width(text, j)) === 46) {
      j += width(text, j) + 1;
      pairs++;
    }
    if (pairs >= 2) {
      visit(start, j);
      i = j;
      continue;
    }
    j = i;
    while (j < n && kindAt(text, j) !== 0) j += width(text, j);
    while (j + 1 < n && isApostrophe(text.charCodeAt(j)) && kindAt(text, j + 1) !== 0) {
      j++;
      while (j < n && kindAt(text, j) !== 0) j += width(text, j);
    }
    visit(start, j);
    i = j;
  }
}

/** Calls `visit` for every word of `text` with its term (undefined for stop words) and its offsets. */
export function forEachWord(text: string, visit: (term: string | undefined, start: number, end: number) => void): void {
  scanWords(text, (start, end) => visit(termOf(text.slice(start, end)), start, end));
}

/** The words of `text` as they appear (surface forms). */
export function wordsOf(text: string): string[] {
  const out: string[] = [];
  scanWords(text, (start, end) => out.push(text.slice(start, end)));
  return out;
}

/** The index terms of `text`, in order, stop words dropped. */
export function termsOf(text: string): string[] {
  const out: string[] = [];
  scanWords(text, (start, end) => {
    const term = termOf(text.slice(start, end));
    if (term !== undefined) out.push(term);
  });
  return out;
}

/** Folded words joined by single spaces, stop words kept: how names and titles are matched as typed. */
export function plainText(text: string): string {
  return wordsOf(text).map(plainWord).filter(Boolean).join(' ');
}

/** A stable key for a facet value ("Associated Press" → "associated-press"). */
export function slug(text: string): string {
  return wordsOf(text).map(plainWord).filter(Boolean).join('-');
}
