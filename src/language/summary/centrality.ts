import type { SimilarityMatrix } from './similarity.js';

/**
 * LexRank with continuous weights (Erkan & Radev 2004): a sentence is central when sentences that are
 * themselves central resemble it. Power iteration on the row-normalised similarity graph.
 */
export function lexRank({ n, values }: SimilarityMatrix, damping = 0.85, iterations = 30): number[] {
  if (n === 0) return [];
  // Each row's non-zero cells, found once: most sentence pairs share no word.
  const rows: { cols: number[]; shares: number[] }[] = [];
  const isolated: number[] = [];
  for (let j = 0; j < n; j++) {
    // One pass over the row: its sum and its non-zero cells, divided by the sum once it is known.
    let out = 0;
    const cols: number[] = [];
    const shares: number[] = [];
    for (let i = 0; i < n; i++) {
      const v = values[j * n + i]!;
      out += v;
      if (v) {
        cols.push(i);
        shares.push(v);
      }
    }
    if (!out) {
      isolated.push(j);
      rows.push({ cols: [], shares: [] });
      continue;
    }
    for (let k = 0; k < shares.length; k++) shares[k] = shares[k]! / out;
    rows.push({ cols, shares });
  }
  let rank = new Float64Array(n).fill(1 / n);
  for (let it = 0; it < iterations; it++) {
    let spread = 0;
    for (const j of isolated) spread += (damping * rank[j]!) / n;
    const next = new Float64Array(n).fill((1 - damping) / n + spread);
    for (let j = 0; j < n; j++) {
      const { cols, shares } = rows[j]!;
      const give = damping * rank[j]!;
      for (let k = 0; k < cols.length; k++) next[cols[k]!]! += give * shares[k]!;
    }
    rank = next;
  }
  return [...rank];
}

/** Scores scaled so the best is 1. */
export function scaleToMax(values: readonly number[]): number[] {
  const max = Math.max(0, ...values);
  return values.map((v) => (max > 0 ? v / max : 0));
}
