/**
 * Near-duplicate detection: a bottom-k MinHash sketch of an article's word 4-shingles. Two sketches
 * estimate the Jaccard overlap of the full shingle sets, so a syndicated copy with a changed line or
 * an added credit still shows as a copy, in 64 numbers per article.
 */
const SKETCH_SIZE = 64;
const SHINGLE = 4;

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** murmur3's finaliser: spreads the bits of a combined hash so the smallest values are a fair sample. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export function shingleSketch(text: string): Uint32Array {
  const words = (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map(fnv1a);
  const count = Math.max(words.length - SHINGLE + 1, words.length > 0 ? 1 : 0);
  const hashes = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    let h = 0;
    for (let k = 0; k < SHINGLE && i + k < words.length; k++) h = Math.imul(h ^ words[i + k]!, 0x9e3779b1) + k;
    hashes[i] = mix(h);
  }
  hashes.sort();
  const out: number[] = [];
  for (let i = 0; i < hashes.length && out.length < SKETCH_SIZE; i++) if (i === 0 || hashes[i] !== hashes[i - 1]) out.push(hashes[i]!);
  return Uint32Array.from(out);
}

/** Estimated Jaccard overlap of the two shingle sets (bottom-k of the union, share found in both). */
export function sketchOverlap(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 || b.length === 0) return 0;
  const k = Math.min(SKETCH_SIZE, Math.max(a.length, b.length));
  let i = 0;
  let j = 0;
  let seen = 0;
  let both = 0;
  while (seen < k && (i < a.length || j < b.length)) {
    const x = i < a.length ? a[i]! : Infinity;
    const y = j < b.length ? b[j]! : Infinity;
    if (x === y) {
      both += 1;
      i += 1;
      j += 1;
    } else if (x < y) i += 1;
    else j += 1;
    seen += 1;
  }
  return seen ? both / seen : 0;
}
