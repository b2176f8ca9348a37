/**
 * A map held as one flat array (key, value, key, value…) in insertion order, for the directory's and the
 * stories' many small maps: at 100,000 articles there are millions of them, mostly of one to a few dozen
 * entries, and a `Map` costs two to four times the memory of the array for the same entries. Iteration
 * order is a `Map`'s (set of a new key appends, delete closes the gap), because ties in briefings are broken
 * by it. Lookups scan a short array; a longer one gets a key → position index, kept only for the maps most
 * recently looked up (`RecentIndexes`), so a large map read often (a well-known name's companions while
 * articles arrive) is as quick as a `Map` and a large map at rest costs no more than its array.
 */
export class SmallMap<K, V> {
  /**
   * Two fields, read together: empty (`NOTHING`), one entry held inline (its key and its value: half the
   * directory's maps, whose array would cost 64 bytes more), or `MANY` and the flat array. The index of a
   * large map lives in `recent`, not in every map.
   */
  private head: unknown;
  private tail: unknown;

  /** From entries as `new Map(entries)` takes them (a repeated key keeps its first place and its last value). */
  constructor(entries?: Iterable<readonly [K, V]>) {
    this.head = NOTHING;
    this.tail = undefined;
    if (!entries) return;
    const unique = new Map(entries);
    if (unique.size === 1) {
      const [k, v] = unique.entries().next().value!;
      this.head = k;
      this.tail = v;
    } else if (unique.size > 1) {
      // Sized exactly: an array grown by push keeps up to half again its length, plus 16 slots, spare.
      const items = new Array<unknown>(unique.size * 2);
      let i = 0;
      for (const [k, v] of unique) {
        items[i++] = k;
        items[i++] = v;
      }
      this.head = MANY;
      this.tail = items;
    }
  }

  get size(): number {
    return this.head === NOTHING ? 0 : this.head === MANY ? (this.tail as unknown[]).length >> 1 : 1;
  }

  get(key: K): V | undefined {
    if (this.head !== MANY) return this.head === key ? (this.tail as V) : undefined;
    const at = this.find(key);
    return at < 0 ? undefined : ((this.tail as unknown[])[at + 1] as V);
  }

  has(key: K): boolean {
    return this.head === MANY ? this.find(key) >= 0 : this.head === key;
  }

  set(key: K, value: V): this {
    if (this.head === NOTHING || this.head === key) {
      this.head = key;
      this.tail = value;
      return this;
    }
    if (this.head !== MANY) {
      this.tail = [this.head, this.tail, key, value];
      this.head = MANY;
      return this;
    }
    const items = this.tail as unknown[];
    const at = this.find(key);
    if (at >= 0) items[at + 1] = value;
    else {
      if (items.length > SCANNED * 2) recent.indexOf(this)?.set(key, items.length);
      // A small map grows by exactly one entry (most stay small); a large one by push's spare room.
      if (items.length < EXACT_UNTIL) this.tail = grown(items, key, value);
      else items.push(key, value);
    }
    return this;
  }

  delete(key: K): boolean {
    if (this.head !== MANY) {
      if (this.head === NOTHING || this.head !== key) return false;
      this.head = NOTHING;
      this.tail = undefined;
      return true;
    }
    const at = this.find(key);
    if (at < 0) return false;
    const items = this.tail as unknown[];
    // Every later position moves: a large map's index is rebuilt at its next lookup.
    if (items.length >= SCANNED * 2) recent.forget(this);
    if (items.length === 4) {
      // The one left goes back inline.
      this.head = items[at === 0 ? 2 : 0];
      this.tail = items[at === 0 ? 3 : 1];
    } else items.splice(at, 2);
    return true;
  }

  /** Each entry in order, without an iterator or an entry array per step (the hot loops of briefings). */
  forEach(visit: (value: V, key: K) => void): void {
    this.forEachLast(Infinity, visit);
  }

  /** The last `count` entries (the most recently added), in order. */
  forEachLast(count: number, visit: (value: V, key: K) => void): void {
    if (this.head !== MANY) {
      if (this.head !== NOTHING && count > 0) visit(this.tail as V, this.head as K);
      return;
    }
    const items = this.tail as unknown[];
    for (let i = Math.max(0, items.length - 2 * Math.max(0, count)); i < items.length; i += 2) visit(items[i + 1] as V, items[i] as K);
  }

