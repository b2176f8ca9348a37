import { describe, expect, it } from 'vitest';
import { besideCounts, newestArticles } from '../src/briefing/beside-counts.js';
import { besideHeading } from '../src/briefing/brief-sections.js';
import { BESIDE_WINDOW, companionsOf, PLACE_TYPES, type Companion } from '../src/briefing/companions.js';
import { newRecord } from '../src/briefing/entity-record.js';
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

  it('counts the names beside a big record in its newest articles only, chosen by date whatever order they were taken in', () => {
    const { briefings } = fixtureArchive();
    const d = briefings.directory;
    const dateOf = (id: string) => briefings.archive.get(id)?.date;
    const busiest = [...d.all()].filter((r) => r.type === 'person').sort((a, b) => b.articles.size - a.articles.size)[0]!;
    const key = d.canonical(busiest.key);
    const whole = companionsOf(key, [busiest], d);
    // The busiest person has a companion in more than two articles: a window of two must cut it.
    expect(Math.max(...whole.map((c) => c.articles))).toBeGreaterThan(2);
    const newest = [...newestArticles(busiest, 2, dateOf)!];
    const windowed = companionsOf(key, [busiest], d, [], undefined, { window: 2, dateOf });
    expect(windowed.length).toBeGreaterThan(0);
    for (const c of windowed) {
      expect(c.articles).toBeLessThanOrEqual(2);
      expect(newest.some((id) => d.members(c.key).some((r) => r.articles.has(id)))).toBe(true);
    }
    // The two newest by date, not the last two taken.
    const dates = [...busiest.articles.keys()].map((id) => dateOf(id)!).sort();
    expect(newest.map((id) => dateOf(id)!).sort()).toEqual(dates.slice(-2));
  });

  it('picks the newest by date, and says so in the heading only when a record is past the window', () => {
    const record = newRecord('person:anna-vale', 'person');
    // Taken newest first, as a build takes the archive.
    for (let day = 28; day >= 1; day--) record.articles.set(`a${day}`, 0);
    const dateOf = (id: string) => `2024-02-${id.slice(1).padStart(2, '0')}`;
    expect([...newestArticles(record, 3, dateOf)!].sort()).toEqual(['a26', 'a27', 'a28']);
    // Two more on the 27th: the window ends inside that day, taking its greatest ids.
    record.articles.set('c27', 0).set('b27', 0);
    const onDay = (id: string) => (id === 'b27' || id === 'c27' ? '2024-02-27' : dateOf(id));
    expect([...newestArticles(record, 3, onDay)!].sort()).toEqual(['a28', 'b27', 'c27']);
    record.articles.delete('c27');
    record.articles.delete('b27');
    expect(newestArticles(record, 28, dateOf)).toBeUndefined();
    expect(besideHeading('people', [record])).toBe('Most often beside: people');
    for (let n = 0; n <= BESIDE_WINDOW; n++) record.articles.set(`b${n}`, 0);
    expect(besideHeading('people', [record])).toBe('Most often beside: people, latest 2,000 articles');
  });
});
