import type { CountryEntry } from '../gazetteer/countries.js';
import { lexicon, type Known } from '../gazetteer/lexicon.js';
import type { EntityType } from '../analysis.js';
import type { Token } from './tokens.js';
import { factsOf } from './word-facts.js';

/** How sure a candidate's type is: a guess from shape, a cue from context, or a known name or cue word. */
export const GUESS = 0;
export const CONTEXT = 1;
export const LEXICAL = 2;

/** One name found in a sentence, before mentions are grouped into entities. */
export interface Candidate {
  sentence: number;
  /** The name's own words (never a possessive, a title or punctuation). */
  tokens: Token[];
  start: number;
  /** May reach past the last token to a lower-case place word ("Amur region"). */
  end: number;
  type: EntityType | undefined;
  strength: number;
  known?: Known;
  /** Title words inside the same capitalised run ("Russian President" before "Vladimir Putin"). */
  rolePrefix?: Token[];
  /** A capital standing for its government ("Moscow’s war effort"). */
  standsFor?: CountryEntry;
  /** Follows "in", "near", "from"…: read as a place when in doubt. */
  placeContext?: boolean;
  /** Opens its sentence, so its capital letter proves nothing. */
  opener?: boolean;
  /** Found in an all-capitals headline: typed from the rest of the article. */
  fromCaps?: boolean;
  /** `keyOf(tokens)`, made on first need (see `keyOfCandidate`). */
  key?: string;
}

export function candidate(tokens: Token[], type: EntityType | undefined, strength: number, known?: Known): Candidate {
  const first = tokens[0]!;
  const last = tokens[tokens.length - 1]!;
  const c: Candidate = { sentence: first.sentence, tokens, start: first.start, end: last.end, type, strength, key: undefined };
  if (known) c.known = known;
  return c;
}

export const typeOfKnown = (known: Known): EntityType | undefined =>
  known.kind === 'demonym' ? undefined : known.kind;

/** The lookup key of a run of tokens: lower case, one space between. */
export const keyOf = (tokens: readonly Token[]): string => keyAt(tokens, 0, tokens.length);

/** A candidate's key, made once: it is asked for at every step from typing to bylines. Its words never change. */
export const keyOfCandidate = (c: Candidate): string => (c.key ??= keyOf(c.tokens));

/** The key of `n` tokens from `i`, without copying the array (this runs for every word). */
export function keyAt(tokens: readonly Token[], i: number, n: number): string {
  let key = tokens[i]!.lower;
  for (let k = i + 1; k < i + n; k++) key += ' ' + tokens[k]!.lower;
  return key;
}

/**
 * The longest known phrase of at least `shortest` words starting at `i` that `accept` takes (any, by
 * default), as [length, what it is]. Lookups go on only while the words so far open some known phrase,
 * so this costs one or two lookups on most words.
 */
export function knownAt(ts: readonly Token[], i: number, accept?: (known: Known, length: number) => boolean, shortest = 1): [number, Known] | undefined {
  const first = ts[i];
  if (!first) return undefined;
  // The first word's answers are kept on its token: most words open no known phrase and stop here.
  const facts = factsOf(first);
  let found: [number, Known][] | undefined;
  if (facts.phrase && shortest <= 1) found = [[1, facts.phrase]];
  if (facts.prefix && ts[i + 1]) {
    const lex = lexicon();
    let key = first.lower;
    for (let n = 2; ; n++) {
      key += ' ' + ts[i + n - 1]!.lower;
      const known = n >= shortest ? lex.phrases.get(key) : undefined;
      if (known) (found ??= []).push([n, known]);
      const next = ts[i + n];
      if (!next || !lex.prefixes.has(key)) break;
    }
  }
  if (!found) return undefined;
  for (let k = found.length - 1; k >= 0; k--) if (!accept || accept(found[k]![1], found[k]![0])) return found[k];
  return undefined;
}
