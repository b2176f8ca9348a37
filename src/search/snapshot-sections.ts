import { FileBytes, wholeBytes } from './file-bytes.js';
import type { IndexState } from './search-index.js';
import { JoinedTerms, termsText } from './term-list.js';

/**
 * The snapshot's sections: lists of strings as one UTF-8 text joined by newlines (no string holds a
 * newline: terms are words, facets and names are cleaned when added), numbers as raw typed arrays.
 * Splitting one text is many times cheaper than parsing JSON, which matters at start-up with hundreds
 * of thousands of names.
 */
export const SECTION_NAMES = [
  'terms', 'offsets', 'counts', 'postings',
  'docIds', 'docTitles', 'docDates',
  'nameFacets', 'nameNames', 'nameForms', 'nameKinds', 'nameCounts',
] as const;

const strings = (list: readonly string[]) => Buffer.from(list.map((s) => s.replace(/[\r\n]/g, ' ')).join('\n'));
const view = (array: ArrayBufferView) => Buffer.from(array.buffer, array.byteOffset, array.byteLength);

export function packState(state: IndexState): Buffer[] {
  const { postings, docs, names } = state;
  return [
    Buffer.from(termsText(postings.terms)), view(postings.offsets), view(postings.counts), view(wholeBytes(postings.data)),
    strings(docs.ids), Buffer.from(termsText(docs.titles)), view(Int32Array.from(docs.dates)),
    Buffer.from(names.facets), Buffer.from(names.names), Buffer.from(names.forms), view(Uint8Array.from(names.kinds)), view(Uint32Array.from(names.counts)),
  ];
}

/** Sections holding text (joined strings); the others hold raw numbers. */
export const TEXT_SECTIONS: ReadonlySet<string> = new Set(['terms', 'docIds', 'docTitles', 'nameFacets', 'nameNames', 'nameForms']);

/** A text, numbers read, or the postings' bytes left in the file (`FileBytes`). */
export type Section = string | Buffer | FileBytes;

function split(text: string, count: number): string[] {
  if (count === 0) return [];
  const list = text.split('\n');
  if (list.length !== count) throw new Error(`expected ${count} strings, found ${list.length}`);
  return list;
}

/** Rebuilds the state from its sections: texts decoded, numbers in buffers of their own (aligned). */
export function unpackState(sections: readonly Section[], averages: number[], fingerprint: IndexState['fingerprint']): IndexState {
  const text = (i: number) => sections[i] as string;
  const buffer = (i: number) => sections[i] as Buffer;
  const u32 = (b: Buffer) => new Uint32Array(b.buffer, b.byteOffset, b.byteLength / 4);
  const termCount = buffer(2).byteLength / 4;
  const docCount = buffer(6).byteLength / 4;
  const data = sections[3]!;
  return {
    postings: { terms: JoinedTerms.read(text(0), termCount), offsets: u32(buffer(1)), counts: u32(buffer(2)), data: data instanceof FileBytes ? data : new Uint8Array((data as Buffer).buffer, (data as Buffer).byteOffset, (data as Buffer).byteLength) },
    docs: { ids: split(text(4), docCount), titles: JoinedTerms.read(text(5), docCount), dates: Array.from(new Int32Array(buffer(6).buffer, buffer(6).byteOffset, docCount)) },
    // Names stay joined texts: the directory reads them in place.
    names: { facets: text(7), names: text(8), forms: text(9), kinds: buffer(10), counts: u32(buffer(11)) },
    averages,
    fingerprint,
  };
}
