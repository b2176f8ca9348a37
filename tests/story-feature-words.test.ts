import { describe, expect, it } from 'vitest';
import { SmallMap } from '../src/briefing/small-map.js';
import { signedColumn } from '../src/search/number-column.js';
import { countPairs, FeatureWords, holds, valueOf } from '../src/stories/feature-words.js';

describe('story features held as numbers', () => {
  it('gives back every name and word with its exact value, in the order they were met', () => {
    const words = new FeatureWords();
    // Saliences are fractions (mentions × a type weight): they come back as the same doubles, not rounded.
    const keys = new SmallMap<string, number>([['person:markus-feldner', 7 * 1.2], ['name:kyiv', 0.5], ['name:vienna', 3]]);
    const packed = words.pack(keys);
    expect(words.entries(packed)).toEqual([['person:markus-feldner', 7 * 1.2], ['name:kyiv', 0.5], ['name:vienna', 3]]);
    expect(valueOf(packed, words.id('name:kyiv'), words)).toBe(0.5);
    expect(valueOf(packed, words.id('name:lviv'), words)).toBeUndefined();
    expect(holds(packed, words.id('name:vienna'))).toBe(true);
  });

  it('numbers a word once, whichever article meets it first', () => {
    const words = new FeatureWords();
    const a = words.pack(new SmallMap([['flood', 2], ['danube', 1]]));
    const b = words.pack(new SmallMap([['danube', 2], ['flood', 1]]));
    expect([a[0], a[2]]).toEqual([b[2], b[0]]);
    expect(words.entries(b)).toEqual([['danube', 2], ['flood', 1]]);
  });

  it('keeps every number and word through the growth of its table, with words that differ by one letter', () => {
    const words = new FeatureWords();
    const list = Array.from({ length: 5000 }, (_, i) => (i % 2 ? `name:kyiv-${i}` : `name:kyiv-${i - 1}x`));
    const ids = list.map((w) => words.id(w));
    expect(ids).toEqual(list.map((_, i) => i));
    expect(list.map((w) => words.id(w))).toEqual(ids);
    expect(ids.map((n) => words.word(n))).toEqual(list);
    expect(words.size).toBe(5000);
  });

  it('counts the articles holding each word, past its first size, and none for a word never counted', () => {
    const counts = signedColumn();
    countPairs(counts, Uint32Array.from([3, 0, 5000, 1]), 1);
    countPairs(counts, Uint32Array.from([3, 7]), 1);
    countPairs(counts, Uint32Array.from([5000, 1]), -1);
    counts.set(20_000, 4);
    expect([counts.get(3), counts.get(5000), counts.get(20_000), counts.get(4), counts.get(1_000_000)]).toEqual([2, 0, 4, 0, 0]);
  });
});

