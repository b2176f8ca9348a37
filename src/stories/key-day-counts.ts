import { SmallMap } from '../briefing/small-map.js';
import type { Story } from './story-book.js';

/**
 * How many of a story's articles fall on one (name, day) of the story index. Most cells hold one story with
 * one article, so that is kept as the story itself: the index has a cell per main name and day of every
 * article, and a map per cell was most of its memory.
 */
export type KeyDayCounts = Story | SmallMap<Story, number>;

export function* countEntries(cell: KeyDayCounts): Generator<[Story, number], void, undefined> {
  if (cell instanceof SmallMap) yield* cell.entries();
  else yield [cell, 1];
}

export function* storiesIn(cell: KeyDayCounts): Generator<Story, void, undefined> {
  if (cell instanceof SmallMap) yield* cell.keys();
  else yield cell;
}

/** The cell with one article of `story` more (sign 1) or less (-1); undefined when it is left empty. */
export function bumped(cell: KeyDayCounts | undefined, story: Story, sign: 1 | -1): KeyDayCounts | undefined {
  if (cell === undefined) return sign > 0 ? story : undefined;
  const counts = cell instanceof SmallMap ? cell : new SmallMap<Story, number>([[cell, 1]]);
  const n = (counts.get(story) ?? 0) + sign;
  if (n > 0) counts.set(story, n);
  else counts.delete(story);
  return counts.size === 0 ? undefined : counts;
}

/** A cell from its saved entries, in their order. */
export function cellOf(entries: readonly (readonly [Story, number])[]): KeyDayCounts {
  const only = entries.length === 1 ? entries[0]! : undefined;
  return only && only[1] === 1 ? only[0] : new SmallMap(entries);
}

/**
 * The story index: stories by (main name, day). By day, then by name, so a cell costs a map entry that points
 * at the name the article's features already hold, not a "name@day" string of its own.
 */
export class KeyDayIndex {
  private readonly byDay = new Map<number, Map<string, KeyDayCounts>>();
  private cells = 0;

  get size(): number {
    return this.cells;
  }

  get(key: string, day: number): KeyDayCounts | undefined {
    return this.byDay.get(day)?.get(key);
  }

  /** Sets a cell as read back; no-op for an empty one. */
  set(key: string, day: number, cell: KeyDayCounts): void {
    let keys = this.byDay.get(day);
    if (!keys) this.byDay.set(day, (keys = new Map()));
    if (!keys.has(key)) this.cells += 1;
    keys.set(key, cell);
  }

  /** One article of `story` more (sign 1) or less (-1) under the name and day. */
  bump(key: string, day: number, story: Story, sign: 1 | -1): void {
    const keys = this.byDay.get(day);
    const cell = bumped(keys?.get(key), story, sign);
    if (cell) this.set(key, day, cell);
    else if (keys?.delete(key)) {
      this.cells -= 1;
      if (keys.size === 0) this.byDay.delete(day);
    }
  }

  *entries(): Generator<[string, number, KeyDayCounts], void, undefined> {
    for (const [day, keys] of this.byDay) for (const [key, cell] of keys) yield [key, day, cell];
  }
}
