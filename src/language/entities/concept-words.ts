import { ORG_LAST_WORDS } from '../gazetteer/organisations.js';
import { PLACE_LAST_WORDS } from '../gazetteer/common-words.js';
import type { Candidate } from './candidate.js';
import type { Token } from './tokens.js';
import { factsOf } from './word-facts.js';

/** Endings of abstract nouns: "constitution", "establishment", "presidency", "resistance", "leadership". */
const ABSTRACT_ENDING = /(?:tion|sion|ment|ness|ity|ance|ence|ancy|ency|ship|ism|dom|hood)$/;

/**
 * "the Constitution", "the Establishment", "the Resistance": one capitalised word after "the" that is an
 * abstract noun by its ending names a document or an idea, not a person, place or body. Known names,
 * given names and surnames, and words that end a body's name ("the Government", "the Parliament") are kept.
 */
export function isCapitalisedConcept(ts: readonly Token[], c: Candidate): boolean {
  if (c.tokens.length !== 1 || (c.known && !c.known.weak)) return false;
  const t = c.tokens[0]!;
  const before = ts[t.index - 1];
  if (before?.lower !== 'the' || t.upper || !ABSTRACT_ENDING.test(t.lower)) return false;
  if (ORG_LAST_WORDS.has(t.lower) || PLACE_LAST_WORDS.has(t.lower)) return false;
  const facts = factsOf(t);
  return !facts.given && !facts.surname && !facts.phrase;
}
