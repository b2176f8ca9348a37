/**
 * A list of strings kept as one text joined by newlines plus the offsets where each ends, with changes
 * and additions on the side. Loading hundreds of thousands of names this way makes one string instead
 * of one per name, so start-up allocates (and the GC marks) a fraction of what it would otherwise; a
 * scan for a needle is one `indexOf` walk over the text.
 */
export class TextList {
  private readonly ends: Uint32Array;
  private readonly count: number;
  private readonly changed = new Map<number, string>();
  private readonly tail: string[] = [];

  constructor(private readonly text = '', count?: number) {
    const n = count ?? (text ? text.split('\n').length : 0);
    this.count = n;
    this.ends = new Uint32Array(n);
    let at = -1;
    for (let i = 0; i < n; i++) {
      const next = text.indexOf('\n', at + 1);
      this.ends[i] = next < 0 ? text.length : next;
      at = this.ends[i]!;
    }
  }

  get length(): number {
    return this.count + this.tail.length;
  }

  private start(i: number): number {
    return i === 0 ? 0 : this.ends[i - 1]! + 1;
  }

  get(i: number): string {
    if (i >= this.count) return this.tail[i - this.count]!;
    return this.changed.get(i) ?? this.text.slice(this.start(i), this.ends[i]!);
  }

  set(i: number, value: string): void {
    if (i >= this.count) this.tail[i - this.count] = value;
    else this.changed.set(i, value);
  }

  push(value: string): number {
    this.tail.push(value.replace(/\n/g, ' '));
    return this.length - 1;
  }

  /** Where item `i` sits in the joined text (unchanged base items only), for reading it in place. */
  span(i: number): [start: number, end: number] | undefined {
    return i < this.count && !this.changed.has(i) ? [this.start(i), this.ends[i]!] : undefined;
  }

  get joined(): string {
    return this.text;
  }

  /** Calls `visit` once for each item holding `needle` (which must not hold a newline). */
  scan(needle: string, visit: (i: number) => void): void {
    let last = -1;
    for (let at = this.text.indexOf(needle); at >= 0; at = this.text.indexOf(needle, at + 1)) {
      const i = this.itemAt(at);
      if (i !== last && !this.changed.has(i)) visit(i);
      last = i;
      // Skip to the next item: one visit per item.
      at = this.ends[i]!;
    }
    for (const [i, value] of this.changed) if (value.includes(needle)) visit(i);
    this.tail.forEach((value, k) => value.includes(needle) && visit(this.count + k));
  }

  private itemAt(position: number): number {
    let lo = 0;
    let hi = this.count - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.ends[mid]! < position) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  toArray(): string[] {
    return Array.from({ length: this.length }, (_, i) => this.get(i));
  }
}
