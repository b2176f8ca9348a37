/** A word of a sentence with its offsets into the article text. */
export interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
}

const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;

/** What a character is to the word scanner. */
const WORD = 1;
const PERCENT = 2;
/** A full stop, hyphen or apostrophe inside a word ("U.S", "al-Assad", "O’Neill"). */
const JOINER = 3;
/** Clause punctuation that is a word of its own: , ; : ( ) “ ” " — – */
const PUNCTUATION = 4;
const OTHER = 5;

/**
 * The class of each code unit of the Basic Multilingual Plane, filled in as met: the Unicode test runs
 * once per character, not once per occurrence.
 */
const BMP_CLASS = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) BMP_CLASS[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? WORD : OTHER;
BMP_CLASS[37] = PERCENT;
for (const c of [46, 45, 39, 0x2019]) BMP_CLASS[c] = JOINER;
for (const c of [44, 59, 58, 40, 41, 0x201c, 0x201d, 34, 0x2014, 0x2013]) BMP_CLASS[c] = PUNCTUATION;

function classOf(code: number): number {
  if (code < 0x10000) {
    const known = BMP_CLASS[code]!;
    if (known) return known;
    return (BMP_CLASS[code] = LETTER_OR_NUMBER.test(String.fromCharCode(code)) ? WORD : OTHER);
  }
  return LETTER_OR_NUMBER.test(String.fromCodePoint(code)) ? WORD : OTHER;
}

/** A code unit that lower-casing may change: an ASCII capital or anything beyond ASCII. */
const mayChangeCase = (code: number): boolean => code >= 128 || (code >= 65 && code <= 90);

/**
 * Words and clause punctuation of `text`, offsets shifted by `base` (the sentence's start); read without a
 * regex. A word is letters and numbers, with joiners and "%" between, ending on a letter, number or "%"
 * (what /[\p{L}\p{N}][\p{L}\p{N}'’.%-]*[\p{L}\p{N}%]|[\p{L}\p{N}]/u matches); a surrogate pair is one character.
 */
export function wordsOf(text: string, base: number): Word[] {
  const out: Word[] = [];
  for (let i = 0; i < text.length; ) {
    let code = text.charCodeAt(i);
    let size = 1;
    if (code >= 0xd800 && code <= 0xdbff) {
      code = text.codePointAt(i)!;
      if (code > 0xffff) size = 2;
    }
    const cls = classOf(code);
    if (cls === PUNCTUATION) {
      // Lower-casing leaves these marks as they are.
      const mark = text.slice(i, i + size);
      out.push({ text: mark, lower: mark, start: base + i, end: base + i + size });
      i += size;
      continue;
    }
    if (cls !== WORD) {
      i += size;
      continue;
    }
    let end = i + size;
    // Whether any character read may change in lower case: most words are plain lower-case ASCII.
    let cased = mayChangeCase(code);
    for (let j = end; j < text.length; ) {
      let next = text.charCodeAt(j);
      let nextSize = 1;
      if (next >= 0xd800 && next <= 0xdbff) {
        next = text.codePointAt(j)!;
        if (next > 0xffff) nextSize = 2;
      }
      const nextClass = classOf(next);
      if (nextClass === WORD || nextClass === PERCENT) end = j + nextSize;
      else if (nextClass !== JOINER) break;
      if (mayChangeCase(next)) cased = true;
      j += nextSize;
    }
    // "Ukraine's" is the word "Ukraine", but a phrase ending on it keeps its "'s".
    const whole = text.slice(i, end);
    const n = whole.length;
    const possessive = n >= 2 && whole.charCodeAt(n - 1) === 115 && (whole[n - 2] === "'" || whole[n - 2] === '’');
    const raw = possessive ? whole.slice(0, -2) : whole;
    out.push({ text: raw, lower: cased ? raw.toLowerCase() : raw, start: base + i, end: base + end });
    i = end;
  }
  return out;
}

/**
 * Index of the first of `words` (in text order) that starts at or after `offset`, -1 if none: what
 * `words.findIndex((w) => w.start >= offset)` gives, found by halving (it is asked for every mention).
 */
export function firstWordFrom(words: readonly Word[], offset: number): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]!.start >= offset) hi = mid;
    else lo = mid + 1;
  }
  return lo < words.length ? lo : -1;
}

