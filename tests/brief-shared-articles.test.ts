import { describe, expect, it, vi } from 'vitest';
import { SHARED_SAMPLE, sharedArticles } from '../src/briefing/beside-counts.js';
import { newRecord, type EntityRecord } from '../src/briefing/entity-record.js';
import { SmallMap } from '../src/briefing/small-map.js';

/** A person record filed in the given articles (the presence itself is not read here). */
function filedIn(key: string, ids: readonly string[]): EntityRecord {
  const record = newRecord(key, 'person');
  for (const id of ids) record.articles.set(id, 0);
  return record;
}

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => `a${from + i}`);

describe('how many articles two records share, as a lone surname is placed', () => {
  it('is exact while the smaller record is within the sample', () => {
    const smith = filedIn('person:anna-smith', range(0, 300));
    const london = filedIn('person:tom-london', range(100, 5000));
    expect(sharedArticles(smith, london)).toBe(200);
    expect(sharedArticles(london, smith)).toBe(200);
  });

  it('looks up no more than the sample for two large records, so a directory build stays linear in the archive', () => {
    const a = filedIn('person:anna-smith', range(0, 20_000));
    const b = filedIn('person:ben-smith', range(10_000, 40_000));
    const lookups = vi.spyOn(b.articles, 'has');
    const shared = sharedArticles(a, b);
    expect(lookups.mock.calls.length).toBeLessThanOrEqual(SHARED_SAMPLE);
    // The last taken articles of the smaller record all fall in the overlap here: the estimate scales them up.
    expect(shared).toBe(20_000);
  });

  it('reads the last articles taken: a record whose last taken share none estimates none', () => {
    const a = filedIn('person:anna-smith', range(0, 10_000));
    const b = filedIn('person:ben-smith', [...range(0, 5000), ...range(50_000, 60_000)]);
    expect(sharedArticles(a, b)).toBe(0);
  });
});

describe('the last entries of a small map', () => {
  it('are visited in order, for one entry held inline and for many', () => {
    const seen = (map: SmallMap<string, number>, n: number) => {
      const out: string[] = [];
      map.forEachLast(n, (v, k) => out.push(`${k}=${v}`));
      return out;
    };
    const many = new SmallMap([['x', 1], ['y', 2], ['z', 3]] as const);
    expect(seen(many, 2)).toEqual(['y=2', 'z=3']);
    expect(seen(many, 10)).toEqual(['x=1', 'y=2', 'z=3']);
    expect(seen(many, 0)).toEqual([]);
    expect(seen(new SmallMap([['x', 1]] as const), 1)).toEqual(['x=1']);
    expect(seen(new SmallMap([['x', 1]] as const), 0)).toEqual([]);
  });
});
