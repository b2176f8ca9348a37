import { ownString } from '../language/own-string.js';
import { bytesIn, type Bytes } from './file-bytes.js';
import type { TermList } from './term-list.js';
/**
 * Postings: for each term, the documents holding it (ascending numbers) and one impact byte each (the
 * term's weight in that document, see document-fields.ts). New documents go to a `PostingsBuffer`
 * (plain arrays, cheap to append); `freeze` packs a buffer into `FrozenPostings` (sorted terms, each
 * list delta- and varint-coded in one byte array), which is what most of the index is made of and what
 * the snapshot stores. About 2.5 bytes a posting instead of 16 in plain arrays.
 */
export interface FrozenPostings {
  /** Sorted by code unit (`<`), so binary search and merges need no locale. */
  terms: TermList;
  /** `terms.length + 1` byte offsets into `data`. */
  offsets: Uint32Array;
  /** Postings per term (removed documents included until the next compaction). */
  counts: Uint32Array;
  /** In memory, or left in the snapshot file it was loaded from (`FileBytes`). */
  data: Bytes;
}

export const EMPTY_POSTINGS: FrozenPostings = { terms: [], offsets: new Uint32Array(1), counts: new Uint32Array(0), data: new Uint8Array(0) };

/** A growable byte array with varint writes. */
export class ByteWriter {
  private bytes: Uint8Array;
  length = 0;

  constructor(capacity = 1 << 16) {
    this.bytes = new Uint8Array(capacity);
  }

  private ensure(extra: number): void {
    if (this.length + extra <= this.bytes.length) return;
    const next = new Uint8Array(Math.max(this.bytes.length * 2, this.length + extra));
    next.set(this.bytes.subarray(0, this.length));
    this.bytes = next;
  }

  posting(delta: number, impact: number): void {
    this.ensure(6);
    const bytes = this.bytes;
    let value = delta;
    while (value >= 0x80) {
      bytes[this.length++] = (value & 0x7f) | 0x80;
      value >>>= 7;
    }
    bytes[this.length++] = value;
    bytes[this.length++] = impact;
  }

  finish(): Uint8Array {
    return this.bytes.slice(0, this.length);
  }
}

/** Postings of documents added since the last freeze. */
export class PostingsBuffer {
  readonly lists = new Map<string, { docs: number[]; impacts: number[] }>();
  postings = 0;

  add(doc: number, impacts: ReadonlyMap<string, number>): void {
    for (const [term, impact] of impacts) {
      let list = this.lists.get(term);
      if (!list) {
        list = { docs: [], impacts: [] };
        // A term cut from the article's text would keep that text alive as long as the index keeps the term.
        this.lists.set(ownString(term), list);
      }
      list.docs.push(doc);
      list.impacts.push(impact);
    }
    this.postings += impacts.size;
  }
}

export function freeze(buffer: PostingsBuffer): FrozenPostings {
  const terms = [...buffer.lists.keys()].sort();
  const offsets = new Uint32Array(terms.length + 1);
  const counts = new Uint32Array(terms.length);
  const writer = new ByteWriter(buffer.postings * 3 + 16);
  terms.forEach((term, i) => {
    const list = buffer.lists.get(term)!;
    let previous = 0;
    for (let j = 0; j < list.docs.length; j++) {
      const doc = list.docs[j]!;
      writer.posting(doc - previous, list.impacts[j]!);
      previous = doc;
    }
    counts[i] = list.docs.length;
    offsets[i + 1] = writer.length;
  });
  return { terms, offsets, counts, data: writer.finish() };
}

/** Index of `term` in the sorted terms, or -1. */
export function findTerm(postings: FrozenPostings, term: string): number {
  const terms = postings.terms;
  let lo = 0;
  let hi = terms.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const here = terms.at(mid)!;
    if (here === term) return mid;
    if (here < term) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** First index whose term is ≥ `prefix` (the start of a prefix range). */
export function lowerBound(terms: TermList, prefix: string): number {
  let lo = 0;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (terms.at(mid)! < prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Walks the postings of term number `index`, calling `visit` for each document not marked dead.
 * The hot loop of every query: no allocation, no closures created per posting.
 */
export function walkPostings(postings: FrozenPostings, index: number, dead: Uint8Array, visit: (doc: number, impact: number) => void): void {
  const [data, start, end] = bytesIn(postings.data, postings.offsets[index]!, postings.offsets[index + 1]!);
  let at = start;
  let doc = 0;
  while (at < end) {
    let byte = data[at++]!;
    let delta = byte & 0x7f;
    let shift = 7;
    while (byte & 0x80) {
      byte = data[at++]!;
      delta |= (byte & 0x7f) << shift;
      shift += 7;
    }
    doc += delta;
    const impact = data[at++]!;
    if (dead[doc] !== 1) visit(doc, impact);
  }
}
