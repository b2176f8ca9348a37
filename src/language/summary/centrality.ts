/**
 * LexRank with continuous weights (Erkan & Radev 2004): a sentence is central when sentences that are
 * themselves central resemble it. Power iteration on the row-normalised similarity graph.
 */
export function lexRank(similarity: readonly (readonly number[])[], damping = 0.85, iterations = 30): number[] {
  const n = similarity.length;
  if (n === 0) return [];
  const rowSums = similarity.map((row) => row.reduce((s, x) => s + x, 0));
  let rank = new Array<number>(n).fill(1 / n);
  for (let it = 0; it < iterations; it++) {
    const next = new Array<number>(n).fill((1 - damping) / n);
    for (let j = 0; j < n; j++) {
      const out = rowSums[j]!;
      if (!out) {
        for (let i = 0; i < n; i++) next[i]! += (damping * rank[j]!) / n;
        continue;
      }
      const row = similarity[j]!;
      for (let i = 0; i < n; i++) if (row[i]) next[i]! += (damping * rank[j]! * row[i]!) / out;
    }
    rank = next;
  }
  return rank;
}

/** Scores scaled so the best is 1. */
export function scaleToMax(values: readonly number[]): number[] {
  const max = Math.max(0, ...values);
  return values.map((v) => (max > 0 ? v / max : 0));
}
