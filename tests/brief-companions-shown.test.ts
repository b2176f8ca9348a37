import { describe, expect, it } from 'vitest';
import { besideCounts } from '../src/briefing/beside-counts.js';
import { companionsOf, PLACE_TYPES, type Companion } from '../src/briefing/companions.js';
import { fixtureArchive } from './brief-fixtures.js';

const kinds = (list: readonly Companion[], n: number) => ({
  people: list.filter((c) => c.type === 'person').slice(0, n),
  places: list.filter((c) => PLACE_TYPES.has(c.type)).slice(0, n),
});

describe('the names beside a subject, read only as far as a briefing shows them', () => {
  it('lists the same first people and places as the whole list, for every name of the fixture archive', () => {
    const d = fixtureArchive().briefings.directory;
    let cut = 0;
    let compared = 0;
    for (const record of d.all()) {
      const key = d.canonical(record.key);
      const all = companionsOf(key, d.members(key), d);
      for (const n of [1, 2, 3]) {
        const shown = companionsOf(key, d.members(key), d, [], { people: n, places: n });
        expect(kinds(shown, n)).toEqual(kinds(all, n));
        // What is listed is the whole list's start.
        expect(shown).toEqual(all.slice(0, shown.length));
        if (shown.length < all.length) cut += 1;
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(50);
    // The fixture's busiest names have more beside them than three of each kind: the list stops early for them.
    expect(cut).toBeGreaterThan(0);
  });

  it('counts only people beside a place, from the keys alone, and never the place beside itself', () => {
    const d = fixtureArchive().briefings.directory;
    const places = [...d.all()].filter((r) => r.type !== 'person' && r.articles.size > 1);
    expect(places.length).toBeGreaterThan(0);
    for (const place of places) {
      const counts = besideCounts(place, d);
      for (const other of counts.keys()) {
        expect(d.record(other)?.type).toBe('person');
        expect(other).not.toBe(place.key);
      }
    }
    const person = [...d.all()].find((r) => r.type === 'person' && [...besideCounts(r, d).keys()].some((k) => !k.startsWith('person:')));
    // A person's companions are of every kind.
    expect(person).toBeDefined();
  });
});
