import type { Sentence } from '../analysis.js';
import { boundedMemo } from '../bounded-memo.js';
import { NOT_PLAIN, PLAIN_CAPITALISED, wordPieces } from './word-pieces.js';
import { ARABIC_ARTICLE } from './keys.js';
import { capitalisedWord, readFacts, type WordFacts } from './word-facts.js';

/** A word or punctuation mark with its offsets into the article text. */
export interface Token {
  text: string;
  /** Lower case, curly apostrophes straightened: the key for every lookup. */
  lower: string;
  start: number;
  end: number;
  sentence: number;
  /** Index within its sentence's tokens. */
  index: number;
  isWord: boolean;
  /** Starts with an upper-case letter (or a digit inside a capitalised run, "Group of Seven"). */
  cap: boolean;
  /** Two or more letters, all upper case ("KCNA", "U.S."). */
  upper: boolean;
  /** "'s" or "’s" split off a name: never part of it. */
  possessive: boolean;
  /** The lexicon's answers for this word, read on the first question (see word-facts). */
  facts?: WordFacts;
}

/** "then-" → "then": a prefix split off a word, read as the word. */
export const withoutTrailingHyphen = (word: string): string => (word.endsWith('-') ? word.slice(0, -1) : word);

/** Known abbreviations that keep their full stop ("Mr.", "Gen.", "Corp."). */
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'adm', 'sen', 'rep', 'gov', 'rev', 'prof', 'jr', 'sr', 'inc', 'corp', 'ltd', 'co', 'no', 'mt', 'ft', 'cmdr', 'brig', 'supt', 'messrs', 'mme', 'vs', 'bros']);

/** "anti-Trump", "mid-March": a lower-case prefix split off a name; an Arabic article stays ("el-Sisi"). */
const LOWER_PREFIX = new RegExp(`^(?!${ARABIC_ARTICLE})(\\p{Ll}+-)(?=\\p{Lu})`, 'u');
/** "Ex-ambassador", "then-president": a mark of a past role, split off whatever case follows. */
const FORMER_PREFIX = /^((?:ex|then|former)-)(?=\p{L})/iu;
const LOWER_SUFFIX = /(?<=\p{L}\.?)(-(?:backed|led|based|born|made|owned|run|controlled|funded|allied|linked|style|era|bound|brokered|occupied|annexed|held|supported|friendly|sponsored|registered|listed|leaning|related|aligned|affiliated|inspired|appointed|endorsed|dominated|focused))$/u;

