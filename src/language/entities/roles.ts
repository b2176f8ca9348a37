import type { Entity, Role } from '../analysis.js';
import { FUNCTION_WORDS } from '../gazetteer/common-words.js';
import { CREDIT_NAMES, NOT_CURRENT_MARKS, SENTENCE_VERBS, STYLES_OF_ADDRESS } from '../gazetteer/credits.js';
import { lexicon } from '../gazetteer/lexicon.js';
import {
  COUNTRY_BOUND_LEADER_TITLES,
  FORMER_MARKS,
  LEADER_TITLES,
  NON_LEADER_QUALIFIERS,
  ROLE_MODIFIERS,
} from '../gazetteer/titles.js';
import { keyOf, type Candidate } from './candidate.js';
import { toldDeadPeople } from './death-mentions.js';
import { portfolioAt, titleAt } from './role-words.js';
import { withoutTrailingHyphen, type Token } from './tokens.js';
import { factsOf } from './word-facts.js';

const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our']);
const ARMED = new Set(['army', 'military', 'armed', 'defence', 'defense', 'forces']);
const isFormer = (t: Token | undefined): boolean => !!t && FORMER_MARKS.has(withoutTrailingHyphen(t.lower));
/** "then-Sen." (held at the time told), "under President …", "during President …'s term" (a look back), "presumptive". */
const tellsAnotherTime = (t: Token | undefined): boolean => !!t && (withoutTrailingHyphen(t.lower) === 'then' || t.lower === 'under' || t.lower === 'during' || NOT_YET.has(t.lower));
/**
 * Not held at the article's day: "incoming", "presumptive", "would-be", "the next prime minister", and
 * "outgoing" (news calls a holder so around the hand-over, and the article may date from after it).
 * ("-elect" is a title of its own.)
 */
const NOT_YET = new Set([...NOT_CURRENT_MARKS].filter((w) => w !== 'elect'));

/**
 * The title a role ends with ("president" of "Russian President", "minister" of "Minister of Finance"),
 * or undefined when it ends otherwise.
 */
function headOf(role: readonly Token[]): string | undefined {
  for (let i = 0; i < role.length; i++) {
    const n = titleAt(role, i);
    if (n && (i + n === role.length || i + n + portfolioAt(role, i + n) === role.length)) return keyOf(role.slice(i, i + n));
  }
  return undefined;
}

/** Whether a role makes a leader: a top title, qualified by a country or a party, never by a company or club. */
function makesLeader(role: readonly Token[], head: string): boolean {
  if (!LEADER_TITLES.has(head) && head !== 'chief') return false;
  const before = role.slice(0, role.length - head.split(' ').length);
  if (before.some((t) => NON_LEADER_QUALIFIERS.has(t.lower))) return false;
  if (head === 'chief') return before.some((t) => ARMED.has(t.lower));
  if (!COUNTRY_BOUND_LEADER_TITLES.has(head)) return true;
  const lex = lexicon();
  return before.every((t) => {
    if (!t.cap || t.possessive || ROLE_MODIFIERS.has(t.lower)) return true;
    const known = factsOf(t).phrase;
    return known?.kind === 'country' || known?.kind === 'demonym' || /party/i.test(known?.canonical ?? '') || !!lex.phrases.get(keyOf(before));
  });
}

/**
 * A word that may open a role: a title, a modifier ("Foreign", "acting"), a country, people or
 * organisation ("Russian", "Tesla"). Not a sentence word that happens to stand before the title
 * ("When", "But", "Under", "Read"), a style of address ("His Holiness") or a photo credit ("AP").
 */
function opensRole(words: readonly Token[], i: number): boolean {
  const t = words[i]!;
  if (titleAt(words, i) > 0) return true;
  if (CREDIT_NAMES.has(t.lower) || STYLES_OF_ADDRESS.has(t.lower) || DETERMINERS.has(t.lower)) return false;
  if (ROLE_MODIFIERS.has(t.lower) || isFormer(t)) return true;
  const known = factsOf(t).phrase;
  if (known && !known.weak) return true;
  return !FUNCTION_WORDS.has(t.lower) && !SENTENCE_VERBS.has(t.lower);
}

/** Military ranks written short ("Gen.", "Adm."): the holder's rank, not their office. */
const RANKS = new Set(['gen.', 'gen', 'adm.', 'adm', 'col.', 'lt.', 'maj.', 'capt.', 'sgt.', 'brig.', 'cmdr.']);

