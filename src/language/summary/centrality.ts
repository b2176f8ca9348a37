import type { SimilarityMatrix } from './similarity.js';

/** Non-zero cells of the matrix, row by row (column, value): kept between calls, grown as needed. */
let rowCells = new Int32Array(0);
let rowValues = new Float64Array(0);

/**
 * LexRank with continuous weights (Erkan & Radev 2004): a sentence is central when sentences that are
 * themselves central resemble it. Power iteration on the row-normalised similarity graph.
 */
export function lexRank({ n, values }: SimilarityMatrix, damping = 0.85, iterations = 30): number[] {
  if (n === 0) return [];
  // Each row's weight: the sum of its cells (zeros add nothing, so skipping them leaves the sum the same),
  // and its non-zero cells, in column order, kept as the row is read.
  if (rowCells.length < n * n) {
    rowCells = new Int32Array(n * n);
    rowValues = new Float64Array(n * n);
  }
  const out = new Float64Array(n);
  const rowStart = new Int32Array(n + 1);
  let nonZero = 0;
  for (let j = 0; j < n; j++) {
    let sum = 0;
    for (let at = j * n, c = 0; c < n; at++, c++) {
      const v = values[at]!;
      if (v) {
        sum += v;
        rowCells[nonZero] = c;
        rowValues[nonZero++] = v;
      }
    }
    out[j] = sum;
    rowStart[j + 1] = nonZero;
  }
  const isolated: number[] = [];
  for (let j = 0; j < n; j++) if (!out[j]) isolated.push(j);
  // What each sentence receives, read once: column i's non-zero cells (the rows that give to i, in row
  // order, with the share of their weight they give) run from colStart[i] to colStart[i + 1]. Summing
  // them in row order adds the same numbers in the same order as giving row by row would. The matrix is
  // symmetric, so column i's cells are row i's, already listed.
  const colStart = new Int32Array(n + 1);
  const givers = new Int32Array(nonZero);
  const shares = new Float64Array(nonZero);
  let cells = 0;
  for (let i = 0; i < n; i++) {
    for (let k = rowStart[i]!, last = rowStart[i + 1]!; k < last; k++) {
      const j = rowCells[k]!;
      if (out[j]) {
        givers[cells] = j;
        shares[cells++] = rowValues[k]! / out[j]!;
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