/** Only the letters a to z, at least one: checked without a regex (this runs for every word). */
export function isPlainLower(word: string): boolean {
  if (word.length === 0) return false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean));

export const CLAUSE_PUNCTUATION = set(', ; : ( ) “ ” " — –');
/** Words that open a clause of their own. */
export const SUBORDINATORS = set('when while whereas who whom whose which where because although though after before since until unless if but');
/** Verbs of saying: the report is not the event, the reported clause is. */
export const REPORTING = set(
  'said says say told tells reported reports added adds according quoted stated noted announced claimed insisted argued warned admitted explained replied revealed confirmed showed shows suggested believed believes thinks thought',
);
export const PRONOUNS = set('he she they it his her their its who which');
export const LOCATIVE = set('at in to toward towards into near from on across inside outside within off via through');
export const PREPOSITIONS = set(
  'at in to toward towards into near from on across inside outside within off via through by for with over during after before since as amid under against among between about without upon',
);
export const DETERMINERS = set('the a an this that these those his her its their our some several two three four five');

const IRREGULAR_PAST = set(
  'met held began became brought bought came caught chose drew drove fell fought found fled flew gave got grew hit kept knew led left lost made paid ran rose sank saw sent shot sold sought spent spoke stood struck swept took taught threw won wrote broke built cut stole swore tore woke wore withdrew overtook undertook ' +
    // Past participles that differ from the past tense ("was sworn in by", "had been taken").
    'sworn taken written driven chosen spoken broken stolen beaten begun flown grown thrown drawn withdrawn risen fallen shaken hidden ridden frozen overtaken undertaken forgiven forbidden',
);
/** "-ed" words that are no event verbs: adjectives, nouns, helpers. */
const NOT_EVENT_VERBS = set(
  'need indeed hundred speed red bed based limited united related concerned interested supposed armed detailed advanced skilled so-called unexpected alleged proposed expected scheduled planned aged',
);
const BE_HAVE = set('is are was were be been being has have had do does did');

/** A finite past-tense verb or past participle of an event ("arrived", "met", "was arrested"); not "high-speed". */
export function isPastVerb(w: Word): boolean {
  // The shape first: most words end in no "ed" and are no irregular past, and need no other lookup.
  if (!((w.lower.length >= 4 && w.lower.endsWith('ed')) || IRREGULAR_PAST.has(w.lower)) || !isPlainLower(w.text)) return false;
  return !REPORTING.has(w.lower) && !BE_HAVE.has(w.lower) && !NOT_EVENT_VERBS.has(w.lower);
}

export const isAuxiliary = (w: Word | undefined): boolean => !!w && BE_HAVE.has(w.lower);

const IRREGULAR_GERUNDS: Record<string, string> = {
  making: 'made', holding: 'held', meeting: 'met', taking: 'took', giving: 'gave', sending: 'sent', beginning: 'began',
  leaving: 'left', running: 'ran', building: 'built', bringing: 'brought', shooting: 'shot', striking: 'struck',
  selling: 'sold', buying: 'bought', winning: 'won', losing: 'lost', fighting: 'fought', flying: 'flew', seeing: 'saw',
  putting: 'put', setting: 'set', cutting: 'cut', hitting: 'hit', spending: 'spent', leading: 'led', speaking: 'spoke',
};

/** "launching" → "launched", "shelling" → "shelled", "carrying" → "carried", "holding" → "held". */
export function pastOfGerund(word: string): string {
  const lower = word.toLowerCase();
  if (IRREGULAR_GERUNDS[lower]) return IRREGULAR_GERUNDS[lower];
  const stem = lower.slice(0, -3);
  // Verbs losing a final e ("firing") come back right with "ed": fir + ed = fired.
  if (/[^aeiou]y$/.test(stem)) return `${stem.slice(0, -1)}ied`;
  return `${stem}ed`;
}
