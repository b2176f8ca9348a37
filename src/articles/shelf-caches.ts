/** The bounded caches an analysis shelf keeps its reads of the store in. */

/** The most recently used values by article id, at most `capacity`; misses read through `load`. */
export class RecentlyUsed<V> {
  private readonly cache = new Map<string, V>();
  loads = 0;

  constructor(
    private readonly load: (id: string) => V | undefined,
    private capacity: number,
    private readonly what: string,
    /** Reads many in one go, where the store can. */
    private readonly loadMany?: (ids: readonly string[]) => Map<string, V>,
  ) {}

  /** Holds at most `capacity` from now on, the least recently used going first. */
  resize(capacity: number): void {
    this.capacity = capacity;
    for (const id of this.cache.keys()) {
      if (this.cache.size <= capacity) break;
      this.cache.delete(id);
    }
  }

  get size(): number {
    return this.cache.size;
  }

  get(id: string): V {
    const cached = this.cache.get(id);
    if (cached !== undefined) {
      this.cache.delete(id);
      this.cache.set(id, cached);
      return cached;
    }
    const value = this.load(id);
    if (value === undefined) throw new Error(`the ${this.what} of ${id} is no longer stored`);
    this.loads += 1;
    this.put(id, value);
    return value;
  }

  /** Reads the missing ones of `ids` in one read (where the store can), so the gets that follow find them. */
  preload(ids: readonly string[]): void {
    const missing = this.loadMany ? ids.filter((id) => !this.cache.has(id)) : [];
    if (missing.length === 0) return;
    for (const [id, value] of this.loadMany!(missing.slice(-this.capacity))) {
      this.loads += 1;
      this.put(id, value);
    }
  }

  /** Holds a value read elsewhere (a fresh analysis), as if it had just been read. */
  put(id: string, value: V): void {
    this.cache.set(id, value);
    if (this.cache.size > this.capacity) this.cache.delete(this.cache.keys().next().value!);
  }
}

/** One string for equal texts, among the last `capacity` distinct ones seen. */
export class SharedTexts {
  private readonly held = new Map<string, string>();

  constructor(private readonly capacity: number) {}

  shared(text: string): string {
    const held = this.held.get(text);
    if (held !== undefined) return held;
    if (this.held.size >= this.capacity) this.held.clear();
    this.held.set(text, text);
    return text;
  }
}
