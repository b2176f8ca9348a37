import { lexicon } from '../gazetteer/lexicon.js';
import { US_STATES, splitList } from '../gazetteer/places.js';
import { keyOfCandidate, type Candidate } from './candidate.js';
import type { Token } from './tokens.js';

/**
 * Names that are both a country and a US state. The country is read only where the article says so
 * (its capital, its regions, its people); where the article names US states or the state's own cities
 * instead, it is the state. Words are general knowledge of each place, not of any article.
 */
const AMBIGUOUS: Record<string, { country: string[]; state: string[] }> = {
  georgia: {
    country: ['tbilisi', 'abkhazia', 'ossetia', 'caucasus', 'batumi', 'kutaisi', 'saakashvili', 'ivanishvili', 'kobakhidze', 'zourabichvili'],
    state: ['atlanta', 'savannah', 'augusta', 'macon', 'fulton', 'cobb', 'gwinnett', 'kemp', 'raffensperger', 'peach'],
  },
};

let stateWords: Set<string> | undefined;
const usStates = (): Set<string> => (stateWords ??= new Set(splitList(US_STATES).map((s) => s.toLowerCase())));

/** Makes "Georgia" the US state in an article that points to the state and not to the country. */
export function settleAmbiguousPlaces(tokens: readonly Token[][], candidates: readonly Candidate[]): void {
  const targets = candidates.filter((c) => c.type === 'country' && AMBIGUOUS[keyOfCandidate(c)]);
  if (targets.length === 0) return;
  const words = new Set<string>();
  for (const ts of tokens) for (const t of ts) if (t.isWord) words.add(t.lower);
  const states = usStates();
  let otherState = false;
  for (const c of candidates) if (c.type === 'place' && states.has(keyOfCandidate(c))) otherState = true;
  for (const c of targets) {
    const clues = AMBIGUOUS[keyOfCandidate(c)]!;
    const country = clues.country.some((w) => words.has(w));
    const state = otherState || clues.state.some((w) => words.has(w));
    if (state && !country) {
      c.type = 'place';
      c.known = { kind: 'place', canonical: lexicon().phrases.get(keyOfCandidate(c))?.canonical ?? c.tokens.map((t) => t.text).join(' ') };
    }
  }
}
