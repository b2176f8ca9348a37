import { ByteWriter, type FrozenPostings } from './postings.js';

/**
 * Postings of a build, gathered in flat typed arrays (term number, document, impact) instead of one
 * array per term, then frozen with a counting sort. Building 100k articles this way makes a few large
 * allocations instead of millions of small ones, which is most of the build's time otherwise (GC).
 */
export class ChunkBuilder {
  private readonly ids = new Map<string, number>();
  private readonly terms: string[] = [];
  private termIds = new Uint32Array(1 << 16);
  private docs = new Uint32Array(1 << 16);
  private impacts = new Uint8Array(1 << 16);
  length = 0;

  add(doc: number, impacts: ReadonlyMap<string, number>): void {
    if (this.length + impacts.size > this.docs.length) this.grow(this.length + impacts.size);
    // forEach, not for-of: no [key, value] array per entry.
    impacts.forEach((impact, term) => {
      let id = this.ids.get(term);
      if (id === undefined) {
        id = this.terms.length;
        this.ids.set(term, id);
        this.terms.push(term);
      }
      this.termIds[this.length] = id;
      this.docs[this.length] = doc;
      this.impacts[this.length++] = impact;
    });
  }

  private grow(need: number): void {
    const size = Math.max(need, this.docs.length * 2);
    const termIds = new Uint32Array(size);
    const docs = new Uint32Array(size);
    const impacts = new Uint8Array(size);
    termIds.set(this.termIds.subarray(0, this.length));
    docs.set(this.docs.subarray(0, this.length));
    impacts.set(this.impacts.subarray(0, this.length));
    Object.assign(this, { termIds, docs, impacts });
  }

  freeze(): FrozenPostings {
    const n = this.terms.length;
    const starts = new Uint32Array(n + 1);
    for (let i = 0; i < this.length; i++) starts[this.termIds[i]! + 1]!++;
    for (let t = 0; t < n; t++) starts[t + 1]! += starts[t]!;
    // Positions grouped by term, each group in document order (documents were added in order).
    const grouped = new Uint32Array(this.length);
    const cursor = starts.slice(0, n);
    for (let i = 0; i < this.length; i++) grouped[cursor[this.termIds[i]!]!++] = i;
    const order = this.terms.map((_, i) => i).sort((a, b) => (this.terms[a]! < this.terms[b]! ? -1 : 1));
    const offsets = new Uint32Array(n + 1);
    const counts = new Uint32Array(n);
    const writer = new ByteWriter(this.length * 3 + 16);
    order.forEach((id, k) => {
      let previous = 0;
      for (let g = starts[id]!; g < starts[id + 1]!; g++) {
        const at = grouped[g]!;
        const doc = this.docs[at]!;
        writer.posting(doc - previous, this.impacts[at]!);
        previous = doc;
      }
      counts[k] = starts[id + 1]! - starts[id]!;
      offsets[k + 1] = writer.length;
    });
    return { terms: order.map((id) => this.terms[id]!), offsets, counts, data: writer.finish() };
  }
}
