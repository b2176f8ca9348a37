import type { Story } from './story.js';
import type { ArticleFeatures, TextFeatures } from './story-features.js';

/** Numbers live in slabs of this many; a row's numbers never straddle two. */
const SLAB_WORDS = 1 << 18;
/** Text features kept at most, most recently used: new articles are compared with recent ones. */
const TEXT_CAPACITY = 10_000;

/**
 * A row's names are pairs (a word's number, its value's number): nearly every word's number is below 2^24 and
 * the values are a few dozen, so a pair fits one number (1.7 million pairs at 100,000 articles, 7 MB saved).
 * A row with a pair that does not fit keeps its pairs as they are.
 */
const WORD_BITS = 24;
const WORD_LIMIT = 2 ** WORD_BITS;
const VALUE_LIMIT = 2 ** (32 - WORD_BITS);

function packedNames(pairs: Uint32Array): Uint32Array | undefined {
  const packed = new Uint32Array(pairs.length / 2);
  for (let i = 0; i < packed.length; i++) {
    const word = pairs[2 * i]!;
    const value = pairs[2 * i + 1]!;
    if (word >= WORD_LIMIT || value >= VALUE_LIMIT) return undefined;
    packed[i] = value * WORD_LIMIT + word;
  }
  return packed;
}

/** The pairs back, in a fresh array (read, then let go). */
function unpackedNames(slab: Uint32Array, start: number, length: number): Uint32Array {
  const pairs = new Uint32Array(length);
  for (let i = 0; i < length / 2; i++) {
    const packed = slab[start + i]!;
    pairs[2 * i] = packed % WORD_LIMIT;
    pairs[2 * i + 1] = Math.floor(packed / WORD_LIMIT);
  }
  return pairs;
}

/** Where the text features of an article not kept come from (the stored article, read again). */
export type TextSource = (id: string) => TextFeatures | undefined;

/** One article's row without its text features: what is kept for every article, and saved. */
export interface FeatureRow {
  id: string;
  date: string;
  titleForm: string;
  day: number;
  keys: Uint32Array;
}

/**
 * Every article's story features, by article id. Held for every article, in columns: its day, date, headline
 * form, and its names (one run of a shared slab), which windows, merges and the story index read. Its text
 * features (headline and lead words, other dates, the text's sketch: three quarters of the numbers) are only
 * read when a new article is compared with it, nearly always a recent one: the most recently used are kept,
 * and the others worked out again from the stored article by `text`, which gives the same numbers (the text
 * and the vocabulary do not change). Without a `text` source every article's are kept.
 * `get` hands out a fresh `ArticleFeatures`: callers read it and let it go. Iteration follows insertion order,
 * as the Map it replaces did (ties between stories are broken by it).
 */
export class FeatureTable {
  private readonly rowOf = new Map<string, number>();
  private readonly free: number[] = [];
  private readonly titleForms: string[] = [];
  private readonly dates: string[] = [];
  /** The story each row's article is in: a column here rather than a map of its own by article id (3 MB at 100,000). */
  private readonly stories: (Story | undefined)[] = [];
  /**
   * Per row: day, slab, offset in it, and the number of key numbers, negated when the row's names are held
   * packed (`packedNames`).
   */
  private columns = new Int32Array(4 * 1024);
  private readonly slabs: Uint32Array[] = [];
  private slabUsed = SLAB_WORDS;
  /** Dates repeat across articles: one string each. */
  private readonly sameDate = new Map<string, string>();
  private readonly texts = new Map<string, TextFeatures>();
  /** Text features worked out again (for tests and the bench). */
  textLoads = 0;

  constructor(
    private text?: TextSource,
    private readonly capacity = TEXT_CAPACITY,
  ) {}

  /** From now on, text features not kept are read from `text` (set once the articles can be read). */
  readTextFrom(text: TextSource): void {
    this.text = text;
    this.trim();
  }

  get size(): number {
    return this.rowOf.size;
  }

  has(id: string): boolean {
    return this.rowOf.has(id);
  }

  /** The article's day number (days since 1970), without building its features. */
  day(id: string): number | undefined {
    const row = this.rowOf.get(id);
    return row === undefined ? undefined : this.columns[row * 4]!;
  }

