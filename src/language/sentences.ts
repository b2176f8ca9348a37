import type { Sentence } from './analysis.js';
import { furnitureOf } from './page-furniture.js';

/*
 * A news-aware sentence splitter: one regex scan per line, deciding at each "terminal mark + closing quotes +
 * whitespace" whether a sentence ends. No NLP library: it runs on every article at ingestion.
 */

/** Titles before a name never end a sentence ("Gen. Mark Milley", "Mr. Kim"). */
const TITLES = new Set(
  'mr mrs ms mssrs messrs dr prof gen lt col maj capt cmdr adm sgt cpl pvt brig sen rep gov pres supt insp det rev hon fr amb atty'.split(' '),
);
/** Mid-sentence by nature: something always follows ("Arsenal vs. Chelsea", "e.g. fruit"). */
const NEVER_FINAL = new Set('vs v cf approx ca viz incl esp e.g i.e al'.split(' '));
/** Before a number only ("No. 10 Downing Street", "Art. 5", "p. 12"); elsewhere a plain word ("He said no."). */
const BEFORE_NUMBER = new Set('no nos art fig figs vol vols p pp ch sec para op nr'.split(' '));
/** Months read as "Sept. 12"; before a word they may also end a sentence ("…since Sept. The…"). */
const MONTHS = new Set('jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '));
/** Abbreviations that often end a sentence as well as sit inside one ("Apple Inc. said" / "…at Apple Inc. The"). */
const AMBIGUOUS = new Set('inc corp ltd co plc llc bros jr sr st mt ft ave rd blvd dept univ assn est'.split(' '));
/** Words that open a new sentence after an ambiguous abbreviation ("…in the U.S. The move…"). */
const STARTERS = new Set(
  `the a an it its he she they we i you his her their our my this that these those there here but and or so yet
  in on at by for from with after before during since until when while where if as although though however
  meanwhile also still now then some many most other others one both all each no not mr mrs ms what who why how`.split(/\s+/),
);
/** "… he said." style attributions that keep a quoted question or exclamation in the same sentence. */
const ATTRIBUTION =
  /^(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}(?:said|says|asked|asks|added|adds|told|wrote|writes|warned|insisted|explained|declared|replied|shouted|cried|urged|argued|noted|stated)(?=[.,;!?]|$)/u;