  *keys(): Generator<K, void, undefined> {
    if (this.head !== MANY) {
      if (this.head !== NOTHING) yield this.head as K;
      return;
    }
    const items = this.tail as unknown[];
    for (let i = 0; i < items.length; i += 2) yield items[i] as K;
  }

  *values(): Generator<V, void, undefined> {
    if (this.head !== MANY) {
      if (this.head !== NOTHING) yield this.tail as V;
      return;
    }
    const items = this.tail as unknown[];
    for (let i = 1; i < items.length; i += 2) yield items[i] as V;
  }

  *entries(): Generator<[K, V], void, undefined> {
    if (this.head !== MANY) {
      if (this.head !== NOTHING) yield [this.head as K, this.tail as V];
      return;
    }
    const items = this.tail as unknown[];
    for (let i = 0; i < items.length; i += 2) yield [items[i] as K, items[i + 1] as V];
  }

  [Symbol.iterator](): Generator<[K, V], void, undefined> {
    return this.entries();
  }

  /** The key's position in the array of a map of many entries, or -1. */
  private find(key: K): number {
    const items = this.tail as unknown[];
    if (items.length <= SCANNED * 2) {
      for (let i = 0; i < items.length; i += 2) if (items[i] === key) return i;
      return -1;
    }
    let index = recent.indexOf(this) as Map<K, number> | undefined;
    if (!index) {
      index = new Map<K, number>();
      for (let i = 0; i < items.length; i += 2) index.set(items[i] as K, i);
      recent.keep(this, index);
    }
    return index.get(key) ?? -1;
  }
}

function grown(items: readonly unknown[], key: unknown, value: unknown): unknown[] {
  const next = new Array<unknown>(items.length + 2);
  for (let i = 0; i < items.length; i++) next[i] = items[i];
  next[items.length] = key;
  next[items.length + 1] = value;
  return next;
}

/** The head of an empty map, and of one whose entries are in the array: never a key. */
const NOTHING = Object.freeze({});
const MANY = Object.freeze({});
/** Below this many slots an added entry copies the array to one of the exact length. */
const EXACT_UNTIL = 64;
/** Up to this many entries a lookup scans the array. */
const SCANNED = 16;

/**
 * The indexes of the maps recently looked up, within a total of indexed entries: an index costs what a `Map`
 * would, so only the maps in use hold one. Eviction is a clock (second chance): a lookup only marks its map
 * used, since moving it to the back of the list at every lookup cost more than the lookups it served.
 */
class RecentIndexes {
  private readonly held = new Map<object, { index: Map<unknown, number>; entries: number; used: boolean }>();
  private entries = 0;
  /** Entries indexed since the budget last grew, and in all (for tests). */
  private sinceGrown = 0;
  built = 0;

  constructor(public capacity: number) {}

  /** The map's index, marked used; undefined when it has none. */
  indexOf(map: object): Map<unknown, number> | undefined {
    const got = this.held.get(map);
    if (!got) return undefined;
    got.used = true;
    return got.index;
  }

  keep(map: object, index: Map<unknown, number>): void {
    // Indexes built again and again, more entries than four budgets' worth, mean the maps in use do not fit it
    // (a build of a million articles, whose common names' maps are each larger than the budget): it doubles, so
    // the building stays within a few times the entries in use instead of growing with every lookup.
    this.built += index.size;
    this.sinceGrown += index.size;
    if (this.sinceGrown > this.capacity * 4) {
      this.capacity *= 2;
      this.sinceGrown = 0;
    }
    this.held.set(map, { index, entries: index.size, used: false });
    this.entries += index.size;
    while (this.entries > this.capacity && this.held.size > 1) {
      const [oldest, got] = this.held.entries().next().value!;
      if (oldest === map) break;
      this.held.delete(oldest);
      if (got.used) {
        got.used = false;
        this.held.set(oldest, got);
      } else this.entries -= got.entries;
    }
  }

  forget(map: object): void {
    const got = this.held.get(map);
    if (!got) return;
    this.held.delete(map);
    this.entries -= got.entries;
  }
}

const recent = new RecentIndexes(250_000);

/** How many entries the large maps' indexes may hold now, and how many were indexed in all (tests). */
export const smallMapIndexing = (): { capacity: number; built: number } => ({ capacity: recent.capacity, built: recent.built });
