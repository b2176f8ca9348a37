import type { IndexState } from './search-index.js';
import { SECTION_NAMES } from './snapshot-sections.js';

/**
 * What a snapshot must satisfy before any of it is believed. A checksum only proves the file is the one
 * that was written; a file someone crafted carries a checksum of its own. So every size is checked
 * against the file before a byte is allocated for it, and the sections against each other before the
 * index uses them (one linear pass: offsets, term order, lengths).
 */
export interface SnapshotHeader {
  fingerprint: string;
  averages: number[];
  checksum: string;
  sections: string[];
  sizes: number[];
  endianness: string;
}

const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isSafeInteger(n) && n >= 0;

/** The header's shape and sizes, given the file's size and where the body starts; a problem or undefined. */
export function headerProblem(header: unknown, fileSize: number, bodyStart: number): string | undefined {
  const h = header as Partial<SnapshotHeader> | null;
  if (!h || typeof h !== 'object' || !Array.isArray(h.sizes) || !Array.isArray(h.sections) || h.sections.join() !== SECTION_NAMES.join()) {
    return 'unreadable header (torn file)';
  }
  if (h.sizes.length !== SECTION_NAMES.length || !h.sizes.every(isCount)) return 'section sizes that are not sizes (crafted or corrupt file)';
  const bodyLength = h.sizes.reduce((a, b) => a + b, 0);
  if (fileSize !== bodyStart + bodyLength) return `torn file (${fileSize} bytes, expected ${bodyStart + bodyLength})`;
  if (typeof h.checksum !== 'string' || typeof h.fingerprint !== 'string') return 'unreadable header (torn file)';
  if (!Array.isArray(h.averages) || !h.averages.every((a) => typeof a === 'number' && Number.isFinite(a) && a >= 0)) return 'unreadable averages';
  return undefined;
}

/** How many strings a joined text holds when it holds at least one (an empty string is one). */
const lines = (text: string) => {
  let n = 1;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) n++;
  return n;
};

/** Whether the unpacked sections agree with each other; a problem or undefined. */
export function stateProblem(state: IndexState, documents: number): string | undefined {
  const { postings, docs, names } = state;
  const { terms, offsets, counts, data } = postings;
  if (offsets.length !== terms.length + 1 || counts.length !== terms.length) return 'inconsistent sections (postings)';
  if (offsets[0] !== 0 || offsets[terms.length] !== data.length) return 'inconsistent sections (postings offsets)';
  for (let i = 0; i < terms.length; i++) {
    if (offsets[i + 1]! < offsets[i]!) return 'inconsistent sections (postings offsets)';
    // Lookups binary-search the terms: out of order, they would miss words that are there.
    if (i > 0 && !(terms.at(i - 1)! < terms.at(i)!)) return 'inconsistent sections (terms out of order)';
  }
  if (docs.ids.length !== documents || docs.titles.length !== documents || docs.dates.length !== documents) return 'inconsistent sections (documents)';
  const n = names.kinds.length;
  if (names.counts.length !== n || (n > 0 && (lines(names.facets) !== n || lines(names.names) !== n || lines(names.forms) !== n))) {
    return 'inconsistent sections (names)';
  }
  return undefined;
}
