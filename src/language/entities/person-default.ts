import { NAME_CONNECTORS } from '../gazetteer/common-words.js';
import type { Candidate } from './candidate.js';
import type { Token } from './tokens.js';
import { dictionaryRun, factsOf } from './word-facts.js';

/*
 * Several capitalised words with nothing for or against them default to a person (find-candidates.ts), except
 * runs these say are a body's, a course's or a product's name.
 */

/**
 * Words that stand alone as a name within sentences ("Kushner, Hicks, Stepien"), as a person's surname does
 * after the first mention; not after "the" ("the Lab").
 */
export function loneMentions(candidates: readonly Candidate[], tokens: readonly Token[][]): Set<string> {
  const words = new Set<string>();
  for (const c of candidates) if (c.tokens.length === 1 && !c.opener && !afterThe(c, tokens)) words.add(c.tokens[0]!.lower);
  return words;
}

/** Joining words of a body's or a course's name; a name's particles ("bin", "van", "de") are no ordinary words here. */
const PLAIN_JOINS: ReadonlySet<string> = new Set(['of', 'and', 'for']);

/**
 * Ordinary dictionary words and no name ("Your Dream Job", "Data Science", "Connectivity Lab"): no person by
 * default, unless the article names it by its last word alone as it does a person ("Hope Hicks" … "Hicks"),
 * or right after "said" ("said Pin Ho, founder of…"), or a name's particle is in it ("Bin Laden").
 */
export function wordsOnly(c: Candidate, referredAlone: ReadonlySet<string>, tokens: readonly Token[][]): boolean {
  if (c.tokens.some((t) => NAME_CONNECTORS.has(t.lower) && !PLAIN_JOINS.has(t.lower))) return false;
  const before = tokens[c.sentence]?.[c.tokens[0]!.index - 1]?.lower;
  if (referredAlone.has(c.tokens.at(-1)!.lower) || before === 'said' || before === 'says') return false;
  return dictionaryRun(c.tokens, PLAIN_JOINS) || productShaped(c);
}

/**
 * A product's or a thing's name: "Heated Clothes Airer" ends in an ordinary word no list knows as a name
 * (from three words: "Jeb Bush", "Cornel West", "Elon Musk" and "Keanu Reeves" end in one too), and "Anker
 * Premium Stereo Bluetooth" runs to four words with no name the lists know. A title or an initial inside
 * ("Chief Cabinet Secretary …", "Maxton W. Soviak") is a person's.
 */
function productShaped(c: Candidate): boolean {
  const facts = c.tokens.map(factsOf);
  if (facts.some((f) => f.given || f.longestTitle > 0) || c.tokens.some((t) => /^\p{Lu}\.$/u.test(t.text))) return false;
  const named = facts.some((f) => f.surname);
  const last = facts.at(-1)!;
  const endsOrdinary = last.dictionary && !last.surname && !last.phrase;
  if (c.tokens.length >= 4) return !named;
  return endsOrdinary && !named && c.tokens.length === 3;
}

/**
 * "Generative AI", "MIT Artificial Intelligence", "IBM Data Science": an acronym in a run with no given name
 * makes it a body's or a product's name, not a person's. Two capitals opening a run may be initials ("JD
 * Vance"), so an acronym counts there only from three letters.
 */
export function acronymInside(c: Candidate): boolean {
  if (c.tokens.some((t) => factsOf(t).given || GENERATIONS.test(t.text))) return false;
  return c.tokens.some((t, i) => ACRONYM.test(t.text) && !RANKS_IN_CAPS.has(t.text) && (i > 0 || t.text.length >= 3));
}
/** Two to six capitals, digits allowed after the first ("ARM64", "GPT4"); not "M3", one capital. */
const ACRONYM = /^(?=\p{Lu}\d*\p{Lu})[\p{Lu}\d]{2,8}$/u;

/**
 * "Herculean Story From Intuit", "Notes On Design": a capitalised joining word inside the run is a title set
 * in title case, not a person's name, whose particles are written small ("Ludwig van Beethoven").
 */
export function titleCased(c: Candidate): boolean {
  return c.tokens.some((t, i) => i > 0 && i < c.tokens.length - 1 && TITLE_CASE_JOINS.has(t.text));
}
const TITLE_CASE_JOINS = new Set(['From', 'To', 'With', 'For', 'In', 'On', 'At', 'By', 'The', 'A', 'An', 'Of', 'And', 'Or', 'Into', 'Over', 'About', 'After', 'Before', 'Is', 'Are', 'Was', 'How', 'Why', 'What', 'Your', 'Our', 'My', 'Its', 'Their', 'This', 'That']);
/** "RFK Jr.": a generation ends a person's name. */
const GENERATIONS = /^(?:Jr|Sr)\.?$/;
/** Military ranks written in capitals before a surname ("SPC Toussaint", "SGT Ruiz"). */
const RANKS_IN_CAPS = new Set(['PFC', 'PVT', 'SPC', 'CPL', 'SGT', 'SSG', 'SFC', 'MSG', 'CPT', 'MAJ', 'LTC', 'COL', 'GEN', 'ADM', 'LT', 'CDR']);

export const afterThe = (c: Candidate, tokens: readonly Token[][]): boolean => tokens[c.sentence]?.[c.tokens[0]!.index - 1]?.lower === 'the';
