import { describe, expect, it } from 'vitest';
import { FeatureTable } from '../src/stories/feature-table.js';
import type { ArticleFeatures } from '../src/stories/story-features.js';

const features = (id: string, day: number, keys: number[], terms: number[], sketch: number[], titleForm = id.replace(/-/g, ' ')): ArticleFeatures => ({
  id,
  date: `2024-05-${String(day - 19843).padStart(2, '0')}`,
  titleForm,
  day,
  keys: Uint32Array.from(keys),
  terms: Uint32Array.from(terms),
  eventDays: day % 2 ? ['2024-04-30'] : [],
  sketch: Uint32Array.from(sketch),
});
const plain = (f: ArticleFeatures | undefined) => f && { ...f, keys: [...f.keys], terms: [...f.terms], sketch: [...f.sketch] };

describe('story features in columns', () => {
  it('gives back each article as it was put in, in the order put in', () => {
    const table = new FeatureTable();
    const put = [features('floods-in-vienna', 19845, [1, 2, 3, 4], [5, 6], [9, 8, 7]), features('danube-rises', 19846, [], [5, 1], [3]), features('dam-holds', 19847, [7, 2], [], [])];
    for (const f of put) table.set(f);
    expect(table.size).toBe(3);
    expect([...table.values()].map(plain)).toEqual(put.map(plain));
    expect(plain(table.get('danube-rises'))).toEqual(plain(put[1]));
    expect(table.day('dam-holds')).toBe(19847);
    expect(table.titleForm('floods-in-vienna')).toBe('floods in vienna');
    expect([...table.titles()]).toEqual(put.map((f) => [f.id, f.titleForm]));
    expect(table.get('no-such-article')).toBeUndefined();
  });

  it('keeps the others whole when one is removed and its row taken by a newcomer', () => {
    const table = new FeatureTable();
    const a = features('a', 19845, [1, 1], [2, 2], [3, 3, 3]);
    const b = features('b', 19846, [4, 4], [5, 5], [6]);
    const c = features('c', 19848, [7, 7, 8, 8], [9, 9], [10, 11]);
    table.set(a);
    table.set(b);
    // Read before the removal: what a caller holds stays as it was.
    const held = table.get('a')!;
    expect(table.delete('a')).toBe(true);
    expect(table.delete('a')).toBe(false);
    table.set(c);
    expect(table.has('a')).toBe(false);
    expect([...table.values()].map((f) => f.id)).toEqual(['b', 'c']);
    expect(plain(table.get('c'))).toEqual(plain(c));
    expect(plain(table.get('b'))).toEqual(plain(b));
    expect(plain(held)).toEqual(plain(a));
  });

  it('replaces an article put in again in its place, as a Map entry would be', () => {
    const table = new FeatureTable();
    table.set(features('a', 19845, [1, 1], [], []));
    table.set(features('b', 19846, [2, 2], [], []));
    table.set(features('a', 19849, [3, 3], [4, 4], [5]));
    expect([...table.values()].map((f) => [f.id, f.day, [...f.keys]])).toEqual([['a', 19849, [3, 3]], ['b', 19846, [2, 2]]]);
  });

  it('holds more articles than one slab and one column block take', () => {
    const table = new FeatureTable();
    // 3,000 articles of 200 numbers each: past the first slab (262,144 numbers) and the first 1,024 rows.
    for (let n = 0; n < 3000; n++) table.set(features(`article-${n}`, 19845 + (n % 20), Array.from({ length: 100 }, (_, i) => n + i), Array.from({ length: 36 }, (_, i) => i), Array.from({ length: 64 }, () => n)));
    expect(table.size).toBe(3000);
    const last = table.get('article-2999')!;
    expect([last.keys[0], last.keys[99], last.terms.length, last.sketch[63]]).toEqual([2999, 3098, 36, 2999]);
    expect(table.get('article-1000')!.keys[0]).toBe(1000);
    expect(table.day('article-1234')).toBe(19845 + (1234 % 20));
  });
});
