import type { Clause } from './clauses.js';
import { DETERMINERS, PREPOSITIONS, isAuxiliary, isPastVerb, isPlainLower, pastOfGerund, type Word } from './words.js';

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
  /**
   * A participle that modifies a noun ("towns hit by this week's floods", "a substation damaged in
   * October"): its doer is not the clause's subject but only who the "by" phrase names, if any.
   */
  modifier: boolean;
  /**
   * A participle after a noun with a "by" phrase and no verb before it ("the media company controlled by
   * Rupert Murdoch"): a modifier if the "by" phrase names someone ("parliament voted by a large
   * majority" is no modifier).
   */
  modifierIfAgent: boolean;
  /** Offsets of the "by" phrase of a passive ("sworn in by President Brandl"): who acts. */
  agent?: { start: number; end: number };
}

const PLAN_WORDS = new Set('scheduled expected set due slated poised planning plans plan planned intends intend aims aim'.split(' '));
const BE_VERBS = new Set('be become have get remain stay seem'.split(' '));
/** What "will" announces as a plan rather than foretells: going, meeting, hosting, signing. */
const MOVES = new Set('visit travel meet see attend hold host sign go fly leave arrive return tour address open launch begin start join head'.split(' '));
const WILL = new Set(['will', 'would', 'shall', "'ll", 'won’t', "won't"]);
/**
 * A sentence can hold an undated plan only with a plan word before "to" or a "will": most sentences
 * have a "to" but neither, and need no clause-by-clause search for one.
 */
export const EXPLICIT_PLAN_GATE = new RegExp(`\\b(?:(?:${[...PLAN_WORDS].join('|')})\\W+to|${[...WILL].map((w) => w.replace(/['’]/g, "['’]")).join('|')})\\b`, 'i');
const STOP = new Set('that which who whose where when while but or as because if than'.split(' '));
const PARTICLES = new Set(['in', 'out', 'up', 'off', 'down', 'over', 'back', 'away']);
const COMPOUND_PREPOSITIONS = new Map([['next', 'to'], ['ahead', 'of'], ['close', 'to'], ['outside', 'of'], ['out', 'of']]);
/** Words that end a phrase when they follow a time right after the verb: an agent, or where it happened. */
const AFTER_TIME_STOPS = new Set(['by', 'in', 'at']);
const TRAILING = new Set([...DETERMINERS, ...PREPOSITIONS, 'and', 'of', 'also', 'then', 'immediately']);

/**
 * The verb at `i` is planned: "is scheduled to visit", "will (also) visit", "will be released". With
 * `explicitOnly` (a clause with no date), "will" counts only before a verb of going or meeting.
 */
function plannedAt(words: readonly Word[], i: number, explicitOnly: boolean): boolean {
  const before1 = words[i - 1]?.lower ?? '';
  const before2 = words[i - 2]?.lower ?? '';
  // Every plan has "to" or a "will" in the two words before: most words have neither and are settled here.
  if (before1 !== 'to' && !WILL.has(before1) && !WILL.has(before2)) return false;
  const verb = words[i]?.lower ?? '';
  // "due to a shortage", "set to the": "to" before a noun phrase is a preposition, no plan.
  if (DETERMINERS.has(verb) || PREPOSITIONS.has(verb)) return false;
  if (before1 === 'to' && PLAN_WORDS.has(before2)) return true;
  if (BE_VERBS.has(verb) || (explicitOnly && !MOVES.has(verb))) return false;
  return WILL.has(before1) || (WILL.has(before2) && /ly$|^(?:also|then|soon|now|not|be)$/.test(before1));
}

/** "the revamped version", "a hit": a determiner makes the word a noun or an adjective. */
const afterDeterminer = (words: readonly Word[], i: number) => DETERMINERS.has(words[i - 1]?.lower ?? '');

/** "toured flooded towns": a participle between a verb and its noun is an adjective. */
const adjectiveAfterVerb = (words: readonly Word[], i: number) => {
  const next = words[i + 1];
  return isPastVerb(words[i - 1]!) && !!next && isPlainLower(next.text) && !PREPOSITIONS.has(next.lower) && !DETERMINERS.has(next.lower) && !STOP.has(next.lower) && next.lower !== 'and';
};

/** Words that join a verb to an earlier one with the same subject ("arrived and met"). */
const COORDINATORS = new Set(['and', 'or', 'but', 'then', 'nor']);
/** Words before a finite verb that are its subject, so it modifies nothing ("it came", "who arrived"). */
const SUBJECTS = new Set(['i', 'we', 'you', 'he', 'she', 'it', 'they', 'who', 'which', 'that']);
/** Adverbs that may stand between an auxiliary and its verb ("has already pleaded", "have all invested"). */
const ADVERBS = new Set(['once', 'also', 'not', 'never', 'already', 'still', 'just', 'then', 'now', 'all', 'both', 'ever', 'long', 'again', 'first', 'since']);