const POSSESSIVE = /^(.+?)(['’]s)$/u;
const INITIALS = /^(?:\p{L}\.)+$/u;
const LETTER_APOSTROPHE = /\p{L}['’]$/u;
const HAS_LETTER = /\p{L}/u;
const WORD_START = /^[\p{L}\p{N}]/u;
const CAPITAL_START = /^\p{Lu}/u;

/** Starts with a letter or digit; ASCII decided without a regex (this runs for every token). */
function startsWord(piece: string): boolean {
  const c = piece.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return WORD_START.test(piece);
}

function startsCapital(piece: string): boolean {
  const c = piece.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || ((c === 97 || c === 101 || c === 98 || c === 105) && ARTICLE_PREFIXED.test(piece));
  return CAPITAL_START.test(piece);
}

/** Arabic names keep their article or "son of" in lower case before the capital: "el-Sisi", "al-Assad", "bin-Laden". */
const ARTICLE_PREFIXED = new RegExp(`^${ARABIC_ARTICLE}\\p{Lu}`, 'u');

/** Marks a piece holds, found in one pass over its characters (this runs for every word). */
const HYPHEN = 1;
/** ' or ’ */
const APOSTROPHE = 2;
/** Anything a lookup key changes: an ASCII capital, a backtick or a character outside ASCII. */
const NOT_KEY = 4;

function marksOf(piece: string): number {
  let marks = 0;
  for (let i = 0; i < piece.length; i++) {
    const c = piece.charCodeAt(i);
    if (c === 45) marks |= HYPHEN;
    else if (c === 39) marks |= APOSTROPHE;
    else if (c === 0x2019) marks |= APOSTROPHE | NOT_KEY;
    else if ((c >= 65 && c <= 90) || c === 96 || c >= 128) marks |= NOT_KEY;
  }
  return marks;
}

/** Pushes the pieces of one raw word: their texts onto `texts`, their offsets onto `starts`. */
function splitRaw(raw: string, start: number, texts: string[], starts: number[]): void {
  if (raw.length === 1) {
    texts.push(raw);
    starts.push(start);
    return;
  }
  const marks = marksOf(raw);
  let text = raw;
  let at = start;
  let tail = '';
  let stop = '';
  if (marks & HYPHEN) {
    const prefix = LOWER_PREFIX.exec(text) ?? FORMER_PREFIX.exec(text);
    if (prefix?.[1]) {
      texts.push(prefix[1]);
      starts.push(at);
      at += prefix[1].length;
      text = text.slice(prefix[1].length);
    }
    tail = LOWER_SUFFIX.exec(text)?.[1] ?? '';
    // "…were in effect Russian-occupied.": the suffix ends the sentence, its full stop after it.
    if (!tail && text.endsWith('.')) {
      tail = LOWER_SUFFIX.exec(text.slice(0, -1))?.[1] ?? '';
      if (tail) {
        stop = '.';
        text = text.slice(0, -1);
      }
    }
    if (tail) text = text.slice(0, -tail.length);
  }
  // The prefix and suffix split off hold no apostrophe: the raw word's marks still tell.
  const apostrophe = (marks & APOSTROPHE) !== 0;
  const poss = apostrophe ? POSSESSIVE.exec(text) : null;
  if (poss?.[1] && poss[2] && HAS_LETTER.test(poss[1])) {
    texts.push(poss[1], poss[2]);
    starts.push(at, at + poss[1].length);
  } else if (text.length > 1 && text.charCodeAt(text.length - 1) === 46 && !INITIALS.test(text) && !ABBREVIATIONS.has(text.slice(0, -1).toLowerCase())) {
    texts.push(text.slice(0, -1), '.');
    starts.push(at, at + text.length - 1);
  } else if (apostrophe && text.length > 1 && LETTER_APOSTROPHE.test(text)) {
    texts.push(text.slice(0, -1), text.slice(-1));
    starts.push(at, at + text.length - 1);
  } else {
    texts.push(text);
    starts.push(at);
  }
  if (tail) {
    texts.push(tail);
    starts.push(start + raw.length - stop.length - tail.length);
  }
  if (stop) {
    texts.push(stop);
    starts.push(start + raw.length - 1);
  }
}

/** Lower case, curly apostrophes and backticks straightened; a piece that needs neither is its own key. */
function keyOfPiece(piece: string): string {
  if (piece.length === 1 ? piece.charCodeAt(0) < 65 : !(marksOf(piece) & NOT_KEY)) return piece;
  const lower = piece.toLowerCase();
  return lower.includes('’') || lower.includes('`') ? lower.replace(/[’`]/g, "'") : lower;
}

/** Two or more letters and no lower-case one ("KCNA", "U.S."). */
function allCapitals(piece: string): boolean {
  if (piece.length < 2 || piece !== piece.toUpperCase()) return false;
  let letters = 0;
  for (const ch of piece) if (ch !== ch.toLowerCase() && ++letters >= 2) return true;
  return false;
}

/** What a token is for its text alone: everything but where it stands. */
interface Piece {
  text: string;
  lower: string;
  /** Offset from the start of the raw word it was cut from. */
  offset: number;
  isWord: boolean;
  cap: boolean;
  upper: boolean;
  possessive: boolean;
  /** A capitalised piece's facts, read when its word is first cut (see `cutWord`): nearly every one is asked about. */
  facts: WordFacts | undefined;
}

function piecesOf(raw: string): Piece[] {
  const texts: string[] = [];
  const starts: number[] = [];
  splitRaw(raw, 0, texts, starts);
  return texts.map((piece, k) => {
    const possessive = piece.length === 2 && (piece[0] === "'" || piece[0] === '’') && (piece[1] === 's' || piece[1] === 'S');
    const isWord = !possessive && startsWord(piece);
    const cap = isWord && startsCapital(piece);
    const lower = keyOfPiece(piece);
    return { text: piece, lower, offset: starts[k]!, isWord, cap, upper: cap && allCapitals(piece), possessive, facts: undefined };
  });
}

/**
 * Raw words already cut: how a word is cut and read depends on the word alone, and news repeats its words
 * across sentences and articles. The keys it holds are one string per word, so their hashes are worked out
 * once for every lookup after. Emptied when full, so a long-running bot stays bounded.
 */
const cutWord = boundedMemo((raw): Piece[] => {
  const pieces = piecesOf(raw);
  // Not in piecesOf: the one-character pieces cut at load would build the lexicon on import.
  for (const p of pieces) if (p.cap) p.facts = readFacts(p.lower);
  return pieces;
});

/** Pieces of each one-character ASCII word (marks, digits, lone letters), cut once at load. */
const ASCII_CHARS: Piece[][] = Array.from({ length: 128 }, (_, c) => piecesOf(String.fromCharCode(c)));

/** Where the pieces of the sentence being cut are, and their shapes: one list, emptied and filled for each sentence. */
const PIECES: number[] = [];

/** Words and marks of one sentence, with possessives, lower-case prefixes ("then-") and stops split off. */
export function tokenizeSentence(text: string, sentence: Sentence, sentenceIndex: number): Token[] {
  const pieces = wordPieces(text, sentence.start, sentence.end, PIECES);
  const tokens: Token[] = [];
  for (let k = 0; k < pieces.length; k += 3) {
    const at = pieces[k]!;
    const to = pieces[k + 1]!;
    const shape = pieces[k + 2]!;
    if (shape !== NOT_PLAIN) {
      const word = text.slice(at, to);
      if (shape === PLAIN_CAPITALISED) {
        const { lower, facts } = capitalisedWord(word);
        tokens.push({ text: word, lower, start: at, end: to, sentence: sentenceIndex, index: tokens.length, isWord: true, cap: true, upper: false, possessive: false, facts });
      } else {
        tokens.push({ text: word, lower: word, start: at, end: to, sentence: sentenceIndex, index: tokens.length, isWord: true, cap: false, upper: false, possessive: false, facts: undefined });
      }
      continue;
    }
    const c = text.charCodeAt(at);
    for (const p of to - at === 1 && c < 128 ? ASCII_CHARS[c]! : cutWord(text.slice(at, to))) {
      const start = at + p.offset;
      tokens.push({ text: p.text, lower: p.lower, start, end: start + p.text.length, sentence: sentenceIndex, index: tokens.length, isWord: p.isWord, cap: p.cap, upper: p.upper, possessive: p.possessive, facts: p.facts });
    }
  }
  return tokens;
}
