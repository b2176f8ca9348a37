import type { ClauseLine } from './timeline-clause.js';
import { bare, CLAUSE_OPENERS, DANGLING, IRREGULAR_PAST, MODALS, needsItsPreposition, OBJECT_LOST_BEFORE, OBJECT_VERBS, PARTICIPLES, PLAIN_ADVERBS, PRONOUNS, tokens, VAGUE_ALONE } from './timeline-phrase-words.js';

/**
 * The shape of a timeline line's phrase: a verb phrase that starts on a verb and stops where its clause
 * does, nothing cut from what it needs. Who acts and when is timeline-clause.ts's question.
 */


const NOT_PAST = new Set('need seed speed breed feed shed bed red hundred embed creed greed steed weed indeed'.split(' '));

/** A word that reads as a past-tense verb (or "was"/"were" before a participle). */
export function isPastVerb(word: string): boolean {
  const w = bare(word);
  return IRREGULAR_PAST.has(w) || (/^[a-z-]{3,}ed$/.test(w) && !NOT_PAST.has(w));
}

/** The phrase reads as a clean verb phrase: a verb first (a past one for a happening), no pronoun, not cut before its object. */
export function isCleanPhrase(what: string, planned: boolean): boolean {
  const words = tokens(what);
  const first = bare(words[0] ?? '');
  const last = bare(words.at(-1) ?? '');
  if (!first || PRONOUNS.has(first) || DANGLING.has(last) || /[‒–—-]$|['’]s?$/.test(words.at(-1) ?? '')) return false;
  // "failed again" (to win…), "pushed back" (on what?): an adverb does not give the verb its complement.
  if (VAGUE_ALONE.has(first) && words.slice(1).every((w) => PLAIN_ADVERBS.has(bare(w)))) return false;
  // A date between ("wrote July 21 on Truth Social") is passed over: the line shows the phrase without it.
  const afterVerb = words.slice(1).map(bare).find((w) => !DATE_WORD.test(w)) ?? '';
  if (OBJECT_VERBS.has(first) && OBJECT_LOST_BEFORE.has(afterVerb)) return false;
  // "returned to a China | under siege": a name after "a" is a description of it, cut before what describes it.
  if (words.length >= 3 && /^an?$/i.test(words.at(-2)!) && /^\p{Lu}/u.test(words.at(-1)!)) return false;
  // "made this clear", "did it": the object is a word for something said before, and the line has not got it.
  if (words.length <= 3 && /^(?:this|that|it|these|those)$/.test(bare(words[1] ?? ''))) return false;
  // "called the bond …": calling a thing something, the something cut off ("called a snap election" is an act).
  if (first === 'called' && /^(?:the|his|her|their|its|this|that)$/.test(bare(words[1] ?? ''))) return false;
  // Cut after a participle that modifies the noun before it: "delivered a speech hosted | by…".
  if (words.length >= 3 && isPastVerb(words.at(-1)!) && !/^(?:was|were|been|be|is|are|got|get)$/.test(bare(words.at(-2)!))) return false;
  // Two clauses in one phrase: "won 137 votes and Truss got 113 votes".
  if (/\band\s+\p{Lu}\S*\s+\S+/u.test(what) && words.some((w, i) => i > 1 && bare(words[i - 2]!) === 'and' && isPastVerb(w))) return false;
  // A reported clause cut short: "acknowledged they had a right", "indicated it would be willing".
  if (words.slice(1).some((w) => CLAUSE_OPENERS.has(bare(w)) || (!planned && MODALS.has(bare(w))))) return false;
  if (planned) return !/(?:ing|ed)$/.test(first) && !IRREGULAR_PAST.has(first);
  // "was asked", "was told": what about is the line, and it is gone.
  if ((first === 'was' || first === 'were') && words.length === 2 && VAGUE_ALONE.has(bare(words[1]!))) return false;
  if (first === 'was' || first === 'were') return words.length > 1 && (isPastVerb(words[1]!) || PARTICIPLES.has(bare(words[1]!))) && bare(words[1]!) !== 'was';
  return isPastVerb(first) && first !== 'was' && first !== 'were';
}

const SPAN_OF_TIME = /\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|few)\s+(?:minutes?|hours?|days?|weeks?|months?|years?|decades?)$/i;
/** Words of a date written inside a phrase: "July 21", "Friday", "last week". */
const DATE_WORD = /^(?:\d{1,4}(?:st|nd|rd|th)?|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day|last|this|week|month|year|night|morning|afternoon|evening)$/;
/** Verbs whose object is asked to do something: "urged X" without "to …" says nothing. */
const URGING = new Set('urged asked pressed encouraged forced allowed invited persuaded ordered instructed advised begged implored pushed challenged told'.split(' '));

/** Words a phrase may stop before: its clause goes on with a prepositional phrase, a new clause or a list. */
const FOLLOWERS = new Set(
  ('in on at to for from with without by into onto over under after before during since until amid across along around outside inside near through toward towards ' +
    'about against as than that which who where when while because and but or nor so then despite following ahead between among behind beyond via per, ' +
    'saying telling calling adding promising urging warning vowing following')
    .split(' '),
);
/** Words that need what follows them: a lone one of these was cut from its complement ("called" for "called for"). */
const NEEDS_COMPLEMENT = new Set(['for', 'that', 'up', 'off', 'out', 'about']);

/**
 * The phrase stops where its clause does: before punctuation, a time expression, a preposition or a new
 * clause, not inside a noun phrase ("the country's second highest | civilian award", "Ash | Wednesday").
 */
export function endsAtBoundary(line: ClauseLine, at: number): boolean {
  const end = at + line.what.length;
  const rest = line.evidence.slice(end);
  // Punctuation ends it, and a closing quote; an opening quote ("hailed England's new | “living with…") does not.
  if (/^(?:\s*(?:$|[,.;:!?)‒–—−-])|[”"’'])/u.test(rest)) return true;
  const next = /^\s+(\S+)/.exec(rest)?.[1] ?? '';
  const nextAt = end + rest.indexOf(next);
  // What the phrase needs may come after a time ("left no doubt | on Thursday | that…"): that word is read too.
  const needed = [bare(next), bare(wordAfterTimes(line, end))];
  const words = tokens(line.what);
  const lastWord = words.at(-1) ?? '';
  if (/^\p{Lu}/u.test(lastWord) && /^\p{Lu}/u.test(next)) return false;
  if (words.length === 1 && NEEDS_COMPLEMENT.has(bare(next))) return false;
  // An adverb between does not give the word its preposition ("cared deeply | about the harbour").
  const bound = /ly$/.test(bare(lastWord)) ? (words.at(-2) ?? '') : lastWord;
  if (needed.some((w) => needsItsPreposition(bare(lastWord), w) || needsItsPreposition(bare(bound), w))) return false;
  // "urged member countries | to replenish…": what they were urged to do is the line.
  if (bare(next) === 'to' && words.length >= 2 && URGING.has(bare(words[0]!))) return false;
  if (coordinatedModifier(words, rest)) return false;
  // "described himself | as a patriot": what he called himself is the line.
  if (/^(?:himself|herself|themselves|itself)$/.test(bare(lastWord)) && needed.includes('as')) return false;
  // "led in polls three weeks | before the election": a span of time cut from what it is counted from.
  if (SPAN_OF_TIME.test(line.what) && /^(?:before|after|earlier|later|ahead|ago|into|from)$/.test(bare(next))) return false;
  // "met | European Commission President Claire Duvall": a lone verb before a name, which the line shows beside it.
  if (tokens(line.what).length === 1 && /^\p{Lu}/u.test(next)) return true;
  if ((line.timesAt ?? []).some((t) => t.start <= nextAt && nextAt < t.end)) return true;
  return FOLLOWERS.has(bare(next));
}

/**
 * "held a lengthy | and candid discussion", "a wave of drone | and missile attacks": after "a" or "of" and one
 * word, "and" then a word that is no verb or determiner, then a lower-case word: the noun is still to come, the
 * phrase holds only its first modifier.
 */
function coordinatedModifier(what: readonly string[], rest: string): boolean {
  if (what.length < 3 || !/^(?:a|an|the|of)$/i.test(what.at(-2)!)) return false;
  const after = tokens(rest).slice(0, 3).map(bare);
  if (after[0] !== 'and' && after[0] !== 'or') return false;
  const [, modifier, noun] = after;
  return !!modifier && !!noun && !isPastVerb(modifier) && !DANGLING.has(modifier) && !PRONOUNS.has(modifier) && /^\p{Ll}/u.test(tokens(rest)[2] ?? '');
}

/** The first word after `from` once the time expressions that start there are passed over. */
function wordAfterTimes(line: ClauseLine, from: number): string {
  let at = from;
  for (let moved = true; moved; ) {
    moved = false;
    // A time's preposition may stand outside its span ("on | Thursday").
    const start = at + /^\s*(?:(?:on|in|at|during|late|early)\s+)?/i.exec(line.evidence.slice(at))![0].length;
    const time = (line.timesAt ?? []).find((t) => t.start <= start && start < t.end);
    if (time) [at, moved] = [time.end, true];
  }
  return /^\s*(\S+)/.exec(line.evidence.slice(at))?.[1] ?? '';
}
