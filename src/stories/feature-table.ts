import type { ArticleFeatures } from './story-features.js';

/** Numbers live in slabs of this many; a row's numbers never straddle two. */
const SLAB_WORDS = 1 << 18;

/**
 * Every article's story features, by article id, in columns. As one object per article, with three typed
 * arrays of its own, the book held about 45 MB of headers at 100,000 articles for 60 MB of numbers; here a
 * row is a few slots of shared columns, and its names, words and sketch are one run of a shared slab.
 * `get` hands out a fresh `ArticleFeatures` over the row's numbers: callers read it and let it go.
 * Iteration follows insertion order, as the Map it replaces did (ties between stories are broken by it).
 */
export class FeatureTable {
  private readonly rowOf = new Map<string, number>();
  private readonly free: number[] = [];
  private readonly titleForms: string[] = [];
  private readonly dates: string[] = [];
  private readonly eventDays: (readonly string[])[] = [];
  /** Per row: day, slab, offset in it, and the lengths of keys, terms and sketch. */
  private columns = new Int32Array(6 * 1024);
  private readonly slabs: Uint32Array[] = [];
  private slabUsed = SLAB_WORDS;
  /** Dates repeat across articles: one string each. */
  private readonly sameDate = new Map<string, string>();

  get size(): number {
    return this.rowOf.size;
  }

  has(id: string): boolean {
    return this.rowOf.has(id);
  }

  /** The article's day number (days since 1970), without building its features. */
  day(id: string): number | undefined {
    const row = this.rowOf.get(id);
    return row === undefined ? undefined : this.columns[row * 6]!;
  }

  titleForm(id: string): string | undefined {
    const row = this.rowOf.get(id);
    return row === undefined ? undefined : this.titleForms[row];
  }

  /** Every id with its headline form, in order, building nothing. */
  *titles(): Generator<[string, string]> {
    for (const [id, row] of this.rowOf) yield [id, this.titleForms[row]!];
  }

  get(id: string): ArticleFeatures | undefined {
    const row = this.rowOf.get(id);
    return row === undefined ? undefined : this.build(id, row);
  }

  *values(): Generator<ArticleFeatures> {
    for (const [id, row] of this.rowOf) yield this.build(id, row);
  }

  /** Copies the features in; an id already held is replaced in its place, as a Map's entry would be. */
  set(f: ArticleFeatures): void {
    const row = this.rowOf.get(f.id) ?? this.free.pop() ?? this.rowOf.size;
    const length = f.keys.length + f.terms.length + f.sketch.length;
    const [slab, offset] = this.space(length);
    const numbers = this.slabs[slab]!;
    numbers.set(f.keys, offset);
    numbers.set(f.terms, offset + f.keys.length);
    numbers.set(f.sketch, offset + f.keys.length + f.terms.length);
    if ((row + 1) * 6 > this.columns.length) {
      const grown = new Int32Array(this.columns.length * 2);
      grown.set(this.columns);
      this.columns = grown;
    }
    this.columns.set([f.day, slab, offset, f.keys.length, f.terms.length, f.sketch.length], row * 6);
    this.titleForms[row] = f.titleForm;
    this.eventDays[row] = f.eventDays;
    let date = this.sameDate.get(f.date);
    if (date === undefined) this.sameDate.set(f.date, (date = f.date));
    this.dates[row] = date;
    this.rowOf.set(f.id, row);
  }

  /** Drops the row; its numbers stay in their slab (articles are rarely removed, and never many). */
  delete(id: string): boolean {
    const row = this.rowOf.get(id);
    if (row === undefined) return false;
    this.rowOf.delete(id);
    this.free.push(row);
    this.titleForms[row] = '';
    this.eventDays[row] = [];
    return true;
  }

  private build(id: string, row: number): ArticleFeatures {
    const c = this.columns;
    const at = row * 6;
    const numbers = this.slabs[c[at + 1]!]!;
    const keysStart = c[at + 2]!;
    const termsStart = keysStart + c[at + 3]!;
    const sketchStart = termsStart + c[at + 4]!;
    return {
      id,
      date: this.dates[row]!,
      titleForm: this.titleForms[row]!,
      day: c[at]!,
      keys: numbers.subarray(keysStart, termsStart),
      terms: numbers.subarray(termsStart, sketchStart),
      eventDays: this.eventDays[row]!,
      sketch: numbers.subarray(sketchStart, sketchStart + c[at + 5]!),
    };
  }

  private space(length: number): [number, number] {
    if (this.slabUsed + length > (this.slabs.at(-1)?.length ?? 0)) {
      this.slabs.push(new Uint32Array(Math.max(SLAB_WORDS, length)));
      this.slabUsed = 0;
    }
    this.slabUsed += length;
    return [this.slabs.length - 1, this.slabUsed - length];
  }
}
