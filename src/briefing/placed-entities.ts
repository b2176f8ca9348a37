import type { PackedPresence } from './entity-record.js';

/**
 * Where an article's entities went and what each filed, as one array: the record key of each entity (by
 * entity index), then the presence each filed there, in the same order (none where the entity filed none, as
 * an outlet that is furniture, or before the presences are worked out again at load). Two arrays and a second
 * map by article id cost 8.5 MB more at 100,000 articles.
 */
export type Placed = (string | PackedPresence | undefined)[];

/** An article's keys, its presences still to come. */
export function placedOf(keys: readonly string[]): Placed {
  const placed: Placed = new Array(keys.length * 2);
  for (let i = 0; i < keys.length; i++) placed[i] = keys[i];
  return placed;
}

/** How many entities the article placed. */
export const placedCount = (placed: Placed): number => placed.length >> 1;

export const placedKey = (placed: Placed, i: number): string => placed[i] as string;

export const placedPresence = (placed: Placed, i: number): PackedPresence | undefined => placed[(placed.length >> 1) + i] as PackedPresence | undefined;

export function setPlacedPresence(placed: Placed, i: number, presence: PackedPresence | undefined): void {
  placed[(placed.length >> 1) + i] = presence;
}

/** The keys alone, as the snapshot writes them. */
export const placedKeysOf = (placed: Placed): string[] => placed.slice(0, placed.length >> 1) as string[];

/** What an article that placed nothing (or is not filed) has. */
export const NOTHING_PLACED: Placed = Object.freeze([]) as unknown as Placed;
