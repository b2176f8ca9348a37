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

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

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
  longest: number;
}

export function vocabularyOf(words: Iterable<string>): Vocabulary {
  const set = new Set(words);
  const list = [...set];
  return { words: set, hashes: new Set(list.map((w) => foldedHash(w, 0, w.length))), longest: Math.max(0, ...list.map((w) => w.length)) };
}

/** One pass over `text`; only words of the vocabulary are kept by name. */
export function wordIndex(text: string, vocabulary: Vocabulary): WordIndex {
  const starts: number[] = [];
  const at = new Map<string, number[]>();
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    if (!isWordChar(c)) {
      i++;
      continue;
    }
    // The word's end and its `foldedHash`, in one pass over its characters.
    let end = i + 1;
    let hash = c | 32;
    for (; end < text.length; end++) {
      const d = text.charCodeAt(end);
      if (!isWordChar(d)) break;
      hash = (Math.imul(hash, 31) + (d | 32)) | 0;
    }
    if (end - i <= vocabulary.longest && vocabulary.hashes.has(hash)) {
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
export function anchoredStarts(index: WordIndex, words: readonly string[], before: number): number[] {
  const numbers: number[] = [];
  for (const word of words) {
    const list = index.at.get(word);
    if (!list) continue;
    for (const n of list) for (let k = Math.max(0, n - before); k <= n; k++) numbers.push(k);
  }
  numbers.sort((a, b) => a - b);
  const out: number[] = [];
  for (let i = 0; i < numbers.length; i++) if (i === 0 || numbers[i] !== numbers[i - 1]) out.push(index.starts[numbers[i]!]!);
  return out;
}
