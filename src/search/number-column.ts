type Typed = Uint8Array | Uint32Array | Int32Array;

/**
 * Small whole numbers by index in a typed array that grows by half again when full, 0 where none was set:
 * the name directory's kinds and counts and the stories' document frequencies, each some 230,000 to 290,000
 * numbers at 100,000 articles, took 8 bytes a number as lists.
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
    return index < this.length ? this.data[index]! : 0;
  }

  /** Sets the number at `index`, the column growing to hold it. */
  set(index: number, value: number): void {
    if (index >= this.length) {
      if (index >= this.data.length) {
        const grown = this.make(Math.max(index + 1, Math.ceil(this.data.length * 1.5)));
        grown.set(this.data);
        this.data = grown;
      }
      this.length = index + 1;
    }
    this.data[index] = value;
  }

  push(value: number): void {
    this.set(this.length, value);
  }

  /** The numbers held, as a view (for a snapshot). */
  view(): Typed {
    return this.data.subarray(0, this.length);
  }
}

export const byteColumn = (from?: ArrayLike<number>) => new NumberColumn((n) => new Uint8Array(n), from);
export const countColumn = (from?: ArrayLike<number>) => new NumberColumn((n) => new Uint32Array(n), from);
export const signedColumn = (from?: ArrayLike<number>) => new NumberColumn((n) => new Int32Array(n), from);
