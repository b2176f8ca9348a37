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

/**
 * Firms named after a river or a forest: "the Amazon" standing alone is the rainforest or the river ("home
 * to the Amazon, a major carbon sink"); "Amazon", "the Amazon app" and "the Amazon deal" are the firm.
 */
const FIRMS_AND_FEATURES: Record<string, string> = { amazon: 'Amazon' };
/** Lower-case words after "the <name>" that still say the feature: "the Amazon rainforest", "the Amazon basin". */
const FEATURE_WORDS = new Set(['rainforest', 'rain', 'forest', 'river', 'basin', 'region', 'jungle', 'delta', 'biome']);

function settleFirmsAndFeatures(tokens: readonly Token[][], candidates: readonly Candidate[]): void {
  for (const c of candidates) {
    if (c.type !== 'organisation' || c.tokens.length !== 1) continue;
    const name = FIRMS_AND_FEATURES[keyOfCandidate(c)];
    const sentence = tokens[c.sentence];
    const at = c.tokens[0]!.index;
    if (!name || sentence?.[at - 1]?.lower !== 'the') continue;
    const next = sentence[at + 1];
    // A word after the name makes it a modifier ("the Amazon app", "the Amazon Echo"), unless it names the feature.
    if (next?.isWord && !FEATURE_WORDS.has(next.lower)) continue;
    // "the Amazon, Google and Microsoft cloud systems": one of a list of names.
    if ((next?.text === ',' || next?.lower === 'and') && sentence[at + 2]?.cap) continue;
    c.type = 'place';
    c.known = { kind: 'place', canonical: name };
  }
}

/** Makes "Georgia" the US state in an article that points to the state and not to the country. */
export function settleAmbiguousPlaces(tokens: readonly Token[][], candidates: readonly Candidate[]): void {
  settleFirmsAndFeatures(tokens, candidates);
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
