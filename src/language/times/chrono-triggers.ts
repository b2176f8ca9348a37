/**
 * Where the words chrono's parsers need stand in a text, found in one pass for all of them: a regex
 * scan per word list cost as much as the parser scans they spare. Words are found at every position,
 * inside other words too ("12march", "midnight"), case-blind for ASCII letters only, as chrono's
 * non-Unicode case-blind patterns read them.
 */
export const TRIGGER_WORDS = {
  digits: [],
  month: ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'],
  weekday: ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'week'],
  relativeWord: ['this', 'last', 'past', 'next', 'after'],
  relative: ['this', 'last', 'past', 'next', 'after', '+', '-'],
  casualDate: ['now', 'today', 'tonight', 'tomorrow', 'overmorrow', 'tmr', 'yesterday', 'last'],
  casualTime: ['morning', 'afternoon', 'evening', 'night', 'midnight', 'midday', 'noon'],
  endOfMonth: ['month'],
  ago: ['ago', 'before', 'earlier'],
} as const;

export type Trigger = keyof typeof TRIGGER_WORDS;
const TRIGGERS = Object.keys(TRIGGER_WORDS) as Trigger[];

/** Per trigger, the spans of its words (and of digit runs), flat: start, end, start, end…; ends never decrease. */
export type TriggerSpans = Record<Trigger, number[]>;

/** Per ASCII code: what the scan does at it. */
const OTHER = 0;
const DIGIT = 1;
const SPACE = 2;
const LETTER = 3;
const SINGLE = 4;
const kind = new Uint8Array(128);
for (let c = 48; c <= 57; c++) kind[c] = DIGIT;
for (let c = 65; c <= 90; c++) kind[c] = kind[c | 32] = LETTER;
for (const c of [9, 10, 11, 12, 13, 32]) kind[c] = SPACE;

/** The trigger words (of two letters or more, lower case), each with the triggers (numbers in TRIGGERS) it stands for. */
const words: { codes: number[]; triggers: number[] }[] = [];
/**
 * By a word's first three letters (5 bits each, case folded), its first index in `words`; `nextOfStem`
 * links the others of the same three. Every word has three letters or more.
 */
const firstOfStem = new Int16Array(1 << 15).fill(-1);
const nextOfStem: number[] = [];
const stemOf = (a: number, b: number, c: number): number => ((a & 31) << 10) | ((b & 31) << 5) | (c & 31);
const singles: number[][] = [];
TRIGGERS.forEach((trigger, n) => {
  for (const word of TRIGGER_WORDS[trigger] as readonly string[]) {
    const codes = [...word].map((ch) => ch.charCodeAt(0));
    if (codes.length === 1) {
      kind[codes[0]!] = SINGLE;
      (singles[codes[0]!] ??= []).push(n);
      continue;
    }
    if (codes.length < 3) throw new Error(`trigger word "${word}": words are looked up by their first three letters`);
    const same = words.find((w) => w.codes.join() === codes.join());
    if (same) {
      same.triggers.push(n);
      continue;
    }
    const stem = stemOf(codes[0]!, codes[1]!, codes[2]!);
    words.push({ codes, triggers: [n] });
    nextOfStem.push(firstOfStem[stem]!);
    firstOfStem[stem] = words.length - 1;
  }
});

/** What a non-Unicode `\s` matches beyond ASCII. */
function isWideSpace(c: number): boolean {
  return c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function add(spans: number[], start: number, end: number): void {
  const last = spans.length ? spans[spans.length - 1]! : 0;
  spans.push(start, end > last ? end : last);
}

/** The words of the stem starting at `i` that stand there whole, added to their triggers' spans. */
function addWordsAt(text: string, i: number, first: number, spans: number[][]): void {
  for (let w = first; w >= 0; w = nextOfStem[w]!) {
    const { codes, triggers } = words[w]!;
    let n = 3;
    for (; n < codes.length; n++) {
      const c = text.charCodeAt(i + n);
      if ((c >= 65 && c <= 90 ? c | 32 : c) !== codes[n]) break;
    }
    if (n === codes.length) for (const t of triggers) add(spans[t]!, i, i + n);
  }
}

/** The spans of every trigger in `text`, or null when it has a whitespace or digit run longer than `longestRun`. */
export function triggerSpans(text: string, longestRun: number): TriggerSpans | null {
  const spans: number[][] = TRIGGERS.map(() => []);
  const digits = spans[TRIGGERS.indexOf('digits')]!;
  const length = text.length;
  let spaceRun = 0;
  for (let i = 0; i < length; ) {
    const c = text.charCodeAt(i);
    const k = c < 128 ? kind[c]! : isWideSpace(c) ? SPACE : OTHER;
    if (k === LETTER) {
      // A run of letters, each three of them looked up (words stand inside others: "12march", "midnight").
      let stem = c & 31;
      let j = i + 1;
      for (; j < length; j++) {
        const d = text.charCodeAt(j);
        if (d >= 128 || kind[d] !== LETTER) break;
        stem = ((stem << 5) | (d & 31)) & 0x7fff;
        if (j - i < 2) continue;
        const first = firstOfStem[stem]!;
        if (first >= 0) addWordsAt(text, j - 2, first, spans);
      }
      spaceRun = 0;
      i = j;
    } else if (k === DIGIT) {
      let j = i + 1;
      while (j < length && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
      if (j - i > longestRun) return null;
      add(digits, i, j);
      spaceRun = 0;
      i = j;
    } else if (k === SPACE) {
      if (++spaceRun > longestRun) return null;
      i++;
    } else {
      if (k === SINGLE) for (const t of singles[c]!) add(spans[t]!, i, i + 1);
      spaceRun = 0;
      i++;
    }
  }
  return Object.fromEntries(TRIGGERS.map((t, n) => [t, spans[n]])) as TriggerSpans;
}
