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
const all = (table: FeatureTable) => [...table.rows()].map((r) => plain(table.get(r.id)));

describe('story features in columns', () => {
  it('gives back each article as it was put in, in the order put in', () => {
    const table = new FeatureTable();
    const put = [features('floods-in-vienna', 19845, [1, 2, 3, 4], [5, 6], [9, 8, 7]), features('danube-rises', 19846, [], [5, 1], [3]), features('dam-holds', 19847, [7, 2], [], [])];
    for (const f of put) table.set(f);
    expect(table.size).toBe(3);
    expect(all(table)).toEqual(put.map(plain));
    expect(plain(table.get('danube-rises'))).toEqual(plain(put[1]));
    expect(table.day('dam-holds')).toBe(19847);
    expect([...table.keys('floods-in-vienna')!]).toEqual([1, 2, 3, 4]);
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
    expect([...table.rows()].map((f) => f.id)).toEqual(['b', 'c']);
    expect(plain(table.get('c'))).toEqual(plain(c));
    expect(plain(table.get('b'))).toEqual(plain(b));
    expect(plain(held)).toEqual(plain(a));
  });

  it('replaces an article put in again in its place, as a Map entry would be', () => {
    const table = new FeatureTable();
    table.set(features('a', 19845, [1, 1], [], []));
    table.set(features('b', 19846, [2, 2], [], []));
    table.set(features('a', 19849, [3, 3], [4, 4], [5]));
    expect(all(table).map((f) => [f!.id, f!.day, f!.keys, f!.terms])).toEqual([['a', 19849, [3, 3], [4, 4]], ['b', 19846, [2, 2], []]]);
  });

  it('keeps the text features of the most recently used only, and reads the others again from their source', () => {
    const put = Array.from({ length: 6 }, (_, n) => features(`article-${n}`, 19845 + n, [n, 1], [100 + n, 2], [n, n, n]));
    const reads: string[] = [];
    const table = new FeatureTable((id) => {
      reads.push(id);
      const f = put.find((p) => p.id === id);
      return f && { terms: f.terms, eventDays: f.eventDays, sketch: f.sketch };
    }, 3);
    for (const f of put) table.set(f);
    // The three put in last are kept; the first three are read again, each once, and are then the ones kept.
    expect(plain(table.get('article-5'))).toEqual(plain(put[5]));
    expect(reads).toEqual([]);
    expect(plain(table.get('article-0'))).toEqual(plain(put[0]));
    expect(plain(table.get('article-0'))).toEqual(plain(put[0]));
    expect(reads).toEqual(['article-0']);
    expect(table.textLoads).toBe(1);
    // Rows themselves are never dropped: saving reads every one without its text.
    expect([...table.rows()].map((r) => r.id)).toEqual(put.map((f) => f.id));
  });

  it('leaves out an article whose text can no longer be read, and keeps its row', () => {
    const table = new FeatureTable(() => undefined, 1);
    table.set(features('gone', 19845, [1, 1], [2, 2], [3]));
    table.set(features('here', 19846, [1, 1], [2, 2], [3]));
    expect(table.get('gone')).toBeUndefined();
    expect(table.get('here')?.id).toBe('here');
    expect([table.has('gone'), table.day('gone')]).toEqual([true, 19845]);
  });

  it('holds more articles than one slab and one column block take', () => {
    const table = new FeatureTable();
    // 3,000 articles of 300 key numbers each: past the first slab (262,144 numbers) and the first 1,024 rows.
    for (let n = 0; n < 3000; n++) table.set(features(`article-${n}`, 19845 + (n % 20), Array.from({ length: 300 }, (_, i) => n + i), [1, 1], Array.from({ length: 64 }, () => n)));
    expect(table.size).toBe(3000);
    const last = table.get('article-2999')!;
    expect([last.keys[0], last.keys[299], last.sketch[63]]).toEqual([2999, 3298, 2999]);
    expect(table.keys('article-1000')![0]).toBe(1000);
    expect(table.day('article-1234')).toBe(19845 + (1234 % 20));
  });

  it('gives back names whose word or value number is too large to pack with the others, as they were put in', () => {
    const table = new FeatureTable();
    const big = 2 ** 24 + 5;
    const put = [features('small-numbers', 19845, [0, 0, 16_777_215, 255], [], []), features('a-large-word', 19846, [3, 1, big, 2], [], []), features('a-large-value', 19847, [3, 256, 4, 1], [], [])];
    for (const f of put) table.set(f);
    expect(all(table)).toEqual(put.map(plain));
    expect([...table.keys('a-large-word')!]).toEqual([3, 1, big, 2]);
  });
});

