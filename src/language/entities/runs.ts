import { CALENDAR_WORDS, FUNCTION_WORDS, NAME_CONNECTORS } from '../gazetteer/common-words.js';
import { NOT_ENTITIES } from '../gazetteer/credits.js';
import { lexicon } from '../gazetteer/lexicon.js';
import { ORG_FIRST_WORDS, ORG_LAST_WORDS } from '../gazetteer/organisations.js';
import { keyAt, knownAt } from './candidate.js';
import { PORTFOLIO_HEADS } from '../gazetteer/titles.js';
import { rolePrefixLength, titleAt } from './role-words.js';
import type { Token } from './tokens.js';
import { factsOf } from './word-facts.js';

/** Words asked about one at a time. */
export interface WordSet {
  has(word: string): boolean;
}

/** A stretch of capitalised words (with "of", "de", "bin"… inside) in one sentence: [from, to). */
export interface Run {
  from: number;
  to: number;
}

const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '-', '–', '—', ':', ';', '…', '*', '•']);

/** True where a word opens its sentence (or a quotation or clause after a colon), so its capital says nothing. */
export function opensSentence(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const t = tokens[k]!;
    if (t.isWord) return false;
    if (OPENERS.has(t.text)) return true;
    if (t.text === ',') return false;
    // "Washington (CNN) When President…": a one-word bracket closing a dateline ends it, as a dash does.
    if (t.text === ')' && tokens[k - 1]?.isWord && tokens[k - 2]?.text === '(') return true;
  }
  return true;
}

/** Verbs that open a question before a name; "May" and "Will" also open names and are left to the rules below. */
const QUESTION_VERBS = new Set(['is', 'are', 'was', 'were', 'do', 'does', 'did', 'has', 'have', 'had', 'can', 'could', 'should', 'would', 'must']);

/** A capitalised word at a sentence start that is an ordinary English word ("Meanwhile", "Since", "Trailing"). */
export function isCommonOpener(tokens: readonly Token[], i: number, lowerWords: WordSet, midCaps: ReadonlySet<string>): boolean {
  const t = tokens[i]!;
  const lex = lexicon();
  const nextCap = !!tokens[i + 1]?.cap;
  if (nextCap && (titleAt(tokens, i) > 0 || opensShortPhrase(tokens, i))) return false;
  // "Social Security checks…": the opener belongs to a name that is no entity, read whole and dropped.
  if (nextCap && NOT_ENTITIES.has(keyAt(tokens, i, Math.min(2, tokens.length - i)))) return false;
  if (midCaps.has(t.lower) && !FUNCTION_WORDS.has(t.lower)) return false;
  if (opensCapitalisedRole(tokens, i)) return false;
  // "Is Boris Johnson's time…?", "Did Lena Hofer know?": a question's verb ("IS", the group, is in capitals).
  if (QUESTION_VERBS.has(t.lower) && !t.upper) return true;
  // "Van der Westhuizen", "De Wilde", "Al Hussein": a particle opening a name.
  const after = tokens[i + 1];
  if (NAME_CONNECTORS.has(t.lower) && after && (after.cap || NAME_CONNECTORS.has(after.lower))) return false;
  const facts = factsOf(t);
  if (facts.phrase || facts.given) {
    // "Will", "May", "Mark": a name only when another capitalised word follows.
    return facts.common && !nextCap;
  }
  if (facts.common || lowerWords.has(t.lower)) return true;
  if (!nextCap && isCommonPlural(t, lowerWords)) return true;
  if (t.lower.includes('-')) return t.lower.split('-').every((part) => lex.commonWords.has(part) || lowerWords.has(part));
  return t.text.length > 5 && /(?:ing|ly)$/.test(t.lower) && !t.upper && !midCaps.has(t.lower) && !facts.surname;
}

/**
 * Opens a known phrase of two or three words. Known phrases open with a known prefix: most openers are
 * answered without the keys. (A module function, not a closure made per call: this runs for every opener.)
 */
function opensShortPhrase(tokens: readonly Token[], i: number): boolean {
  if (!factsOf(tokens[i]!).prefix) return false;
  const phrases = lexicon().phrases;
  return phrases.has(keyAt(tokens, i, Math.min(2, tokens.length - i))) || phrases.has(keyAt(tokens, i, Math.min(3, tokens.length - i)));
}

/** Plural agent nouns: people named by what they do ("Hydrologists", "Protesters", "Investors", "Historians"). */
const AGENT_PLURAL = /(?:ists|ians|ers|ors|ants|ents|ees)$/;

/**
 * A plural common noun opening a sentence ("Hydrologists said…", "Households will…"): its singular is
 * an ordinary word or written in lower case elsewhere in the article, or it is a plural agent noun.
 */
function isCommonPlural(t: Token, lowerWords: WordSet): boolean {
  const word = t.lower;
  if (t.upper || word.length < 6 || !word.endsWith('s') || word.includes("'")) return false;
  if (factsOf(t).surname) return false;
  const lex = lexicon();
  const singulars = [word.slice(0, -1), word.slice(0, -2), `${word.slice(0, -3)}y`];
  if (singulars.some((s) => lowerWords.has(s) || (lex.commonWords.has(s) && !lex.surnames.has(s)))) return true;
  return AGENT_PLURAL.test(word);
}

