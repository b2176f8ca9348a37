import { bytesIn } from './file-bytes.js';
import { ByteWriter, type FrozenPostings } from './postings.js';
import { JoinedTerms, type TermList } from './term-list.js';

/**
 * Merges frozen postings whose documents do not overlap and come in order (each part's documents
 * follow the previous part's), renumbering through `remap` (old number → new, or -1 for a removed
 * document). Used to join the chunks of a build and to fold live additions and removals into the base.
 */
export function mergePostings(parts: readonly FrozenPostings[], remap?: Int32Array): FrozenPostings {
  const terms = parts.reduce<string[]>((all, p) => unionSorted(all, p.terms), []);
  const cursors = parts.map(() => 0);
  const totalBytes = parts.reduce((sum, p) => sum + p.data.length, 0);
  const writer = new ByteWriter(totalBytes + 16);
  const keptTerms: string[] = [];
  const offsets: number[] = [0];
  const counts: number[] = [];
  for (const term of terms) {
    let previousOut = 0;
    let count = 0;
    for (let p = 0; p < parts.length; p++) {
      const part = parts[p]!;
      const at = cursors[p]!;
      if (part.terms.at(at) !== term) continue;
      cursors[p] = at + 1;
      const [data, start, end] = bytesIn(part.data, part.offsets[at]!, part.offsets[at + 1]!);
      let pos = start;
      let doc = 0;
      // The decoding of walkPostings, inlined: through its per-posting callback a merge ran 2–3× slower.
      while (pos < end) {
        let byte = data[pos++]!;
        let delta = byte & 0x7f;
        let shift = 7;
        while (byte & 0x80) {
          byte = data[pos++]!;
          delta |= (byte & 0x7f) << shift;
          shift += 7;
        }
        doc += delta;
        const impact = data[pos++]!;
        const out = remap ? remap[doc]! : doc;
        if (out < 0) continue;
        writer.posting(out - previousOut, impact);
        previousOut = out;
        count++;
      }
    }
    if (count === 0) continue;
    keptTerms.push(term);
    counts.push(count);
    offsets.push(writer.length);
  }
  return { terms: JoinedTerms.of(keptTerms), offsets: Uint32Array.from(offsets), counts: Uint32Array.from(counts), data: writer.finish() };
}

/** The union of two sorted lists of distinct terms, sorted (a merge, not a sort). */
function unionSorted(a: TermList, b: TermList): string[] {
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a.at(i);
    const y = b.at(j);
    if (y === undefined || (x !== undefined && x < y)) {
      out.push(x!);
      i++;
    } else if (x === undefined || y < x) {
      out.push(y);
      j++;
    } else {
      out.push(x);
      i++;
      j++;
    }
  }
  return out;
}
