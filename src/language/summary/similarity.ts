import { contentTerms } from './terms.js';

/**
 * TF-IDF cosine similarity between the sentences of one article (each sentence a document), as one flat
 * n×n matrix. Dot products are summed term by term over the sentences that share the term, so the cost
 * follows how many pairs share words, not n² map lookups.
 */
export interface SimilarityMatrix {
  n: number;
  /** Row-major: `values[i * n + j]` is the cosine of sentences i and j (0 on the diagonal). */
  values: Float64Array;
}

export function similarityMatrix(texts: readonly string[]): SimilarityMatrix {
  return termSimilarity(texts.map(contentTerms));
}

/** `similarityMatrix` of sentences whose content terms the caller already has. */
export function termSimilarity(sentenceTerms: readonly (readonly string[])[]): SimilarityMatrix {
  const n = sentenceTerms.length;
  const ids = new Map<string, number>();
  // Per term: the sentences it occurs in and its count there, in sentence order.
  const postings: { sentence: number[]; count: number[] }[] = [];
  sentenceTerms.forEach((terms, s) => {
    for (const term of terms) {
      let id = ids.get(term);
      if (id === undefined) {
        id = postings.length;
        ids.set(term, id);
        postings.push({ sentence: [], count: [] });
      }
      const p = postings[id]!;
      const last = p.sentence.length - 1;
      if (last >= 0 && p.sentence[last] === s) p.count[last]!++;
      else {
        p.sentence.push(s);
        p.count.push(1);
      }
    }
  });
  const values = new Float64Array(n * n);
  const squares = new Float64Array(n);
  for (const p of postings) {
    const idf = 1 + Math.log(n / p.sentence.length);
    // Most terms stand in one sentence: they add to its norm and to no pair.
    if (p.sentence.length === 1) {
      const w = p.count[0]! * idf;
      squares[p.sentence[0]!]! += w * w;
      continue;
    }
    const weights = p.count.map((c) => c * idf);
    for (let a = 0; a < weights.length; a++) {
      const i = p.sentence[a]!;
      const wa = weights[a]!;
      squares[i]! += wa * wa;
      for (let b = a + 1; b < weights.length; b++) values[i * n + p.sentence[b]!]! += wa * weights[b]!;
    }
  }
  const norms = squares.map(Math.sqrt);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const d = norms[i]! * norms[j]!;
      const s = d ? values[i * n + j]! / d : 0;
      values[i * n + j] = s;
      values[j * n + i] = s;
    }
  }
  return { n, values };
}
