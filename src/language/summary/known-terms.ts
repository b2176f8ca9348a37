/**
 * The term of each lower-case word met so far, shared by all articles and found from the word's characters
 * in the text, without slicing a string per word: news repeats its words, so nearly every lookup is a hit
 * and allocates nothing. Open addressing over hashes of the words' code units.
 */

const SLOTS = 1 << 17;
const MASK = SLOTS - 1;
/** Emptied when this full (well under the slots), to bound memory and keep probe runs short on odd input. */
const MAX_WORDS = 1 << 15;

/** Slot → 1 + the index of the word stored there, 0 when empty. */
let slots = new Int32Array(SLOTS);
let hashes = new Int32Array(MAX_WORDS);
let words: string[] = [];
let terms: (string | null)[] = [];

function forget(): void {
  slots = new Int32Array(SLOTS);
  hashes = new Int32Array(MAX_WORDS);
  words = [];
  terms = [];
}

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
 * The term of the lower-case word `lower.slice(start, end)`, whose `hashOf` is `hash`: `termOf` of it,
 * worked out on its first sighting only.
 */
export function knownTerm(lower: string, start: number, end: number, hash: number, termOf: (word: string) => string | null): string | null {
  let slot = hash & MASK;
  for (let at = slots[slot]!; at !== 0; slot = (slot + 1) & MASK, at = slots[slot]!) {
    if (hashes[at - 1] === hash && sameWord(words[at - 1]!, lower, start, end)) return terms[at - 1]!;
  }
  if (words.length >= MAX_WORDS) {
    forget();
    slot = hash & MASK;
  }
  const word = lower.slice(start, end);
  const term = termOf(word);
  hashes[words.length] = hash;
  words.push(word);
  terms.push(term);
  slots[slot] = words.length;
  return term;
}
