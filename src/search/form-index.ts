import type { TextList } from './text-list.js';

/**
 * Exact lookup of a name's forms ("kim jong un" → the names that have it) straight over the joined
 * forms text of a `TextList`: an open-addressing hash table of typed arrays whose entries point into
 * the text, so no string is made per form. Items are ` form | form ` (spaces around each form).
 */
function hashRange(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export class FormIndex {
  private readonly starts: Uint32Array;
  private readonly ends: Uint32Array;
  private readonly owners: Uint32Array;
  private readonly table: Int32Array;
  private readonly text: string;

  constructor(list: TextList) {
    this.text = list.joined;
    const found: number[] = [];
    for (let i = 0; i < list.length; i++) {
      const span = list.span(i);
      if (!span) continue;
      let from = span[0];
      for (let at = from; at <= span[1]; at++) {
        if (at < span[1] && this.text.charCodeAt(at) !== 124) continue;
        let s = from;
        let e = at;
        while (s < e && this.text.charCodeAt(s) === 32) s++;
        while (e > s && this.text.charCodeAt(e - 1) === 32) e--;
        if (e > s) found.push(s, e, i);
        from = at + 1;
      }
    }
    const n = found.length / 3;
    this.starts = new Uint32Array(n);
    this.ends = new Uint32Array(n);
    this.owners = new Uint32Array(n);
    let size = 16;
    while (size < n * 2) size *= 2;
    this.table = new Int32Array(size);
    for (let k = 0; k < n; k++) {
      this.starts[k] = found[3 * k]!;
      this.ends[k] = found[3 * k + 1]!;
      this.owners[k] = found[3 * k + 2]!;
      let slot = hashRange(this.text, this.starts[k]!, this.ends[k]!) & (size - 1);
      while (this.table[slot] !== 0) slot = (slot + 1) & (size - 1);
      this.table[slot] = k + 1;
    }
  }

  /** Calls `visit` with the owner of every entry whose form is exactly `form`. */
  lookup(form: string, visit: (owner: number) => void): void {
    const mask = this.table.length - 1;
    for (let slot = hashRange(form, 0, form.length) & mask; this.table[slot] !== 0; slot = (slot + 1) & mask) {
      const k = this.table[slot]! - 1;
      const start = this.starts[k]!;
      if (this.ends[k]! - start !== form.length) continue;
      let same = true;
      for (let i = 0; i < form.length && same; i++) same = this.text.charCodeAt(start + i) === form.charCodeAt(i);
      if (same) visit(this.owners[k]!);
    }
  }
}
