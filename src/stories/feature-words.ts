import type { SmallMap } from '../briefing/small-map.js';
import type { NumberColumn } from '../search/number-column.js';

/**
 * Story features' names and words as numbers. Each article's features held about 50 small-map entries of a
 * string and a number (five million at 100,000 articles, about 100 MB); as pairs of numbers, a word's number
 * and its value's, they take about half. Numbers are never given back: the vocabulary only
 * grows, by the distinct names and words the archive has seen. The packed arrays `pack` returns are brief:
 * `FeatureTable` copies them into its slabs.
 */
export class FeatureWords {
  private readonly words = new WordNumbering();
  /** Saliences and counts: a few dozen distinct values, held once each. */
  private readonly values = new Numbering<number>();

  id(word: string): number {
    return this.words.number(word);
  }

  word(id: number): string {
    return this.words.item(id);
  }

  /** How many words are numbered (they are 0 to size - 1). */
  get size(): number {
    return this.words.size;
  }

  value(valueId: number): number {
    return this.values.item(valueId);
  }

  /** The map's entries as pairs (word's number, value's number), in the map's order. */
  pack(map: SmallMap<string, number>): Uint32Array {
    const packed = new Uint32Array(map.size * 2);
    let at = 0;
    map.forEach((value, word) => {
      packed[at++] = this.words.number(word);
      packed[at++] = this.values.number(value);
    });
    return packed;
  }

  /** The pairs back as entries, in order (for saving). */
  entries(packed: Uint32Array): [string, number][] {
    const out: [string, number][] = [];
    for (let i = 0; i < packed.length; i += 2) out.push([this.word(packed[i]!), this.value(packed[i + 1]!)]);
    return out;
  }
}

/**
 * Words numbered 0, 1, 2… in the order first met, found through an open-addressed table of numbers: the
 * vocabulary of 100,000 articles is some 230,000 words, and a `Map` of them cost 7 MB where this costs 2.
 */
class WordNumbering {
  private slots = new Int32Array(1 << 10).fill(-1);
  private readonly items: string[] = [];

  number(word: string): number {
    const mask = this.slots.length - 1;
    for (let at = hashOf(word) & mask; ; at = (at + 1) & mask) {
      const n = this.slots[at]!;
      if (n >= 0 && this.items[n] === word) return n;
      if (n >= 0) continue;
      const fresh = this.items.push(word) - 1;
      this.slots[at] = fresh;
      // At most half full, so a probe ends soon.
      if (this.items.length * 2 > this.slots.length) this.grow();
      return fresh;
    }
  }

  item(n: number): string {
    return this.items[n]!;
  }

  get size(): number {
    return this.items.length;
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = this.slots.length - 1;
    this.items.forEach((word, n) => {
      let at = hashOf(word) & mask;
      while (this.slots[at] !== -1) at = (at + 1) & mask;
      this.slots[at] = n;
    });
  }
}

/** FNV-1a over the code units. */
function hashOf(word: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** Items numbered 0, 1, 2… in the order first met. */
class Numbering<T> {
  private readonly numbers = new Map<T, number>();
  private readonly items: T[] = [];

  number(item: T): number {
    let n = this.numbers.get(item);
    if (n === undefined) {
      n = this.items.length;
      this.numbers.set(item, n);
      this.items.push(item);
    }
    return n;
  }

  item(n: number): T {
    return this.items[n]!;
  }

  get size(): number {
    return this.items.length;
  }
}

/** The value paired with a word's number, scanning the pairs (a few dozen at most); undefined when absent. */
export function valueOf(packed: Uint32Array, id: number, words: FeatureWords): number | undefined {
  for (let i = 0; i < packed.length; i += 2) if (packed[i] === id) return words.value(packed[i + 1]!);
  return undefined;
}

/** Articles holding each word, by its number (a `signedColumn`), with one article's pairs more (sign 1) or less (-1). */
export function countPairs(df: NumberColumn, pairs: Uint32Array, sign: 1 | -1): void {
  for (let i = 0; i < pairs.length; i += 2) df.set(pairs[i]!, df.get(pairs[i]!) + sign);
}

export function holds(packed: Uint32Array, id: number): boolean {
  for (let i = 0; i < packed.length; i += 2) if (packed[i] === id) return true;
  return false;
}
