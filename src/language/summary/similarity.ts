import { contentTerms } from './terms.js';

/** TF-IDF vectors of the sentences of one article (each sentence a document) and their cosine similarities. */
export interface SentenceVectors {
  vectors: Map<string, number>[];
  norms: number[];
}

export function sentenceVectors(texts: readonly string[]): SentenceVectors {
  const counts = texts.map((t) => {
    const tf = new Map<string, number>();
    for (const term of contentTerms(t)) tf.set(term, (tf.get(term) ?? 0) + 1);
    return tf;
  });
  const df = new Map<string, number>();
  for (const tf of counts) for (const term of tf.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const n = texts.length;
  const vectors = counts.map((tf) => {
    const v = new Map<string, number>();
    for (const [term, c] of tf) v.set(term, c * (1 + Math.log(n / df.get(term)!)));
    return v;
  });
  const norms = vectors.map((v) => Math.sqrt([...v.values()].reduce((s, x) => s + x * x, 0)));
  return { vectors, norms };
}

export function cosine(sv: SentenceVectors, i: number, j: number): number {
  const a = sv.vectors[i]!;
  const b = sv.vectors[j]!;
  const na = sv.norms[i]!;
  const nb = sv.norms[j]!;
  if (!na || !nb) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, x] of small) dot += x * (large.get(term) ?? 0);
  return dot / (na * nb);
}

/** The full symmetric similarity matrix (articles have tens of sentences, so n² is cheap). */
export function similarityMatrix(sv: SentenceVectors): number[][] {
  const n = sv.vectors.length;
  const m = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const s = cosine(sv, i, j);
      m[i]![j] = s;
      m[j]![i] = s;
    }
  }
  return m;
}
