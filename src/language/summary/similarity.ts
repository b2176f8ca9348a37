import { termCount } from './known-terms.js';
import { scanSentences } from './terms.js';

/**
 * TF-IDF cosine similarity between the sentences of one article (each sentence a document), as one flat
 * n×n matrix. Dot products are summed term by term over the sentences that share the term (postings kept
 * in flat arrays), so the cost follows how many pairs share words, not n² map lookups.
 */
export interface SimilarityMatrix {
  n: number;
  /** Row-major: `values[i * n + j]` is the cosine of sentences i and j (0 on the diagonal), equal to `values[j * n + i]`. */
  values: Float64Array;
}

export function similarityMatrix(texts: readonly string[]): SimilarityMatrix {
  return termSimilarity(scanSentences(texts).map((s) => s.terms));
}

/**
 * Per term number: the article's own id for it, valid where `stampOf` holds this article's stamp (no
 * clearing between articles). Grown as term numbers are given.
 */
let localOf = new Int32Array(1 << 12);
let stampOf = new Int32Array(1 << 12);
let stamp = 0;

/** `similarityMatrix` of sentences whose content term numbers (`scanSentences`) the caller already has. */
export function termSimilarity(sentenceTerms: readonly (readonly number[])[]): SimilarityMatrix {
  const n = sentenceTerms.length;
  if (localOf.length < termCount()) {
    const size = Math.max(termCount(), localOf.length * 2);
    localOf = new Int32Array(size);
    stampOf = new Int32Array(size);
    stamp = 0;
  }
  stamp++;
  // Each term gets an id in the order first met; each occurrence is its id, sentence after sentence.
  let size = 0;
  let occurrences = 0;
  for (const terms of sentenceTerms) occurrences += terms.length;
  const idAt = new Int32Array(occurrences);
  let k = 0;
  for (const terms of sentenceTerms) {
    for (const term of terms) {
      if (stampOf[term] !== stamp) {
        stampOf[term] = stamp;
        localOf[term] = size++;
      }
      idAt[k++] = localOf[term]!;
    }
  }
  // Per term: the sentences it occurs in and its count there, in sentence order, at postings[from[id]…to[id]).
  const from = new Int32Array(size + 1);
  for (k = 0; k < occurrences; k++) from[idAt[k]! + 1]!++;
  for (let id = 0; id < size; id++) from[id + 1]! += from[id]!;
  const to = from.slice(0, size);
  const sentenceOf = new Int32Array(occurrences);
  const countOf = new Int32Array(occurrences);
  k = 0;
  sentenceTerms.forEach((terms, s) => {
    for (let t = 0; t < terms.length; t++) {
      const id = idAt[k++]!;
      const last = to[id]! - 1;
      if (last >= from[id]! && sentenceOf[last] === s) countOf[last]!++;
      else {
        sentenceOf[last + 1] = s;
        countOf[last + 1] = 1;
        to[id]!++;
      }
    }
  });
  const values = new Float64Array(n * n);
  const squares = new Float64Array(n);
  // A term's weight depends only on how many sentences hold it: each count's logarithm is taken once.
  const idfOf = new Float64Array(n + 1);
  for (let id = 0; id < size; id++) {
    const first = from[id]!;
    const end = to[id]!;
    const df = end - first;
    const idf = idfOf[df] || (idfOf[df] = 1 + Math.log(n / df));
    // Most terms stand in one sentence: they add to its norm and to no pair.
    for (let a = first; a < end; a++) {
      const i = sentenceOf[a]!;
      const wa = countOf[a]! * idf;
      squares[i]! += wa * wa;
      for (let b = a + 1; b < end; b++) values[i * n + sentenceOf[b]!]! += wa * (countOf[b]! * idf);
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
