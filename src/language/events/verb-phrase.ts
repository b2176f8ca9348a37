import type { Clause } from './clauses.js';
import { DETERMINERS, PREPOSITIONS, isAuxiliary, isPastVerb, pastOfGerund, type Word } from './words.js';

/** What happened in a clause: its event verb and a short phrase from it. */
export interface VerbPhrase {
  /** Index of the verb in the clause's words. */
  index: number;
  what: string;
  /** The clause speaks of a plan ("is scheduled to visit", "will travel"). */
  planned: boolean;
  /** Offset just past the phrase: actors are looked for up to here (subject and object, not later clauses). */
  end: number;
  /** "had seized": told as background, before the time of the story. */
  pluperfect: boolean;
}

const PLAN_WORDS = new Set('scheduled expected set due slated poised planning plans plan planned intends intend aims aim'.split(' '));
const BE_VERBS = new Set('be become have get remain stay seem'.split(' '));
/** What "will" announces as a plan rather than foretells: going, meeting, hosting, signing. */
const MOVES = new Set('visit travel meet see attend hold host sign go fly leave arrive return tour address open launch begin start join head'.split(' '));
const WILL = new Set(['will', 'would', 'shall', "'ll", 'won’t', "won't"]);
const STOP = new Set('that which who whose where when while but or as because if than'.split(' '));
const TRAILING = new Set([...DETERMINERS, ...PREPOSITIONS, 'and', 'of', 'also', 'then', 'immediately']);

/**
 * The verb at `i` is planned: "is scheduled to visit", "will (also) visit", "will be released". With
 * `explicitOnly` (a clause with no date), "will" counts only before a verb of going or meeting.
 */
function plannedAt(words: readonly Word[], i: number, explicitOnly: boolean): boolean {
  const before = (k: number) => words[i - k]?.lower ?? '';
  if (before(1) === 'to' && PLAN_WORDS.has(before(2))) return true;
  const verb = words[i]?.lower ?? '';
  if (BE_VERBS.has(verb) || (explicitOnly && !MOVES.has(verb))) return false;
  return WILL.has(before(1)) || (WILL.has(before(2)) && /ly$|^(?:also|then|soon|now|not|be)$/.test(before(1)));
}

/** "the revamped version", "a hit": a determiner makes the word a noun or an adjective. */
const afterDeterminer = (words: readonly Word[], i: number) => DETERMINERS.has(words[i - 1]?.lower ?? '');

/** A gerund right after an actor tells of an event: "in the wake of North Korea launching two missiles". */
const isGerundAfter = (w: Word, actorEnds: ReadonlySet<number>, previous: Word | undefined) =>
  /^[a-z]+ing$/.test(w.text) && w.lower.length > 5 && !!previous && actorEnds.has(previous.end);

/**
 * The clause's event verb nearest before `at` (a time expression's start), else its first; and the
 * phrase it heads: auxiliaries, the verb, then words up to the clause's end, a time expression, a
 * relative word, or a preposition once an object or one prepositional phrase is read, eight words at most.
 */
export function verbPhrase(
  text: string,
  clause: Clause,
  at: number,
  inTime: (w: Word) => boolean,
  actorEnds: ReadonlySet<number>,
  explicitPlansOnly = false,
): VerbPhrase | undefined {
  const words = clause.words;
  const candidates: { index: number; planned: boolean; gerund: boolean }[] = [];
  words.forEach((w, i) => {
    if (inTime(w) || !/^[a-z]+$/.test(w.text) || afterDeterminer(words, i)) return;
    if (plannedAt(words, i, explicitPlansOnly)) candidates.push({ index: i, planned: true, gerund: false });
    else if (isPastVerb(w)) candidates.push({ index: i, planned: false, gerund: false });
    else if (isGerundAfter(w, actorEnds, words[i - 1])) candidates.push({ index: i, planned: false, gerund: true });
  });
  const chosen = candidates.filter((c) => words[c.index]!.start < at).at(-1) ?? candidates[0];
  if (!chosen) return undefined;
  let from = chosen.index;
  while (!chosen.planned && !chosen.gerund && isAuxiliary(words[from - 1])) from--;
  const verb = words[chosen.index]!;
  const phrase: Word[] = words.slice(from, chosen.index + 1);
  let object = false;
  let prepositions = 0;
  for (let j = chosen.index + 1, taken = 0; j < words.length && taken < 8; j++, taken++) {
    const w = words[j]!;
    if (inTime(w) || STOP.has(w.lower)) break;
    if (w.lower === 'and' && !/^[A-Z]/.test(words[j + 1]?.text ?? '')) break;
    if (PREPOSITIONS.has(w.lower)) {
      if ((object || prepositions > 0) && !(w.lower === 'with' && prepositions === 0)) break;
      prepositions++;
    } else if (prepositions === 0) object = true;
    phrase.push(w);
  }
  while (phrase.length > 1 && TRAILING.has(phrase.at(-1)!.lower)) phrase.pop();
  const end = phrase.at(-1)!.end;
  const what = chosen.gerund ? pastOfGerund(verb.text) + text.slice(verb.end, end) : text.slice(phrase[0]!.start, end);
  const pluperfect = words.slice(from, chosen.index).some((w) => w.lower === 'had');
  return { index: chosen.index, what, planned: chosen.planned, end, pluperfect };
}

const NOMINAL_OPENERS = new Set('since after following before during with amid despite in'.split(' '));

/** "Since the launch of its war on Ukraine in February 2022": the noun phrase names the event. */
export function nominalEvent(text: string, clause: Clause, inTime: (w: Word) => boolean): { what: string; end: number } | undefined {
  const [first, ...rest] = clause.words;
  if (!first || !NOMINAL_OPENERS.has(first.lower)) return undefined;
  const phrase: Word[] = [];
  for (const w of rest) {
    if (inTime(w) || phrase.length >= 8) break;
    if (phrase.length === 0 && ['the', 'a', 'an'].includes(w.lower)) continue;
    phrase.push(w);
  }
  while (phrase.length > 1 && TRAILING.has(phrase.at(-1)!.lower)) phrase.pop();
  if (phrase.length < 2) return undefined;
  return { what: text.slice(phrase[0]!.start, phrase.at(-1)!.end), end: phrase.at(-1)!.end };
}