/**
 * The verb at `chosen` may be a participle modifying the noun before it ("towns hit by floods", "deals
 * reached by Qatar"): no auxiliary, subject, "to" or "and" before it.
 */
function afterNoun(words: readonly Word[], chosen: number): boolean {
  let k = chosen - 1;
  while (k >= 0 && (ADVERBS.has(words[k]!.lower) || /^[a-z]+ly$/.test(words[k]!.text))) k--;
  const prev = words[k];
  return !!prev && !isAuxiliary(prev) && !COORDINATORS.has(prev.lower) && !SUBJECTS.has(prev.lower) && prev.lower !== 'to';
}

/** The "by" phrase after a participle ("by President Walter Brandl", "by this week's floods"), up to six words. */
function byPhrase(words: readonly Word[], verb: number): { start: number; end: number } | undefined {
  const by = words[verb + 1]?.lower === 'by' ? verb + 1 : words[verb + 2]?.lower === 'by' && PREPOSITIONS.has(words[verb + 1]!.lower) ? verb + 2 : -1;
  if (by < 0 || !words[by + 1]) return undefined;
  let end = by + 1;
  while (end + 1 < words.length && end - by < 6 && !STOP.has(words[end + 1]!.lower) && (!PREPOSITIONS.has(words[end + 1]!.lower) || words[end + 1]!.lower === 'of')) end++;
  return { start: words[by + 1]!.start, end: words[end]!.end };
}

/** A particle of a passive phrasal verb stays in its phrase: "was sworn in by", "was called off by". */
function isPassiveParticle(words: readonly Word[], verb: number, w: Word): boolean {
  return w === words[verb + 1] && PARTICLES.has(w.lower) && words[verb + 2]?.lower === 'by';
}

/** Words in -ing that are prepositions, not verbs: "Macron during the conference" ("dured" would be garbled). */
const ING_PREPOSITIONS = new Set('during including according following regarding concerning pending excluding considering barring'.split(' '));

/** A gerund right after an actor tells of an event: "in the wake of North Korea launching two missiles". */
const isGerundAfter = (w: Word, actorEnds: ReadonlySet<number>, previous: Word | undefined) =>
  !!previous && actorEnds.has(previous.end) && /^[a-z]+ing$/.test(w.text) && w.lower.length > 5 && !PREPOSITIONS.has(w.lower) && !ING_PREPOSITIONS.has(w.lower);

/**
 * A word after a time that carries the verb's phrase on: "a"/"an" open an object ("named February 16 a day…");
 * "the" as often opens a reported clause ("ruled April 16 the government…"); "in"/"at" after a time say where,
 * which the event's places already tell ("met Wednesday in…").
 */
const opensComplement = (w: Word | undefined): boolean =>
  !!w && !AFTER_TIME_STOPS.has(w.lower) && (PREPOSITIONS.has(w.lower) || w.lower === 'a' || w.lower === 'an');

/**
 * The clause's event verb nearest before `at` (a time expression's start), else its first; and the
 * phrase it heads: auxiliaries, the verb, then words up to the clause's end, a time expression, a
 * relative word, or a preposition once an object or one prepositional phrase is read, eight words at most.
 */
/** Where to look for an event's verb: one clause, the point a date attaches at, and what is not a verb there. */
export interface PhraseSite {
  text: string;
  clause: Clause;
  at: number;
  inTime: (w: Word) => boolean;
  actorEnds: ReadonlySet<number>;
  /** Only "scheduled to"-style cues make a plan (not a bare "will"). */
  explicitPlansOnly?: boolean;
}

