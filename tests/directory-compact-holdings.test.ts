import { describe, expect, it } from 'vitest';
import { refsOf, withoutArticle, withRef, type EventRef, type RefList } from '../src/briefing/entity-record.js';
import { KeyIndex } from '../src/briefing/key-index.js';
import { placedCount, placedKey, placedKeysOf, placedPresence, PlacedRuns, setPlacedPresence } from '../src/briefing/placed-entities.js';

/** The same filing on a KeyIndex and on the Map of lists it stands for, compared list for list, order included. */
function both(steps: (file: (text: string, key: string) => void, unfile: (text: string, key: string) => void) => void) {
  const index = new KeyIndex();
  const lists = new Map<string, string[]>();
  steps(
    (text, key) => index.add(text, key),
    (text, key) => index.remove(text, key),
  );
  steps(
    (text, key) => {
      const keys = lists.get(text);
      if (!keys) lists.set(text, [key]);
      else if (!keys.includes(key)) keys.push(key);
    },
    (text, key) => {
      const keys = lists.get(text);
      const i = keys?.indexOf(key) ?? -1;
      if (i < 0) return;
      if (keys!.length === 1) lists.delete(text);
      else keys!.splice(i, 1);
    },
  );
  return { index: [...index], lists: [...lists] };
}

describe('Record keys filed under a written form', () => {
  it('read as the lists they stand for: order of filing kept, a key filed twice held once, a text left empty gone', () => {
    const r = both((file, unfile) => {
      file('kim', 'person:kim jong un');
      file('kim', 'person:kim yo jong');
      file('kim', 'person:kim jong un');
      file('kyiv', 'place:kyiv');
      file('biden', 'person:joe biden');
      unfile('kim', 'person:kim jong un');
      file('kim', 'person:kim jong un');
      unfile('kyiv', 'place:kyiv');
      unfile('biden', 'person:hunter biden');
    });
    expect(r.index).toEqual(r.lists);
    expect(r.index).toEqual([
      ['kim', ['person:kim yo jong', 'person:kim jong un']],
      ['biden', ['person:joe biden']],
    ]);
  });

  it('answers get, has and size as a map of lists, after a list of two goes back to one', () => {
    const index = new KeyIndex([['zelensky', ['person:volodymyr zelensky', 'person:olena zelenska']]]);
    index.remove('zelensky', 'person:olena zelenska');
    expect(index.get('zelensky')).toEqual(['person:volodymyr zelensky']);
    expect(index.has('zelensky')).toBe(true);
    expect(index.get('putin')).toBeUndefined();
    expect(index.size).toBe(1);
  });
});

describe('A record’s happenings held as one flat list', () => {
  const ref = (articleId: string, n: number, kind: 'event' | 'time' = 'event'): EventRef => (kind === 'event' ? { articleId, event: n } : { articleId, time: n });

  it('reads back as the refs added, a ref added twice for one article held once, stand-in times apart from events', () => {
    let list: RefList = [];
    for (const r of [ref('a', 0), ref('a', 2), ref('a', 0), ref('a', 2, 'time'), ref('b', 0), ref('b', 0)]) list = withRef(list, r);
    expect(refsOf(list)).toEqual([ref('a', 0), ref('a', 2), ref('a', 2, 'time'), ref('b', 0)]);
  });

  it('loses one article’s refs and keeps the others in their order', () => {
    let list: RefList = [];
    for (const r of [ref('a', 0), ref('b', 1), ref('b', 3, 'time'), ref('c', 0)]) list = withRef(list, r);
    expect(refsOf(withoutArticle(list, 'b'))).toEqual([ref('a', 0), ref('c', 0)]);
    expect(refsOf(withoutArticle(withoutArticle(list, 'b'), 'a').concat())).toEqual([ref('c', 0)]);
  });
});

describe('Articles’ placed keys and presences in shared runs', () => {
  it('gives each entity’s key and, once set, its presence; none before', () => {
    const placed = new PlacedRuns().set('a', ['person:joe biden', 'place:kyiv', 'organisation:cnn']);
    expect(placedCount(placed)).toBe(3);
    expect(placedKey(placed, 1)).toBe('place:kyiv');
    expect(placedPresence(placed, 0)).toBeUndefined();
    setPlacedPresence(placed, 0, 7);
    setPlacedPresence(placed, 1, [5, 44, 45]);
    expect([placedPresence(placed, 0), placedPresence(placed, 1), placedPresence(placed, 2)]).toEqual([7, [5, 44, 45], undefined]);
    expect(placedKeysOf(placed)).toEqual(['person:joe biden', 'place:kyiv', 'organisation:cnn']);
  });

  it('keeps each article’s run apart from the others’, in the order filed, past the end of a slab, and forgets a removed one', () => {
    const runs = new PlacedRuns();
    const many = Array.from({ length: 70_000 }, (_, i) => `person:p${i}`);
    runs.set('small', ['place:kyiv']);
    runs.set('big', many);
    runs.set('next', ['place:odesa', 'place:lviv']);
    runs.set('huge', [...many, ...many]);
    setPlacedPresence(runs.get('next')!, 1, 9);
    expect(placedKeysOf(runs.get('small')!)).toEqual(['place:kyiv']);
    expect(placedKeysOf(runs.get('big')!)).toEqual(many);
    expect(placedKeysOf(runs.get('huge')!)).toHaveLength(140_000);
    expect([placedPresence(runs.get('next')!, 0), placedPresence(runs.get('next')!, 1), placedPresence(runs.get('small')!, 0)]).toEqual([undefined, 9, undefined]);
    expect(runs.delete('big')).toBe(true);
    expect([...runs.keys()]).toEqual(['small', 'next', 'huge']);
    expect(runs.get('big')).toBeUndefined();
    expect(runs.size).toBe(3);
  });
});

