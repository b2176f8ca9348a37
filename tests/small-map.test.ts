import { describe, expect, it } from 'vitest';
import { SmallMap, smallMapIndexing } from '../src/briefing/small-map.js';

/** The same operations on a SmallMap and a Map, compared entry for entry, order included. */
function both(steps: (m: { set(k: string, v: number): unknown; delete(k: string): unknown }) => void) {
  const small = new SmallMap<string, number>();
  const map = new Map<string, number>();
  steps(small);
  steps(map);
  return { small: [...small], map: [...map], size: [small.size, map.size] };
}

describe('A small map', () => {
  it('keeps a Map’s order: a new key goes last, a changed one stays, a removed and re-added one goes last', () => {
    const r = both((m) => {
      for (const k of ['Kyiv', 'Kharkiv', 'Odesa', 'Lviv']) m.set(k, k.length);
      m.set('Kharkiv', 99);
      m.delete('Kyiv');
      m.set('Kyiv', 1);
    });
    expect(r.small).toEqual(r.map);
    expect(r.small.map(([k]) => k)).toEqual(['Kharkiv', 'Odesa', 'Lviv', 'Kyiv']);
    expect(r.size).toEqual([4, 4]);
  });

  it('answers as a Map when it grows past the scanned length and is looked up through its index', () => {
    const names = Array.from({ length: 300 }, (_, i) => `name ${i}`);
    const small = new SmallMap<string, number>();
    const map = new Map<string, number>();
    for (const [i, name] of names.entries()) for (const m of [small, map]) m.set(name, i);
    for (const name of names.filter((_, i) => i % 7 === 0)) for (const m of [small, map]) m.delete(name);
    for (const name of names.filter((_, i) => i % 5 === 0)) for (const m of [small, map]) m.set(name, (m.get(name) ?? 0) + 1000);
    expect([...small]).toEqual([...map]);
    for (const name of [...names, 'absent']) expect(small.get(name)).toBe(map.get(name));
  });

  it('answers as a Map through every change between none, one and a few entries', () => {
    // A fixed pseudo-random walk over three keys: sets, changes and deletes cross the one-entry form often.
    const small = new SmallMap<string, number>();
    const map = new Map<string, number>();
    let seed = 7;
    for (let step = 0; step < 400; step++) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      const key = ['Kyiv', 'Lviv', 'Odesa'][seed % 3]!;
      for (const m of [small, map]) {
        if (seed % 5 < 2) m.delete(key);
        else m.set(key, step);
      }
      expect([...small]).toEqual([...map]);
      expect(small.size).toBe(map.size);
      for (const k of ['Kyiv', 'Lviv', 'Odesa']) expect([small.has(k), small.get(k)]).toEqual([map.has(k), map.get(k)]);
    }
    expect(new SmallMap([['Kyiv', 1]]).get('Kyiv')).toBe(1);
    expect(new SmallMap<string, number>([]).size).toBe(0);
  });

  it('is built from entries as a Map is, a repeated key keeping its first place and its last value', () => {
    const entries: [string, number][] = [['Biden', 1], ['Putin', 2], ['Biden', 3]];
    expect([...new SmallMap(entries)]).toEqual([...new Map(entries)]);
    expect([...new SmallMap(entries).keys()]).toEqual(['Biden', 'Putin']);
    expect([...new SmallMap(entries).values()]).toEqual([3, 2]);
  });

  it('keeps indexing linear when the large maps in use outgrow the index budget (a build of a million articles)', () => {
    // 30 maps of 20,000 entries: 600,000 entries in use, more than the 250,000 the indexes start with.
    const maps = Array.from({ length: 30 }, (_, m) => new SmallMap(Array.from({ length: 20_000 }, (_, i) => [`m${m}-${i}`, i] as const)));
    const before = smallMapIndexing().built;
    for (let round = 0; round < 20; round++) maps.forEach((map, m) => expect(map.get(`m${m}-${round}`)).toBe(round));
    // Rebuilding an evicted index at every lookup would index 20 rounds × 600,000 = 12,000,000 entries.
    expect(smallMapIndexing().built - before).toBeLessThan(8 * 600_000);
    expect(smallMapIndexing().capacity).toBeGreaterThanOrEqual(600_000);
  });
});
