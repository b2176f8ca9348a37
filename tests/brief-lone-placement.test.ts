import { describe, expect, it, vi } from 'vitest';
import { loneCandidates } from '../src/briefing/entity-aliases.js';
import { likeliestFit, MOST_CANDIDATES, PLACEMENT_BUDGET } from '../src/briefing/lone-placement.js';
import { newRecord, type EntityRecord } from '../src/briefing/entity-record.js';
import type { Entity } from '../src/language/analysis.js';

const range = (prefix: string, from: number, to: number) => Array.from({ length: to - from }, (_, i) => `${prefix}${from + i}`);

function records(list: [key: string, ids: string[], leaderIn?: number][]): Map<string, EntityRecord> {
  const out = new Map<string, EntityRecord>();
  for (const [key, ids, leaderIn] of list) {
    const record = newRecord(key, key.startsWith('person:') ? 'person' : 'place');
    for (const id of ids) record.articles.set(id, 0);
    record.leaderIn = leaderIn ?? 0;
    out.set(key, record);
  }
  return out;
}

// Only the keys of the article's other names are read.
const named = (...keys: string[]) => keys.map((key) => ({ key }) as Entity);

describe('which full name a lone surname means', () => {
  it('is the one most often in the same articles as the article’s other names, before the one in most articles', () => {
    const held = records([
      ['person:anna-brandt', range('x', 0, 40)],
      ['person:ole-brandt', range('k', 0, 12)],
      ['place:kiel', range('k', 0, 30)],
    ]);
    expect(likeliestFit(['person:anna-brandt', 'person:ole-brandt'], named('place:kiel'), held)).toBe('person:ole-brandt');
    // With nothing shared, the one in most articles.
    expect(likeliestFit(['person:anna-brandt', 'person:ole-brandt'], named('place:oslo'), held)).toBe('person:anna-brandt');
  });

  it('weighs a bounded number of pairs however many full names a common surname fits, and still finds the one beside', () => {
    const list: [string, string[]][] = [['place:london', range('a', 0, 50_000)]];
    // 200 "… Smith" records of 3,000 articles each, none in London's articles, and one in 3,001 that all are.
    for (let n = 0; n < 200; n++) list.push([`person:p${n}-smith`, range(`s${n}-`, 0, 3000)]);
    list.push(['person:jo-smith', range('a', 0, 3001)]);
    const held = records(list);
    const lookups = vi.spyOn(held.get('place:london')!.articles, 'has');
    const fits = list.slice(1).map(([key]) => key);
    expect(likeliestFit(fits, named('place:london'), held)).toBe('person:jo-smith');
    expect(lookups.mock.calls.length).toBeLessThanOrEqual(PLACEMENT_BUDGET);
    expect(lookups.mock.calls.length).toBeGreaterThan(0);
  });

  it('keeps a leader of the surname among the names weighed, however few its articles', () => {
    const list: [string, string[], number?][] = [];
    for (let n = 0; n < MOST_CANDIDATES * 2; n++) list.push([`person:p${n}-kim`, range(`k${n}-`, 0, 50)]);
    list.push(['person:kim-jong-un', ['one'], 1]);
    expect(likeliestFit(list.map(([key]) => key), named(), records(list))).toBe('person:kim-jong-un');
  });

  it('lists a common surname\'s full names without scanning them once per name: those it ends, then the others called by it', () => {
    const ends = Array.from({ length: 3000 }, (_, i) => `person:name${i}-smith`);
    const called = [...ends.slice(0, 2000).reverse(), 'person:john-smithers', 'person:lula', 'organisation:smith-co', 'person:anne-smith-jones'];
    const scans = vi.spyOn(ends, 'includes');
    const listed = loneCandidates('smith', new Map([['smith', ends]]), new Map([['smith', called]]));
    expect(listed).toEqual([...ends, 'person:john-smithers', 'person:anne-smith-jones']);
    expect(scans).not.toHaveBeenCalled();
    // A short list is scanned, with the same answer.
    expect(loneCandidates('smith', new Map([['smith', ends.slice(0, 3)]]), new Map([['smith', ['person:name1-smith', 'person:anne-smith-jones']]]))).toEqual([...ends.slice(0, 3), 'person:anne-smith-jones']);
  });
});