  titleForm(id: string): string | undefined {
    const row = this.rowOf.get(id);
    return row === undefined ? undefined : this.titleForms[row];
  }

  story(id: string): Story | undefined {
    const row = this.rowOf.get(id);
    return row === undefined ? undefined : this.stories[row];
  }

  /** Puts a held article in `story` (no-op for an article not held). */
  setStory(id: string, story: Story): void {
    const row = this.rowOf.get(id);
    if (row !== undefined) this.stories[row] = story;
  }

  /** The article's names as pairs, without its text features. */
  keys(id: string): Uint32Array | undefined {
    const row = this.rowOf.get(id);
    return row === undefined ? undefined : this.keysAt(row);
  }

  /** Every id with its headline form, in order, building nothing. */
  *titles(): Generator<[string, string]> {
    for (const [id, row] of this.rowOf) yield [id, this.titleForms[row]!];
  }

  /** Every row without text features, in order (for saving). */
  *rows(): Generator<FeatureRow> {
    for (const [id, row] of this.rowOf) yield { id, date: this.dates[row]!, titleForm: this.titleForms[row]!, day: this.columns[row * 4]!, keys: this.keysAt(row) };
  }

  /**
   * The whole features; undefined for an unknown article, and for one whose text features are neither kept nor
   * readable any more (its stored row gone under it): a comparison leaves it out rather than fail an arrival.
   */
  get(id: string): ArticleFeatures | undefined {
    const row = this.rowOf.get(id);
    if (row === undefined) return undefined;
    let text = this.texts.get(id);
    if (text) {
      // Most recently used last, so the first in the map is the first to go.
      this.texts.delete(id);
      this.texts.set(id, text);
    } else {
      text = this.text?.(id);
      if (!text) return undefined;
      this.textLoads += 1;
      this.keep(id, text);
    }
    return { id, date: this.dates[row]!, titleForm: this.titleForms[row]!, day: this.columns[row * 4]!, keys: this.keysAt(row), terms: text.terms, eventDays: text.eventDays, sketch: text.sketch };
  }

  /** Copies the row in, with its text features when given; an id already held is replaced in its place, as a Map's entry would be. */
  set(f: FeatureRow & Partial<TextFeatures>): void {
    const row = this.rowOf.get(f.id) ?? this.free.pop() ?? this.rowOf.size;
    const packed = packedNames(f.keys);
    const held = packed ?? f.keys;
    const [slab, offset] = this.space(held.length);
    this.slabs[slab]!.set(held, offset);
    if ((row + 1) * 4 > this.columns.length) {
      const grown = new Int32Array(this.columns.length * 2);
      grown.set(this.columns);
      this.columns = grown;
    }
    this.columns.set([f.day, slab, offset, packed ? -f.keys.length : f.keys.length], row * 4);
    this.titleForms[row] = f.titleForm;
    // A new row is the next one: the column grows by one, never with a gap.
    if (!this.rowOf.has(f.id)) this.stories[row] = undefined;
    let date = this.sameDate.get(f.date);
    if (date === undefined) this.sameDate.set(f.date, (date = f.date));
    this.dates[row] = date;
    this.rowOf.set(f.id, row);
    this.texts.delete(f.id);
    if (f.terms && f.sketch && f.eventDays) this.keep(f.id, { terms: f.terms, eventDays: f.eventDays, sketch: f.sketch });
  }

  /** Drops the row; its numbers stay in their slab (articles are rarely removed, and never many). */
  delete(id: string): boolean {
    const row = this.rowOf.get(id);
    if (row === undefined) return false;
    this.rowOf.delete(id);
    this.texts.delete(id);
    this.free.push(row);
    this.titleForms[row] = '';
    this.stories[row] = undefined;
    return true;
  }

  private keep(id: string, text: TextFeatures): void {
    this.texts.set(id, text);
    this.trim();
  }

  private trim(): void {
    if (!this.text) return;
    while (this.texts.size > this.capacity) this.texts.delete(this.texts.keys().next().value!);
  }

  private keysAt(row: number): Uint32Array {
    const c = this.columns;
    const start = c[row * 4 + 2]!;
    const length = c[row * 4 + 3]!;
    const slab = this.slabs[c[row * 4 + 1]!]!;
    return length >= 0 ? slab.subarray(start, start + length) : unpackedNames(slab, start, -length);
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