const OPENERS = `"'“‘«([\``;
const CANDIDATE = /([.!?…]+)(["'”’»)\]]*)(\s+)/g;

function continuesInLowerCase(next: string): boolean {
  // Most sentences open on an ASCII capital, digit or quote: no lower-case letter, no pattern needed.
  const c = next.charCodeAt(0);
  if (c < 97 || (c > 122 && c < 128)) return false;
  // Brands like "eBay" and "iPod" open sentences with a lower-case letter.
  return /^\p{Ll}/u.test(next) && !/^\p{Ll}{1,2}\p{Lu}/u.test(next);
}

/** The token just before the terminal mark, without its opening quotes or brackets. */
function wordBefore(line: string, end: number, sentenceStart: number): { word: string; first: boolean } {
  let start = end;
  while (start > sentenceStart && !isSpace(line, start - 1)) start--;
  let word = line.slice(start, end);
  while (word && OPENERS.includes(word[0]!)) word = word.slice(1);
  // First in its sentence when only spaces, bullets or dashes come before it.
  let lead = sentenceStart;
  while (lead < start && BULLET_OR_SPACE.test(line[lead]!)) lead++;
  return { word, first: lead === start };
}
const BULLET_OR_SPACE = /[\s•*–—-]/;

/** `/\s/` at one character, without the pattern for printable ASCII (most characters). */
function isSpace(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c > 32 && c < 127 ? false : /\s/.test(text[at]!);
}

/** `bare` is `next` without its opening quotes or brackets; its first word is read only here, as few marks need it. */
function ambiguousEnd(next: string, bare: string): boolean {
  if (/^["'“‘«`]/u.test(next)) return true; // a quote opens; a bracket rarely does ("10 a.m. (0735 GMT)")
  const nextWord = /^[\p{L}\p{N}][\p{L}\p{N}'’-]*/u.exec(bare)?.[0] ?? '';
  return STARTERS.has(nextWord.toLowerCase()) && !/^\p{Lu}\./u.test(next);
}

/** Longer than any listed abbreviation (titles, months, "approx"…): only a dotted acronym is read further. */
const LONGEST_LISTED = 6;

function endsAfterPeriod(word: string, first: boolean, next: string, bare: string): boolean {
  // "then-U.S." is read as "U.S."
  word = word.slice(Math.max(word.lastIndexOf('-'), word.lastIndexOf('/')) + 1);
  if (word === '') return true; // tokenised text: "… victory ."
  // Most full stops follow a plain word: every test below would let it end the sentence.
  if (word.length > LONGEST_LISTED && !word.includes('.')) return true;
  // An acronym in capitals is a plain word: "patients with MS. Final approval…" (not "Ms.").
  if (/^\p{Lu}{2,}$/u.test(word)) return true;
  const lower = word.toLowerCase();
  if (/^\p{N}{1,3}$/u.test(word) && first) return false; // "1. Ministers met…" (a numbered item)
  if (TITLES.has(lower) || NEVER_FINAL.has(lower)) return false;
  if (/^\p{Lu}$/u.test(word)) return ambiguousEnd(next, bare); // an initial: "( P. Simmons 4-38 )"
  if (BEFORE_NUMBER.has(lower)) return !/^\p{N}/u.test(next);
  if (MONTHS.has(lower)) return !/^\p{N}/u.test(next) && ambiguousEnd(next, bare);
  if (AMBIGUOUS.has(lower)) return ambiguousEnd(next, bare);
  // Initials ("George W. Bush", "J. R. R. Tolkien") and dotted acronyms ("U.S.", "p.m.", "Ph.D.").
  if (/^\p{L}$/u.test(word) || /^(?:\p{L}{1,2}\.)+\p{L}{1,2}$/u.test(word)) return ambiguousEnd(next, bare);
  return true;
}

/** Does a sentence end at this terminal mark? `next` is the text after the whitespace. */
function endsHere(line: string, mark: string, closers: string, markStart: number, sentenceStart: number, next: string): boolean {
  const bare = next.replace(/^[("'“‘«`[]+/u, '');
  if (continuesInLowerCase(bare)) return false; // "“Why?” he asked."
  if (closers !== '' && /[”"'’»]/.test(closers) && ATTRIBUTION.test(next)) return false; // "“We will win!” Smith said."
  if (closers !== '' || (mark !== '.' && /[!?…]|\.\./.test(mark))) return true;
  const { word, first } = wordBefore(line, markStart, sentenceStart);
  return endsAfterPeriod(word, first, next, bare);
}

function pushSentence(out: Sentence[], text: string, start: number, end: number, paragraph: number): void {
  while (start < end && isSpace(text, start)) start++;
  while (end > start && isSpace(text, end - 1)) end--;
  if (end > start) out.push({ start, end, text: text.slice(start, end), paragraph });
}

/** One line (or soft-wrapped run of lines) at `offset` in `text`: its sentences. */
function splitLine(text: string, offset: number, line: string, paragraph: number, out: Sentence[]): void {
  let sentenceStart = 0;
  for (const m of line.matchAll(CANDIDATE)) {
    const markStart = m.index;
    const afterSpace = markStart + m[0].length;
    if (afterSpace >= line.length) break; // the line's end closes the sentence anyway
    const [, mark = '', closers = ''] = m;
    if (!endsHere(line, mark, closers, markStart, sentenceStart, line.slice(afterSpace, afterSpace + 60))) continue;
    pushSentence(out, text, offset + sentenceStart, offset + markStart + mark.length + closers.length, paragraph);
    sentenceStart = afterSpace;
  }
  pushSentence(out, text, offset + sentenceStart, offset + line.length, paragraph);
}

/**
 * Sentences with offsets into `text`, each `text.slice(start, end)`. Paragraphs are separated by a blank line;
 * a line break also ends a sentence (headlines, list items, lines without a full stop) unless the next line
 * carries on in lower case (a soft wrap).
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  // Paragraphs found by hand, not by a pattern tried at every character: a text runs between line breaks
  // that only spaces or tabs and another break (or the text's end) follow.
  let start = 0;
  for (let nl = text.indexOf('\n'); ; nl = text.indexOf('\n', nl + 1)) {
    if (nl >= 0 && !endsParagraph(text, nl)) continue;
    const end = nl < 0 ? text.length : nl;
    if (end > start) paragraph = splitBlock(text, start, text.slice(start, end), paragraph, out);
    if (nl < 0) return out;
    start = nl + 1;
  }
}

/** Is the line break at `at` followed by a blank line or the text's end? */
function endsParagraph(text: string, at: number): boolean {
  for (let k = at + 1; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c !== 32 && c !== 9) return c === 10;
  }
  return true;
}

/** One paragraph's sentences, added to `out`; the next paragraph's number. */
function splitBlock(text: string, offset: number, block: string, paragraph: number, out: Sentence[]): number {
  if (!/\S/.test(block)) return paragraph;
  const furniture = furnitureOf(block);
  if (furniture === 'skip') return paragraph + 1;
  const first = out.length;
  if (!block.includes('\n')) splitLine(text, offset, block, paragraph, out);
  else {
    for (const line of block.split(/\n(?![ \t]*\p{Ll})/u)) {
      splitLine(text, offset, line, paragraph, out);
      offset += line.length + 1;
    }
  }
  if (furniture === 'caption') for (let k = first; k < out.length; k++) out[k]!.caption = true;
  return paragraph + 1;
}