/** "Finance Minister Lena Hofer", "Minister of Finance Lena Hofer": a capitalised role before a name. */
function opensCapitalisedRole(tokens: readonly Token[], i: number): boolean {
  const role = rolePrefixLength(tokens.slice(i, i + 8));
  // "Director of National Intelligence Avril Haines said…": what the office is of may follow.
  const of = tokens[i + role]?.lower === 'of' ? (tokens[i + role + 1]?.lower === 'the' ? 2 : 1) : 0;
  if (role === 0 || !tokens[i + role + of]?.cap) return false;
  for (let k = i; k < i + role; k++) if (!tokens[k]!.cap && !NAME_CONNECTORS.has(tokens[k]!.lower) && tokens[k]!.lower !== 'for') return false;
  return true;
}

const ORG_CONNECTORS = new Set(['for', 'and', 'in', 'on', 'against']);

/** The run so far names an organisation that may go on with "for …" (or already went on with it). */
function isOrgHead(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.lower === 'for') return true;
    if (k === to - 1 && (ORG_FIRST_WORDS.has(t.lower) || ORG_LAST_WORDS.has(t.lower)) && tokens[to]?.lower === 'for') return true;
  }
  return false;
}

/**
 * Where "and" goes on inside an organisation's name, the end of the name after it; else 0. Either the
 * name so far is an organisation "of" ordinary words ("Department of Housing and Urban Development",
 * "National Institute of Allergy and Infectious Diseases"), and the words after "and" name no body or
 * place of their own ("Bank of England and Barclays", "Ministry of Defence and Foreign Office" stay two); or it is one or two ordinary words and
 * the words after "and" end the name as an organisation's ("Food and Drug Administration").
 */
function orgAndTail(tokens: readonly Token[], from: number, to: number): number {
  if (tokens[to]?.lower !== 'and') return 0;
  let end = to + 1;
  while (end < to + 4 && nameWord(tokens[end])) end++;
  if (end === to + 1) return 0;
  const tail = tokens.slice(to + 1, end);
  const run = tokens.slice(from, to);
  const of = run.findIndex((t) => t.lower === 'of');
  const orgOf = of > 0 && run.slice(0, of).some((t) => ORG_FIRST_WORDS.has(t.lower)) && run.slice(of + 1).every((t) => t.lower === 'the' || ordinaryWord(tokens, t));
  const bodyOfItsOwn = tail.some((t, i) => ORG_FIRST_WORDS.has(t.lower) || (i < tail.length - 1 && ORG_LAST_WORDS.has(t.lower)));
  if (orgOf && !bodyOfItsOwn && tail.every((t) => ordinaryWord(tokens, t))) return end;
  // A country may open such a name ("US Customs and Border Protection").
  const own = knownAt(tokens, from, (known) => known.kind === 'country')?.[0] ?? 0;
  const plain = run.length - own <= 2 && run.slice(own).every((t) => ordinaryWord(tokens, t));
  return plain && ORG_LAST_WORDS.has(tail[tail.length - 1]!.lower) ? end : 0;
}

/** No given name, surname or known name starts at the word. */
const ordinaryWord = (tokens: readonly Token[], t: Token): boolean => !factsOf(t).given && !factsOf(t).surname && !knownAt(tokens, t.index);

/** "You're", "We'll", "Don't": a contraction is never part of a name ("O'Neill", "D'Angelo" are no contractions). */
const CONTRACTION = /(?:['’](?:re|ve|ll|m|d|t)|n['’]t)$/i;

/** A capitalised word that may be part of a name; not "I", a contraction, nor a prefix split off a word ("Ex-", "then-"). */
const nameWord = (t: Token | undefined): boolean =>
  !!t && t.cap && t.isWord && t.text !== 'I' && (t.text.length > 1 || !t.upper) && !t.text.endsWith('-') && !isContraction(t.text);

/** Every contraction has its apostrophe second or third from the end: most words are known to be none without the regex. */
function isContraction(word: string): boolean {
  const a = word.charCodeAt(word.length - 2);
  const b = word.charCodeAt(word.length - 3);
  return (a === 39 || a === 0x2019 || b === 39 || b === 0x2019) && CONTRACTION.test(word);
}

/** Words that may not open a name: months, days ("Theresa May" keeps hers), lone capital letters. */
const opensName = (t: Token): boolean => !CALENDAR_WORDS.has(t.lower) && (t.text.length > 1 || t.text === 'I');

const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/**
 * A word after a name that is not part of it: a weekday ("arraignment of Lena Hofer Tuesday"), or an
 * ordinary word shouted in capitals after a name written in ordinary case ("did Lena Hofer NOT know").
 */
function closesNothing(t: Token, before: Token): boolean {
  if (WEEKDAYS.has(t.lower)) return true;
  return t.upper && t.text.length > 2 && !before.upper && factsOf(t).common;
}