export function verbPhrase(site: PhraseSite): VerbPhrase | undefined {
  const { text, clause, at, inTime, actorEnds, explicitPlansOnly = false } = site;
  const words = clause.words;
  const candidates: { index: number; planned: boolean; gerund: boolean }[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!isPlainLower(w.text)) continue;
    // What the word would be first, what rules it out after: most words are no verb, and need no more.
    const planned = plannedAt(words, i, explicitPlansOnly);
    const past = !planned && isPastVerb(w);
    const gerund = !planned && !past && isGerundAfter(w, actorEnds, words[i - 1]);
    if (!planned && !past && !gerund) continue;
    if (inTime(w) || afterDeterminer(words, i) || (i > 0 && adjectiveAfterVerb(words, i))) continue;
    candidates.push({ index: i, planned, gerund });
  }
  const chosen = candidates.filter((c) => words[c.index]!.start < at).at(-1) ?? candidates[0];
  if (!chosen) return undefined;
  let from = chosen.index;
  while (!chosen.planned && !chosen.gerund && isAuxiliary(words[from - 1])) from--;
  const verb = words[chosen.index]!;
  const phrase: Word[] = words.slice(from, chosen.index + 1);
  let object = false;
  let prepositions = 0;
  // "signed off on the troops", "took off from Brussels", "stepped down as": a particle before a preposition
  // (or the clause's end) is the verb's own, not the start of its complement.
  const next = words[chosen.index + 1];
  const after = words[chosen.index + 2];
  const particle = !!next && PARTICLES.has(next.lower) && (!after || (!inTime(after) && ((PREPOSITIONS.has(after.lower) && after.lower !== 'by') || after.lower === 'as')));
  if (particle) phrase.push(next);
  // A time right after the verb ("spent Friday on a tour", "named February 16 a day of unity") does not end the
  // phrase when a complement follows it; before a verb ("a poll released Oct. 9 put…") or an agent ("by…") it does.
  const first = chosen.index + (particle ? 2 : 1);
  let timesUntil = first;
  while (timesUntil < words.length && inTime(words[timesUntil]!)) timesUntil++;
  if (!opensComplement(words[timesUntil])) timesUntil = first;
  phrase.push(...words.slice(first, timesUntil));
  for (let j = timesUntil, taken = 0; j < words.length && taken < 8; j++, taken++) {
    const w = words[j]!;
    if (inTime(w) || STOP.has(w.lower)) break;
    if (w.lower === 'and' && !/^[A-Z]/.test(words[j + 1]?.text ?? '')) break;
    // "next to", "ahead of", "close to": two words, one preposition.
    const pair = !!words[j + 1] && COMPOUND_PREPOSITIONS.get(w.lower) === words[j + 1]!.lower;
    if (PREPOSITIONS.has(w.lower) || pair) {
      if ((object || prepositions > 0) && !(w.lower === 'with' && prepositions === 0)) break;
      prepositions++;
      if (pair) phrase.push(w, words[++j]!);
      else phrase.push(w);
      continue;
    } else if (prepositions === 0) object = true;
    phrase.push(w);
  }
  for (let last = phrase.at(-1)!; phrase.length > 1 && (TRAILING.has(last.lower) || inTime(last)); last = phrase.at(-1)!) {
    // A particle of the verb stays.
    if ((particle && last === next) || isPassiveParticle(words, chosen.index, last)) break;
    phrase.pop();
  }
  const [what, end] = quotesClosed(chosen.gerund ? pastOfGerund(verb.text) + text.slice(verb.end, phrase.at(-1)!.end) : text.slice(phrase[0]!.start, phrase.at(-1)!.end), text, phrase.at(-1)!.end);
  const pluperfect = words.slice(from, chosen.index).some((w) => w.lower === 'had');
  const agent = chosen.planned || chosen.gerund ? undefined : byPhrase(words, chosen.index);
  const participle = !chosen.planned && !chosen.gerund && from === chosen.index && afterNoun(words, chosen.index);
  const modifier = participle && candidates.some((c) => c.index < chosen.index && !c.gerund);
  const modifierIfAgent = participle && !!agent;
  return { index: chosen.index, what, planned: chosen.planned, end, pluperfect, modifier, modifierIfAgent, ...(agent ? { agent } : {}) };
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

/** How often a one-character mark occurs in a text. */
function occurrences(text: string, mark: string): number {
  let count = 0;
  for (let at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + 1)) count++;
  return count;
}

/**
 * A phrase cut inside a quotation ("accused Russia of ‘energy terrorism") takes the closing mark that
 * follows it, or else loses its opening one: a line never shows half a pair.
 */
function quotesClosed(what: string, text: string, end: number): [string, number] {
  for (const [open, close] of QUOTE_PAIRS) {
    const opened = occurrences(what, open);
    const closed = open === close ? 0 : occurrences(what, close);
    if (open === close ? opened % 2 === 0 : opened <= closed) continue;
    if (text[end] === close) return [what + close, end + 1];
    const at = what.lastIndexOf(open);
    return [what.slice(0, at) + what.slice(at + 1), end];
  }
  return [what, end];
}

const QUOTE_PAIRS: readonly (readonly [string, string])[] = [['‘', '’'], ['“', '”'], ['"', '"']];
