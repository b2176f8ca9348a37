import { ownString } from '../own-string.js';

/**
 * The term of each lower-case word met so far, shared by all articles and found from the word's characters
 * in the text, without slicing a string per word: news repeats its words, so nearly every lookup is a hit
 * and allocates nothing. Open addressing over hashes of the words' code units. Each term has a number
 * (`termName` gives its text back), so the summariser counts terms in arrays, not in a map per article.
 */

const SLOTS = 1 << 17;
const MASK = SLOTS - 1;
/** Emptied when this full (well under the slots), to bound memory and keep probe runs short on odd input. */
const MAX_WORDS = 1 << 15;
/** Term numbers are given afresh, between articles (`startArticle`), once this many are given. */
const MAX_TERMS = 1 << 16;

/** Slot → 1 + the index of the word stored there, 0 when empty. */
let slots = new Int32Array(SLOTS);
let hashes = new Int32Array(MAX_WORDS);
let words: string[] = [];
/** Per word: its term's number, -1 for a word that is no term. */
let termOfWord = new Int32Array(MAX_WORDS);
/**
 * Term numbers outlive the word table (emptied mid-article, a word's term is looked up again under the
 * same number), so the numbers of one article's sentences always agree.
 */
let numberOfTerm = new Map<string, number>();
let termNames: string[] = [];

function forget(): void {
  slots = new Int32Array(SLOTS);
  hashes = new Int32Array(MAX_WORDS);
  words = [];
  termOfWord = new Int32Array(MAX_WORDS);
}

/** Called before an article's sentences are scanned: the one point where term numbers may be given afresh. */
export function startArticle(): void {
  if (termNames.length < MAX_TERMS) return;
  forget();
  numberOfTerm = new Map();
  termNames = [];
}

/** How many term numbers are given: every number is below it. */
export const termCount = (): number => termNames.length;

/** The text of term number `id`. */
export const termName = (id: number): string => termNames[id]!;

/** The hash of no code unit yet, and one more code unit added to a hash (FNV-1a). */
export const HASH_START = 0x811c9dc5;
export const hashAdd = (hash: number, code: number): number => Math.imul(hash ^ code, 0x01000193);

/** Hash of `text`'s code units from `start` to `end`. */
export function hashOf(text: string, start: number, end: number): number {
  let h = HASH_START;
  for (let i = start; i < end; i++) h = hashAdd(h, text.charCodeAt(i));
  return h;
}

function sameWord(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let i = start, k = 0; i < end; i++, k++) if (word.charCodeAt(k) !== text.charCodeAt(i)) return false;
  return true;
}

/**
 * The term number of the lower-case word `lower.slice(start, end)`, whose `hashOf` is `hash` (-1 when
 * `termOf` gives no term): `termOf` is asked on the word's first sighting only.
 */
export function knownTerm(lower: string, start: number, end: number, hash: number, termOf: (word: string) => string | null): number {
  let slot = hash & MASK;
  for (let at = slots[slot]!; at !== 0; slot = (slot + 1) & MASK, at = slots[slot]!) {
    if (hashes[at - 1] === hash && sameWord(words[at - 1]!, lower, start, end)) return termOfWord[at - 1]!;
  }
  if (words.length >= MAX_WORDS) {
    forget();
    slot = hash & MASK;
  }
  // Kept past this article: a copy, not a view that would keep the article's text.
  const word = ownString(lower.slice(start, end));
  const term = termOf(word);
  let id = -1;
  if (term !== null) {
    id = numberOfTerm.get(term) ?? -1;
    if (id < 0) {
      id = termNames.length;
      numberOfTerm.set(term, id);
      termNames.push(term);
    }
  }
  hashes[words.length] = hash;
  termOfWord[words.length] = id;
  words.push(word);
  slots[slot] = words.length;
  return id;
}
