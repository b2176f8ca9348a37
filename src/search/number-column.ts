type Typed = Uint8Array | Uint32Array;

/**
 * Small whole numbers by index in a typed array that grows by half again when full: the name directory's
 * kinds and counts, some 290,000 each at 100,000 articles, took 8 bytes a number as lists.
 */
export class NumberColumn {
  private data: Typed;
  length: number;

  constructor(
    private readonly make: (size: number) => Typed,
    from: ArrayLike<number> = [],
  ) {
    this.data = make(Math.max(16, from.length));
    this.data.set(from);
    this.length = from.length;
  }

  get(index: number): number {
    return this.data[index]!;
  }

  set(index: number, value: number): void {
    this.data[index] = value;
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = this.make(Math.ceil(this.data.length * 1.5));
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }

  /** The numbers held, as a view (for a snapshot). */
  view(): Typed {
    return this.data.subarray(0, this.length);
  }
}

export const byteColumn = (from?: ArrayLike<number>) => new NumberColumn((n) => new Uint8Array(n), from);
export const countColumn = (from?: ArrayLike<number>) => new NumberColumn((n) => new Uint32Array(n), from);