/** How a writer places a holder, not part of the office: "far-right President Jair Bolsonaro" holds the presidency. */
const DESCRIPTORS = new Set([
  'far-right', 'far-left', 'right-wing', 'left-wing', 'populist', 'hardline', 'hard-line', 'embattled', 'beleaguered',
  'controversial', 'outspoken', 'firebrand', 'ultranationalist', 'ultra-nationalist', 'authoritarian', 'autocratic',
  'hard-right', 'hard-left', 'center-right', 'centre-right', 'center-left', 'centre-left', 'right-leaning', 'left-leaning',
  'nationalist', 'moderate', 'veteran', 'longtime', 'long-time', 'long-serving', 'powerful', 'influential', 'strongman',
  'popular', 'unpopular', 'scandal-hit', 'scandal-plagued',
]);

/**
 * "pro-Russian then-President", "Russian-backed leader": a word glued by a hyphen to a word outside the title
 * places the holder, it is not theirs ("then-U.S. President" and "Vice-President" are titles).
 */
function inCompound(text: string, words: readonly Token[], i: number): boolean {
  const w = words[i]!;
  if (w.text.includes('-') || titleAt(words, i) > 0) return false;
  const gluedBefore = text[w.start - 1] === '-' && !/\b(?:then|ex|former)-$/i.test(text.slice(Math.max(0, w.start - 7), w.start));
  return gluedBefore || text[w.end] === '-';
}

