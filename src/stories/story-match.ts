import { holds, valueOf, type FeatureWords } from './feature-words.js';
import type { ArticleFeatures } from './story-features.js';
import { sketchOverlap } from './text-sketch.js';

/** Document frequencies of entity keys and terms over the articles seen so far. */
export interface Rarity {
  /** Rarity of an entity key, and of a term (by their numbers in `words`), across the articles seen so far. */
  keyIdf(key: number): number;
  termIdf(term: number): number;
  words: FeatureWords;
}

export interface Match {
  score: number;
  /** Near-identical text: a syndicated copy or a lightly edited repost. */
  copy: boolean;
  sharedKeys: number;
}

/** Copies share most of their 4-word shingles; two reports of one event in their own words share few. */
export const COPY_OVERLAP = 0.55;
/** Calibrated on tests/fixtures/briefing: same-event reports score 0.35–0.8, different events below 0.2. */
export const JOIN_SCORE = 0.3;
export const WINDOW_DAYS = 3;

function weightedJaccard(a: Uint32Array, b: Uint32Array, idf: (key: number) => number, words: FeatureWords): { value: number; shared: number } {
  let both = 0;
  let either = 0;
  let shared = 0;
  for (let i = 0; i < a.length; i += 2) {
    const key = a[i]!;
    const wa = words.value(a[i + 1]!);
    const rare = idf(key);
    const wb = valueOf(b, key, words) ?? 0;
    if (wb > 0) shared += 1;
    both += Math.min(wa, wb) * rare;
    either += Math.max(wa, wb) * rare;
  }
  for (let j = 0; j < b.length; j += 2) {
    if (!holds(a, b[j]!)) either += words.value(b[j + 1]!) * idf(b[j]!);
  }
  return { value: either ? both / either : 0, shared };
}

function cosine(a: Uint32Array, b: Uint32Array, idf: (term: number) => number, words: FeatureWords): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i += 2) {
    const term = a[i]!;
    const rare = idf(term);
    const wa = words.value(a[i + 1]!) * rare;
    na += wa * wa;
    const tb = valueOf(b, term, words);
    if (tb) dot += wa * tb * rare;
  }
  for (let j = 0; j < b.length; j += 2) {
    const wb = words.value(b[j + 1]!) * idf(b[j]!);
    nb += wb * wb;
  }
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

/** How likely two articles tell the same story: who and where, headline and lead words, dates. */
export function matchArticles(a: ArticleFeatures, b: ArticleFeatures, rarity: Rarity): Match {
  const entities = weightedJaccard(a.keys, b.keys, (k) => rarity.keyIdf(k), rarity.words);
  const text = cosine(a.terms, b.terms, (t) => rarity.termIdf(t), rarity.words);
  const overlap = sketchOverlap(a.sketch, b.sketch);
  let sharedDay = Math.abs(a.day - b.day) <= 1 ? 0.05 : 0;
  for (const day of a.eventDays) if (b.eventDays.includes(day) || day === b.date) sharedDay = 0.1;
  for (const day of b.eventDays) if (day === a.date) sharedDay = 0.1;
  const score = 0.5 * entities.value + 0.5 * text + (entities.shared > 0 ? sharedDay : 0);
  return { score, copy: overlap >= COPY_OVERLAP, sharedKeys: entities.shared };
}

export function joins(match: Match): boolean {
  return match.copy || (match.sharedKeys > 0 && match.score >= JOIN_SCORE);
}
