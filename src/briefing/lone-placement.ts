import type { Entity } from '../language/analysis.js';
import { SHARED_SAMPLE, sharedArticles } from './beside-counts.js';
import type { EntityRecord } from './entity-record.js';

/** Above any count of shared articles: a leader of the surname wins the lone surname. */
const LEADER_FIRST = 1e12;
/**
 * A lone surname is weighed against this many full names at most: the leaders and the most filed. At a
 * million articles a common surname fits hundreds of full names, and weighing each against every name of
 * the article made the directory's build grow with the square of the archive.
 */
export const MOST_CANDIDATES = 32;
/**
 * Article lookups one placement may make (about a millisecond): the articles read per pair shrink, to no
 * fewer than `LEAST_SAMPLE`, when there are many candidates and many names. Every placement in the 1,180
 * articles of realnews-dev stays the same as when each pair was counted whole.
 */
export const PLACEMENT_BUDGET = 20_000;
const LEAST_SAMPLE = 25;

/**
 * The full name a lone surname most likely means (`fits` in the order the directory filed them; ties go to
 * the first): a leader of it, then the one most often in the same articles as this article's other names,
 * then the one in most articles.
 */
export function likeliestFit(fits: readonly string[], entities: readonly Entity[], records: ReadonlyMap<string, EntityRecord>): string | undefined {
  const weighed = fits.length > MOST_CANDIDATES ? mostLikely(fits, records) : fits;
  const pairs = Math.max(1, weighed.length * entities.length);
  const sample = Math.min(SHARED_SAMPLE, Math.max(LEAST_SAMPLE, Math.floor(PLACEMENT_BUDGET / pairs)));
  let best: string | undefined;
  let bestScore = -1;
  for (const key of weighed) {
    const record = records.get(key)!;
    let score = record.leaderIn > 0 ? LEADER_FIRST : 0;
    for (const other of entities) if (other.key !== key) score += sharedArticles(record, records.get(other.key), sample) * 1000;
    score += record.articles.size;
    if (score > bestScore) [best, bestScore] = [key, score];
  }
  return best;
}

/** The leaders and the most filed of `fits`, `MOST_CANDIDATES` in all, in their first order. */
function mostLikely(fits: readonly string[], records: ReadonlyMap<string, EntityRecord>): string[] {
  const rank = fits.map((key) => {
    const record = records.get(key)!;
    return (record.leaderIn > 0 ? 1e9 : 0) + record.articles.size;
  });
  const cut = [...rank].sort((a, b) => b - a)[MOST_CANDIDATES - 1]!;
  let ties = MOST_CANDIDATES - rank.filter((r) => r > cut).length;
  return fits.filter((_, i) => rank[i]! > cut || (rank[i] === cut && ties-- > 0));
}
