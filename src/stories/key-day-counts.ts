import { SmallMap } from '../briefing/small-map.js';
import type { Story } from './story.js';

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
 * The story index: stories by (main name, day). By day, then by name, so a cell costs two slots that point at
 * the name the article's features already hold and at the cell, not a "name@day" string of its own. A day's
 * cells are one flat list (name, cell, name, cell…) in the names' order, found by halving: a `Map` per day
 * held its 80 cells on average at three times the cost (24 MB of tables at 100,000 articles).
 */
export class KeyDayIndex {
  private readonly byDay = new Map<number, (string | KeyDayCounts)[]>();
  private cells = 0;

  get size(): number {
    return this.cells;
  }

  get(key: string, day: number): KeyDayCounts | undefined {
    const list = this.byDay.get(day);
    if (!list) return undefined;
    const at = place(list, key);
    return list[at] === key ? (list[at + 1] as KeyDayCounts) : undefined;
  }

  /** Sets a cell as read back; no-op for an empty one. */
  set(key: string, day: number, cell: KeyDayCounts): void {
    let list = this.byDay.get(day);
    if (!list) this.byDay.set(day, (list = []));
    const at = place(list, key);
    if (list[at] === key) list[at + 1] = cell;
    else {
      list.splice(at, 0, key, cell);
      this.cells += 1;
    }
  }

  /** One article of `story` more (sign 1) or less (-1) under the name and day. */
  bump(key: string, day: number, story: Story, sign: 1 | -1): void {
    const cell = bumped(this.get(key, day), story, sign);
    if (cell) return this.set(key, day, cell);
    const list = this.byDay.get(day);
    const at = list ? place(list, key) : -1;
    if (!list || list[at] !== key) return;
    list.splice(at, 2);
    this.cells -= 1;
    if (list.length === 0) this.byDay.delete(day);
  }

  /** Each day's list copied to its exact length, once read back (growing by insertion left a third spare). */
  trim(): void {
    for (const [day, list] of this.byDay) this.byDay.set(day, list.slice());
  }

  *entries(): Generator<[string, number, KeyDayCounts], void, undefined> {
    for (const [day, list] of this.byDay) for (let i = 0; i < list.length; i += 2) yield [list[i] as string, day, list[i + 1] as KeyDayCounts];
  }
}

/** Where `key` is or would go among a day's names (an even position). */
function place(list: readonly (string | KeyDayCounts)[], key: string): number {
  let low = 0;
  let high = list.length >> 1;
  // Read back in order, each name comes after the last.
  if (high > 0 && (list[list.length - 2] as string) < key) return list.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((list[mid * 2] as string) < key) low = mid + 1;
    else high = mid;
  }
  return low * 2;
}