/** A known name of three or more words from `i`, ending capitalised, with lower-case words inside; its length or 0. */
function knownSpan(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  // Asked at every word of every run: a word opening no longer known name is answered by its facts.
  if (!t?.cap || !factsOf(t).prefix) return 0;
  return knownAt(tokens, i, (known, n) => tokens[i + n - 1]!.cap && known.kind !== 'person', 3)?.[0] ?? 0;
}

const OPEN_QUOTES = new Set(['"', '“']);
const CLOSE_QUOTES = new Set(['"', '”']);
export const QUOTE_MARKS = new Set([...OPEN_QUOTES, ...CLOSE_QUOTES]);

/**
 * Where a quoted nickname of one or two capitalised words ends, when the name goes on after it (a capitalised
 * word, or "da"/"de" and one): the index just past the closing mark, else 0.
 */
function nicknameEnd(tokens: readonly Token[], at: number): number {
  if (!OPEN_QUOTES.has(tokens[at]?.text ?? '')) return 0;
  let k = at + 1;
  while (k < at + 3 && nameWord(tokens[k])) k++;
  if (k === at + 1 || !CLOSE_QUOTES.has(tokens[k]?.text ?? '')) return 0;
  const after = tokens[k + 1];
  const resumes = nameWord(after) || (!!after && NAME_CONNECTORS.has(after.lower) && nameWord(tokens[k + 2]));
  return resumes ? k + 1 : 0;
}

/** Capitalised runs in a sentence of ordinary case; a common word opening the sentence is left out. */
export function findRuns(tokens: readonly Token[], lowerWords: WordSet, midCaps: ReadonlySet<string>): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!nameWord(tokens[i]) || !opensName(tokens[i]!)) {
      i++;
      continue;
    }
    // A known name with lower-case words inside ("Securities and Exchange Commission") is one run.
    const known = knownSpan(tokens, i);
    if (known > 2) {
      runs.push({ from: i, to: i + known });
      i += known;
      continue;
    }
    let from = i;
    let to = i + 1;
    for (;;) {
      const next = tokens[to];
      if (knownSpan(tokens, to) > 2) break;
      if (nameWord(next)) {
        to++;
        continue;
      }
      // A nickname in quotes inside a name ("Luiz Inácio “Lula” da Silva", "Ferdinand "Bongbong" Marcos"), after
      // a title too ("Brazilian President Luiz Inácio “Lula” …").
      const nickname = to - from <= 5 ? nicknameEnd(tokens, to) : 0;
      if (nickname) {
        to = nickname;
        continue;
      }
      // Connectors stay inside a name only between capitalised words ("Sea of Japan", "Bank of the West");
      // after an organisation word "for", "and", "in" do too ("Organisation for Security and Co-operation in Europe").
      const orgName = isOrgHead(tokens, from, to) || (next?.lower === 'for' && PORTFOLIO_HEADS.has(tokens[to - 1]!.lower));
      const andEnd = orgName ? 0 : orgAndTail(tokens, from, to);
      if (andEnd) {
        to = andEnd;
        continue;
      }
      if (next && (NAME_CONNECTORS.has(next.lower) || next.text === '&' || (orgName && ORG_CONNECTORS.has(next.lower)))) {
        let k = to + 1;
        if (tokens[k]?.lower === 'the' && (next.lower === 'of' || next.lower === 'for')) k++;
        while (tokens[k] && !tokens[k]!.cap && NAME_CONNECTORS.has(tokens[k]!.lower) && k < to + 3) k++;
        if (nameWord(tokens[k])) {
          to = k + 1;
          continue;
        }
      }
      break;
    }
    while (to - from > 1 && closesNothing(tokens[to - 1]!, tokens[to - 2]!)) to--;
    while (from < to && opensSentence(tokens, from) && isCommonOpener(tokens, from, lowerWords, midCaps)) from++;
    while (from < to && (!opensName(tokens[from]!) || (!tokens[from]!.cap && NAME_CONNECTORS.has(tokens[from]!.lower)) || tokens[from]!.lower === 'the')) from++;
    if (from < to) runs.push({ from, to });
    i = to;
  }
  return runs;
}

const LETTER = /\p{L}/u;

/** Holds a letter; a word starting with an ASCII letter is known to without a regex (this runs for every word). */
export function hasLetter(word: string): boolean {
  const c = word.charCodeAt(0) | 0x20;
  return (c >= 97 && c <= 122) || LETTER.test(word);
}

/** Most words in capitals ("SOCCER - JAPAN GET LUCKY WIN"): capitals there say nothing about names. */
export function isCapsSentence(tokens: readonly Token[]): boolean {
  let words = 0;
  let upper = 0;
  for (const t of tokens) {
    if (!t.isWord || !hasLetter(t.text)) continue;
    words++;
    if (t.upper || (t.text.length === 1 && t.cap)) upper++;
  }
  return words >= 2 && upper / words >= 0.6;
}
