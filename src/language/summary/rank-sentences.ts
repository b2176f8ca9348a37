import type { Entity, Sentence } from '../analysis.js';
import { ActorCoverage, mainActors } from './actors.js';
import { lexRank, scaleToMax } from './centrality.js';
import { termSimilarity } from './similarity.js';
import { isFurniture, readsAlone } from './standalone.js';
import { scanSentences } from './terms.js';

/** How the parts of a sentence's worth are weighed. Round numbers, not fitted to one data set. */
export interface RankWeights {
  centrality: number;
  position: number;
  /** Main actors a sentence adds to those the summary already covers. */
  actors: number;
  /** MMR trade-off: 1 = worth only, 0 = novelty only. */
  lambda: number;
}

export const DEFAULT_WEIGHTS: RankWeights = { centrality: 1, position: 0.5, actors: 0.5, lambda: 0.8 };

/** Above this cosine a sentence says again what a chosen one said (a repeated lead, a reworded line). */
const NEAR_DUPLICATE = 0.8;
/** Below this many words a sentence carries little; its worth shrinks in proportion. */
const FULL_WORDS = 8;

/**
 * At most this many sentences, the article's first, are ranked; the rest follow in article order. Ranking
 * compares every pair (similarity, MMR), so an unbounded count made a 400 KB article take minutes; news puts
 * what a summary needs in its first sentences, and a 150-sentence article is already a long one.
 */
export const MAX_RANKED = 150;

/** News puts the story first: worth decays with the place among the story's sentences (furniture skipped). */
function positionScores(furniture: readonly boolean[]): number[] {
  let place = 0;
  return furniture.map((f) => (f ? 0 : 1 / Math.sqrt(1 + place++)));
}

/**
 * Sentence indices in the order a summariser adds them. Each pick maximises worth (centrality, position,
 * main actors not yet covered) less its likeness to what is already chosen (MMR); the first pick can stand
 * alone; repeats and page furniture (bylines, credits, subheads) come last.
 */
export function rankSentences(all: readonly Sentence[], entities: readonly Entity[], weights: RankWeights = DEFAULT_WEIGHTS): number[] {
  const sentences = all.slice(0, MAX_RANKED);
  const rest = all.slice(MAX_RANKED).map((_, i) => MAX_RANKED + i);
  // Each sentence is scanned once, for its terms and its word count.
  const scanned = scanSentences(sentences.map((s) => s.text));
  const sim = termSimilarity(scanned.map((s) => s.terms));
  const n = sim.n;
  const central = scaleToMax(lexRank(sim));
  const words = scanned.map((s) => s.words);
  const furniture = sentences.map((s, i) => s.caption === true || isFurniture(s.text, words[i]));
  const position = positionScores(furniture);
  const short = words.map((w) => Math.min(1, w / FULL_WORDS));
  const coverage = new ActorCoverage(mainActors(all, entities));
  const total = weights.centrality + weights.position + weights.actors || 1;
  const chosen: number[] = [];
  // Sentences not yet chosen, in article order: ties go to the earlier sentence.
  const left = sentences.map((_, i) => i);
  // Each sentence's likeness to the closest chosen one, kept as picks are made.
  const redundancyOf = new Float64Array(n);
  // Worth changes only when a pick covers a new main actor: computed again then, not for every pick.
  const worthOf = new Float64Array(n);
  const weigh = (): void => {
    for (const i of left) worthOf[i] = (short[i]! * (weights.centrality * central[i]! + weights.position * position[i]! + weights.actors * coverage.gain(i))) / total;
  };
  weigh();
  const scoreOf = (i: number): number => {
    const redundancy = redundancyOf[i]!;
    // Tiers before score: a repeat or furniture is only added once nothing else is left.
    const tier = (furniture[i] ? 2 : 0) + (redundancy >= NEAR_DUPLICATE ? 1 : 0);
    return -tier * 10 + weights.lambda * worthOf[i]! - (1 - weights.lambda) * redundancy;
  };
  /** Where in `left` the best-scored sentence is (the earliest of equals), passing over those `skip` marks; -1 if none. */
  const bestAt = (skip?: Uint8Array): number => {
    let best = -1;
    let bestScore = -Infinity;
    for (let at = 0; at < left.length; at++) {
      if (skip?.[left[at]!]) continue;
      const score = scoreOf(left[at]!);
      if (score > bestScore) {
        bestScore = score;
        best = at;
      }
    }
    return best;
  };
  const pick = (at: number): void => {
    const best = left[at]!;
    chosen.push(best);
    left.splice(at, 1);
    if (coverage.add(best)) weigh();
    const row = best * n;
    for (const i of left) redundancyOf[i] = Math.max(redundancyOf[i]!, sim.values[row + i]!);
  };
  if (left.length) {
    // The first pick is the best sentence that can stand alone (else the best of all): asked of the best
    // first, so the test runs on a sentence or two, not on every one.
    const cannotOpen = new Uint8Array(n);
    let at = bestAt(cannotOpen);
    while (at >= 0 && (furniture[left[at]!] || !readsAlone(sentences[left[at]!]!.text, words[left[at]!]))) {
      cannotOpen[left[at]!] = 1;
      at = bestAt(cannotOpen);
    }
    pick(at >= 0 ? at : bestAt());
  }
  while (left.length) pick(bestAt());
  return [...chosen, ...rest];
}
