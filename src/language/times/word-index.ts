/**
 * Where each word of a text starts, and where the words rules anchor on stand. A word here is what a
 * non-Unicode regex calls one: a run of [A-Za-z0-9_], so a rule's `\b…\b` words are whole words of
 * this index, and an ASCII letter never matches any other letter case-insensitively.
 */
export interface WordIndex {
  /** Start of every word, in text order. */
  starts: number[];
  /** Word number (index into `starts`) of each occurrence of each vocabulary word, lower case. */
  at: Map<string, number[]>;
}

/** 1 at the ASCII codes of [A-Za-z0-9_]. */
const WORD_CHAR = new Uint8Array(128);
for (let c = 0; c < 128; c++) WORD_CHAR[c] = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 ? 1 : 0;

/** A hash of a word read case-blind (ASCII letters folded to lower case), so most words are passed over without making a string. */
function foldedHash(text: string, from: number, to: number): number {
  let h = 0;
  for (let i = from; i < to; i++) h = (Math.imul(h, 31) + (text.charCodeAt(i) | 32)) | 0;
  return h;
}

/** The words to index (lower case), with what `wordIndex` needs to pass over the others cheaply. */
export interface Vocabulary {
  words: ReadonlySet<string>;
  hashes: ReadonlySet<number>;
  /** 1 at the low 16 bits of each word's hash: a typed-array look-up that turns most other words away before the set. */
  hashBits: Uint8Array;
  longest: number;
}

export function vocabularyOf(words: Iterable<string>): Vocabulary {
  const set = new Set(words);
  const list = [...set];
  const hashes = new Set(list.map((w) => foldedHash(w, 0, w.length)));
  const hashBits = new Uint8Array(1 << 16);
  for (const h of hashes) hashBits[h & 0xffff] = 1;
  return { words: set, hashes, hashBits, longest: Math.max(0, ...list.map((w) => w.length)) };
}

/** One pass over `text`; only words of the vocabulary are kept by name. */
export function wordIndex(text: string, vocabulary: Vocabulary): WordIndex {
  const starts: number[] = [];
  const at = new Map<string, number[]>();
  const { hashBits, longest } = vocabulary;
  const length = text.length;
  for (let i = 0; i < length; ) {
    const c = text.charCodeAt(i);
    if (c >= 128 || WORD_CHAR[c] === 0) {
      i++;
      continue;
    }
    // The word's end and its `foldedHash`, in one pass over its characters.
    let end = i + 1;
    let hash = c | 32;
    for (; end < length; end++) {
      const d = text.charCodeAt(end);
      if (d >= 128 || WORD_CHAR[d] === 0) break;
      hash = (Math.imul(hash, 31) + (d | 32)) | 0;
    }
    if (end - i <= longest && hashBits[hash & 0xffff] === 1 && vocabulary.hashes.has(hash)) {
      const word = text.slice(i, end).toLowerCase();
      if (vocabulary.words.has(word)) {
        const list = at.get(word);
        if (list) list.push(starts.length);
        else at.set(word, [starts.length]);
      }
    }
    starts.push(i);
    i = end;
  }
  return { starts, at };
}

/**
 * Where a match may start when every match holds one of `words` whole, with at most `before` words of
 * the match ahead of it: the start of that word and of the `before` words preceding it. Ascending, no repeats.
 */
export function anchoredStarts(index: WordIndex, words: ReadonlySet<string>, before: number): number[] {
  const numbers: number[] = [];
  // Whichever is shorter: the anchor words, or the vocabulary words the text holds.
  if (words.size <= index.at.size) {
    for (const word of words) {
      const list = index.at.get(word);
      if (list) for (const n of list) numbers.push(n);
    }
  } else for (const [word, list] of index.at) if (words.has(word)) for (const n of list) numbers.push(n);
  numbers.sort((a, b) => a - b);
  // Each anchor with the words before it; ranges of ascending anchors overlap only with the last one.
  const out: number[] = [];
  let next = 0;
  for (const n of numbers) {
    for (let k = Math.max(next, n - before); k <= n; k++) out.push(index.starts[k]!);
    if (n + 1 > next) next = n + 1;
  }
  return out;
}