/** A role from its words; `headEnd` cuts an "of …" complement off before finding the head ("chairman of the …"). */
function roleFrom(text: string, words: Token[], sentence: number, formerBefore: boolean, headEnd = words.length, elsewhen = false): { role: Role; leader: boolean } | undefined {
  let from = 0;
  let former = formerBefore;
  let notCurrent = false;
  let notHeld = elsewhen;
  for (;;) {
    while (from < words.length && !opensRole(words, from) && titleAt(words, from) === 0) {
      if (words[from]!.possessive || words[from]!.text === ',') break;
      from++;
    }
    if (from < words.length && (inCompound(text, words, from) || isFormer(words[from]) || DETERMINERS.has(words[from]!.lower) || DESCRIPTORS.has(words[from]!.lower))) {
      if (isFormer(words[from])) former = true;
      if (tellsAnotherTime(words[from])) notHeld = true;
      from++;
      continue;
    }
    break;
  }
  if (words.slice(from, headEnd).some((t) => NOT_CURRENT_MARKS.has(t.lower) || t.lower.endsWith('-elect'))) notCurrent = true;
  if (words.slice(0, headEnd).some((t) => NOT_YET.has(t.lower)) || words.slice(0, from).some(tellsAnotherTime)) notHeld = true;
  // "Joint Chiefs Chairman Gen. Mark Milley": a rank after the office is the person's rank, not part of it.
  let last = words.length - 1;
  while (last > from && RANKS.has(words[last]!.lower)) last--;
  const role = words.slice(from, Math.max(from, Math.min(headEnd, last + 1)));
  const head = role.length ? headOf(role) : undefined;
  if (!head || ['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'mme', 'messrs', 'sir', 'dr', 'dr.'].includes(head)) return undefined;
  // "Managing Director of", "Research Manager of the": the name ran into what the office is of, so the title
  // is cut short; an office told by half is no office.
  if (CUT_SHORT.has(words[last]!.lower)) return undefined;
  const title = text.slice(role[0]!.start, words[last]!.end);
  const found: Role = notHeld ? { title, former, sentence, notHeld } : { title, former, sentence };
  return { role: found, leader: !former && !notCurrent && makesLeader(role, head) };
}

/** Words a whole title never ends on. */
const CUT_SHORT = new Set(['of', 'the', 'for', 'and', 'at', 'in', 'to', 'on']);

/** Lower-case words that may lead up to a title before a name ("North Korean leader", "Kremlin spokesman"). */
function roleWindowBefore(ts: readonly Token[], index: number): Token[] {
  const words: Token[] = [];
  for (let i = index - 1; i >= 0 && words.length < 7; i--) {
    const t = ts[i]!;
    const fits = t.possessive || (t.isWord && (t.cap || ROLE_MODIFIERS.has(t.lower) || titleAt(ts, i) > 0 || isFormer(t) || t.lower === 'of'));
    if (!fits) break;
    words.unshift(t);
  }
  while (words.length && (words[0]!.lower === 'of' || words[0]!.possessive)) words.shift();
  return words;
}

/** A word that may stand in a role: "the", "former", "Russia", "'s", "foreign", "minister" (not "alongside"). */
function fitsRole(ts: readonly Token[], i: number): boolean {
  const t = ts[i]!;
  return t.cap || t.possessive || DETERMINERS.has(t.lower) || isFormer(t) || ROLE_MODIFIERS.has(t.lower) || titleAt(ts, i) > 0 || (i > 0 && titleAt(ts, i - 1) > 1);
}

/** "Sergei Lavrov, Russia's foreign minister," and "X, the party leader, said". */
function appositionAfter(ts: readonly Token[], index: number): Token[] {
  if (ts[index]?.text !== ',') return [];
  const words: Token[] = [];
  for (let i = index + 1; i < ts.length && words.length < 8; i++) {
    const t = ts[i]!;
    if (t.text === ',' || t.text === '.' || t.text === ';' || t.text === ')') return words;
    if (!t.isWord && !t.possessive) return [];
    words.push(t);
  }
  return ts.length - index - 1 === words.length ? words : [];
}

const CLOSERS = new Set([',', '.', ';', ')', '—', '–']);

/** "Zelenskiy's chief of staff, Andriy Yermak, said": a name set off by commas right after a role. */
function apposedAfterRole(ts: readonly Token[], c: Candidate): boolean {
  const first = c.tokens[0]!.index;
  const after = ts[c.tokens[c.tokens.length - 1]!.index + 1];
  return ts[first - 1]?.text === ',' && (!after || CLOSERS.has(after.text)) && roleWindowBefore(ts, first - 1).length > 0;
}

/**
 * Whether the word at `index` stands inside a quotation opened in its sentence: a speaker's wording
 * ("…pressure from President Trump…", said in 2023) is not the article stating the office.
 */
function quoted(ts: readonly Token[], index: number): boolean {
  let open = false;
  let marks = 0;
  for (let i = 0; i < index; i++) {
    const t = ts[i]!.text;
    if (t === '“') open = true;
    else if (t === '”') open = false;
    else if (t === '"') open = !open;
    if (t === '“' || t === '”' || t === '"') marks++;
  }
  return open || (marks === 0 && closesEarlierQuote(ts, index));
}

/**
 * A quotation opened in an earlier sentence and closed in this one, after the word ("…the same way
 * President Holt did it,” said Venn"): the first quote mark after the word closes (a curly closer, or a
 * straight one touching the word before it).
 */
function closesEarlierQuote(ts: readonly Token[], index: number): boolean {
  for (let i = index + 1; i < ts.length; i++) {
    const t = ts[i]!.text;
    if (t === '“') return false;
    if (t === '”') return true;
    if (t === '"') return ts[i - 1]!.end === ts[i]!.start;
  }
  return false;
}

/** "Under Prime Minister Holt, Foreign Minister Venn and …": a sentence that opens on another time's rule. */
function opensOnAnotherTime(ts: readonly Token[]): boolean {
  const first = ts.find((t) => t.isWord);
  return first?.lower === 'under' || first?.lower === 'during';
}

/** "Venn, who served as Holt's foreign minister": a look back at a term, for every name after "served". */
function afterServed(ts: readonly Token[], index: number): boolean {
  for (let i = 0; i < index; i++) if (ts[i]!.lower === 'served') return true;
  return false;
}

/** "Prime Minister Holt will have a hard time…": a title before what is to come may not be held yet. */
const FUTURE_MODALS = new Set(['will', 'would', "'ll"]);
const toldOfFuture = (ts: readonly Token[], c: Candidate): boolean => FUTURE_MODALS.has(ts[c.tokens[c.tokens.length - 1]!.index + 1]?.lower ?? '');

/** "as prime minister Holt pushed…", "As secretary of state, Venn…": a lower-case title after "as" tells a term. */
const asTerm = (before: Token | undefined, first: Token | undefined): boolean => before?.lower === 'as' && !!first && !first.cap;

/** "Trump's pick for attorney general, Matt Gaetz": an office someone is named for is not yet theirs. */
const NOMINATION_WORDS = new Set(['pick', 'picks', 'nominee', 'nominees', 'choice', 'candidate', 'candidates', 'nomination', 'bid', 'race', 'run', 'frontrunner', 'front-runner', 'contender', 'contenders', 'favorite', 'favourite', 'shortlist']);
const namedFor = (ts: readonly Token[], first: Token | undefined): boolean => !!first && ts[first.index - 1]?.lower === 'for' && NOMINATION_WORDS.has(ts[first.index - 2]?.lower ?? '');

/** The sentence is a question: its last mark, before any closing quote, is "?". */
function asks(ts: readonly Token[]): boolean {
  for (let i = ts.length - 1; i >= 0; i--) if (!CLOSING_MARKS.test(ts[i]!.text)) return ts[i]!.text === '?';
  return false;
}
const CLOSING_MARKS = /^[”"’')\]]+$/;

/** Roles the text gives each person, where it gives them; marks leaders. */
export function attachRoles(text: string, tokens: readonly Token[][], candidates: readonly Candidate[], entityOf: Map<Candidate, Entity>): void {
  // "…, Secretary of State Antony Blinken and …" after a name is Blinken's title, not that name's.
  const personStarts = new Set(candidates.filter((c) => c.type === 'person').map((c) => c.start));
  const dead = toldDeadPeople(text, tokens, [...new Set(entityOf.values())]);
  for (const c of candidates) {
    const entity = entityOf.get(c);
    if (!entity || entity.type !== 'person') continue;
    const ts = tokens[c.sentence]!;
    const first = c.tokens[0]!;
    if (quoted(ts, first.index)) continue;
    // Look backs these rules find ("Under …", "served", "as vice president", "… will", a death) unsettle
    // a current title only: a former one still holds on the article's day.
    const found: { role?: { role: Role; leader: boolean }; past: boolean }[] = [];
    // A question ("How about Vice President Ramaswamy?") asks whether a title could be held, not that it is.
    const past = opensOnAnotherTime(ts) || afterServed(ts, first.index) || toldOfFuture(ts, c) || dead.has(entity) || asks(ts);
    if (c.rolePrefix?.length) {
      const before = ts[c.rolePrefix[0]!.index - 1];
      // "Chancellor of the Exchequer", "High Commissioner for Refugees": the head comes before what the office is of.
      const of = c.rolePrefix.findIndex((t, i) => i > 0 && (t.lower === 'of' || t.lower === 'for'));
      const headEnd = of > 0 && titleAt(c.rolePrefix, 0) < of + 1 ? of : c.rolePrefix.length;
      found.push({ role: roleFrom(text, [...c.rolePrefix], c.sentence, isFormer(before), headEnd, tellsAnotherTime(before) || namedFor(ts, c.rolePrefix[0])), past: past || asTerm(before, c.rolePrefix[0]) });
    } else if (!c.fromCaps) {
      const window = roleWindowBefore(ts, first.index);
      const before = window.length ? ts[window[0]!.index - 1] : undefined;
      if (window.length) found.push({ role: roleFrom(text, window, c.sentence, false, window.length, tellsAnotherTime(before) || namedFor(ts, window[0])), past: past || asTerm(before, window[0]) });
      else if (apposedAfterRole(ts, c)) {
        const apposed = roleWindowBefore(ts, first.index - 1);
        const ahead = ts[(apposed[0]?.index ?? 0) - 1];
        found.push({ role: roleFrom(text, apposed, c.sentence, isFormer(ahead), apposed.length, tellsAnotherTime(ahead) || namedFor(ts, apposed[0])), past: past || asTerm(ahead, apposed[0]) });
      }
    }
    const after = appositionAfter(ts, c.tokens[c.tokens.length - 1]!.index + 1);
    const of = after.findIndex((t) => t.lower === 'of');
    const headEnd = of > 0 ? of : after.length;
    const namesAnother = after.some((t) => personStarts.has(t.start));
    if (after.length && !namesAnother && after.slice(0, headEnd).every((t, i) => fitsRole(after, i))) {
      found.push({ role: roleFrom(text, after, c.sentence, false, headEnd), past });
    }
    for (const { role: f, past: told } of found) {
      if (!f) continue;
      if (told && !f.role.former) f.role.notHeld = true;
      if (dead.has(entity)) f.leader = false;
      if (!entity.roles.some((r) => r.title === f.role.title && r.former === f.role.former && r.notHeld === f.role.notHeld)) entity.roles.push(f.role);
      if (f.leader) entity.leader = true;
    }
  }
}
