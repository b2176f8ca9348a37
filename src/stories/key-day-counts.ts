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
