import { describe, expect, it } from 'vitest';
import { SmallMap } from '../src/briefing/small-map.js';
import { countEntries, KeyDayIndex } from '../src/stories/key-day-counts.js';
import type { Story } from '../src/stories/story.js';
import { StoryMembers } from '../src/stories/story-members.js';

const story = (id: string): Story => ({ id, members: StoryMembers.of([id]), copies: new SmallMap(), version: 0 });

/** The index's cells as (name@day → story id × articles), in a fixed order, to compare with a plain map. */
function cells(index: KeyDayIndex): [string, [string, number][]][] {
  return [...index.entries()].map(([key, day, cell]): [string, [string, number][]] => [`${key}@${day}`, [...countEntries(cell)].map(([s, n]) => [s.id, n])]).sort((a, b) => (a[0] < b[0] ? -1 : 1));
}

describe('The story index by name and day', () => {
  it('counts articles per (name, day) as a map of counts would, whatever order the names come in and go', () => {
    const index = new KeyDayIndex();
    const plain = new Map<string, Map<string, number>>();
    const stories = ['kyiv-strike', 'biden-visit', 'grain-deal'].map(story);
    const names = ['person:joe biden', 'place:kyiv', 'place:odesa', 'person:volodymyr zelensky', 'organisation:un', 'place:ankara'];
    // A fixed walk that adds, repeats and takes back articles over names out of order.
    let seed = 7;
    const next = (n: number) => (seed = (seed * 48271) % 2147483647) % n;
    for (let step = 0; step < 600; step++) {
      const key = names[next(names.length)]!;
      const day = 19_000 + next(4);
      const s = stories[next(stories.length)]!;
      const counts = plain.get(`${key}@${day}`);
      const sign = counts?.get(s.id) && next(3) === 0 ? -1 : 1;
      index.bump(key, day, s, sign);
      const now = (counts?.get(s.id) ?? 0) + sign;
      const cell = counts ?? new Map<string, number>();
      if (now > 0) cell.set(s.id, now);
      else cell.delete(s.id);
      if (cell.size) plain.set(`${key}@${day}`, cell);
      else plain.delete(`${key}@${day}`);
    }
    const expected = [...plain].map(([at, c]): [string, [string, number][]] => [at, [...c]]).sort((a, b) => (a[0] < b[0] ? -1 : 1));
    expect(cells(index).map(([at, c]) => [at, c.sort()])).toEqual(expected.map(([at, c]) => [at, c.sort()]));
    expect(index.size).toBe(plain.size);
    expect(index.get('place:lviv', 19_000)).toBeUndefined();
  });

  it('finds a cell set back in any order, and holds one per name and day', () => {
    const index = new KeyDayIndex();
    const s = story('s');
    for (const key of ['place:odesa', 'place:kyiv', 'place:zaporizhzhia', 'place:kyiv', 'person:a']) index.set(key, 20_000, s);
    expect(index.size).toBe(4);
    for (const key of ['place:odesa', 'place:kyiv', 'place:zaporizhzhia', 'person:a']) expect(index.get(key, 20_000)).toBe(s);
  });
});
