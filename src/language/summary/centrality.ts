import type { SimilarityMatrix } from './similarity.js';

/**
 * LexRank with continuous weights (Erkan & Radev 2004): a sentence is central when sentences that are
 * themselves central resemble it. Power iteration on the row-normalised similarity graph.
 */
export function lexRank({ n, values }: SimilarityMatrix, damping = 0.85, iterations = 30): number[] {
  if (n === 0) return [];
  // Each row's weight: the sum of its cells (zeros add nothing, so skipping them leaves the sum the same).
  const out = new Float64Array(n);
  let nonZero = 0;
  for (let j = 0; j < n; j++) {
    let sum = 0;
    for (let at = j * n, last = at + n; at < last; at++) {
      const v = values[at]!;
      if (v) {
        sum += v;
        nonZero++;
      }
    }
    out[j] = sum;
  }
  const isolated: number[] = [];
  for (let j = 0; j < n; j++) if (!out[j]) isolated.push(j);
  // What each sentence receives, read once: column i's non-zero cells (the rows that give to i, in row
  // order, with the share of their weight they give) run from colStart[i] to colStart[i + 1]. Summing
  // them in row order adds the same numbers in the same order as giving row by row would.
  const colStart = new Int32Array(n + 1);
  const givers = new Int32Array(nonZero);
  const shares = new Float64Array(nonZero);
  let cells = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0, at = i; j < n; j++, at += n) {
      const v = values[at]!;
      if (v && out[j]) {
        givers[cells] = j;
        shares[cells++] = v / out[j]!;
      }
    }
    colStart[i + 1] = cells;
  }
  let rank = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  const give = new Float64Array(n);
  for (let it = 0; it < iterations; it++) {
    let spread = 0;
    for (const j of isolated) spread += (damping * rank[j]!) / n;
    const base = (1 - damping) / n + spread;
    for (let j = 0; j < n; j++) give[j] = damping * rank[j]!;
    for (let i = 0; i < n; i++) {
      let sum = base;
      for (let k = colStart[i]!, last = colStart[i + 1]!; k < last; k++) sum += give[givers[k]!]! * shares[k]!;
      next[i] = sum;
    }
    [rank, next] = [next, rank];
  }
  return Array.from(rank);
}

/** Scores scaled so the best is 1. */
export function scaleToMax(values: readonly number[]): number[] {
  const max = Math.max(0, ...values);
  return values.map((v) => (max > 0 ? v / max : 0));
}
