/**
 * Record keys filed under a text (a written form, a name's first or last word), in the order they were filed.
 * Most texts name one record: that key is held as the string itself, a list only past one (at 100,000
 * articles, 207,000 forms; a one-key array each cost 56 bytes). Read as a `ReadonlyMap` of key lists.
 */
export class KeyIndex implements ReadonlyMap<string, readonly string[]> {
  private readonly byText = new Map<string, string | string[]>();

  /** From saved lists, in their order. */
  constructor(entries?: Iterable<readonly [string, readonly string[]]>) {
    for (const [text, keys] of entries ?? []) this.addAll(text, keys);
  }

  get size(): number {
    return this.byText.size;
  }

  has(text: string): boolean {
    return this.byText.has(text);
  }

  get(text: string): readonly string[] | undefined {
    const held = this.byText.get(text);
    return typeof held === 'string' ? [held] : held;
  }

  /** Files `key` under `text`, after the keys already there; no-op when it is. */
  add(text: string, key: string): void {
    const held = this.byText.get(text);
    if (held === undefined) this.byText.set(text, key);
    else if (typeof held === 'string') {
      if (held !== key) this.byText.set(text, [held, key]);
    } else if (!held.includes(key)) held.push(key);
  }

  /** Files each of `keys`; a text met for the first time gets a list of exactly these (as read back). */
  addAll(text: string, keys: readonly string[]): void {
    if (!this.byText.has(text) && keys.length > 0 && new Set(keys).size === keys.length) this.byText.set(text, keys.length === 1 ? keys[0]! : [...keys]);
    else for (const key of keys) this.add(text, key);
  }

  remove(text: string, key: string): void {
    const held = this.byText.get(text);
    if (held === key) this.byText.delete(text);
    else if (Array.isArray(held)) {
      const i = held.indexOf(key);
      if (i < 0) return;
      held.splice(i, 1);
      if (held.length === 1) this.byText.set(text, held[0]!);
    }
  }

  *entries(): MapIterator<[string, readonly string[]]> {
    for (const [text, held] of this.byText) yield [text, typeof held === 'string' ? [held] : held];
  }

  *keys(): MapIterator<string> {
    yield* this.byText.keys();
  }

  *values(): MapIterator<readonly string[]> {
    for (const [, keys] of this.entries()) yield keys;
  }

  forEach(visit: (keys: readonly string[], text: string, map: ReadonlyMap<string, readonly string[]>) => void): void {
    for (const [text, keys] of this.entries()) visit(keys, text, this);
  }

  [Symbol.iterator](): MapIterator<[string, readonly string[]]> {
    return this.entries();
  }
}
