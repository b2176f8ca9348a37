import type { PackedPresence } from './entity-record.js';

/**
 * Where an article's entities went and what each filed, as one run of a shared slab: how many entities, the
 * record key of each (by entity index), then the presence each filed there in the same order (none where the
 * entity filed none, as an outlet that is furniture, or before the presences are worked out again at load).
 * An array of its own for each article cost 48 bytes more (4 MB at 100,000 articles), and a second map by
 * article id 4 MB more than that.
 */
export interface Placed {
  readonly slab: unknown[];
  readonly at: number;
}

/** How many entities the article placed. */
export const placedCount = (placed: Placed): number => placed.slab[placed.at] as number;

export const placedKey = (placed: Placed, i: number): string => placed.slab[placed.at + 1 + i] as string;

export const placedPresence = (placed: Placed, i: number): PackedPresence | undefined => placed.slab[placed.at + 1 + placedCount(placed) + i] as PackedPresence | undefined;

export function setPlacedPresence(placed: Placed, i: number, presence: PackedPresence | undefined): void {
  placed.slab[placed.at + 1 + placedCount(placed) + i] = presence;
}

/** The keys alone, as the snapshot writes them. */
export const placedKeysOf = (placed: Placed): string[] => placed.slab.slice(placed.at + 1, placed.at + 1 + placedCount(placed)) as string[];

/** What an article that placed nothing (or is not filed) has. */
export const NOTHING_PLACED: Placed = Object.freeze({ slab: Object.freeze([0]) as unknown[], at: 0 });

/** Slots in a slab; a run never straddles two (one longer than a slab gets a slab of its own). */
const SLAB_SIZE = 1 << 18;

/**
 * Every filed article's run, by article id, in the order filed. A removed article's run stays in its slab
 * (articles are rarely removed, and an update files a new run): the slabs are written whole again only
 * when the directory is read back from its snapshot.
 */
export class PlacedRuns {
  private readonly slabs: unknown[][] = [];
  private used = SLAB_SIZE;
  /** Article id → its run's slab times SLAB_SIZE plus its offset. */
  private readonly runs = new Map<string, number>();

  get size(): number {
    return this.runs.size;
  }

  has(id: string): boolean {
    return this.runs.has(id);
  }

  keys(): IterableIterator<string> {
    return this.runs.keys();
  }

  get(id: string): Placed | undefined {
    const run = this.runs.get(id);
    return run === undefined ? undefined : { slab: this.slabs[Math.floor(run / SLAB_SIZE)]!, at: run % SLAB_SIZE };
  }

  /** Files the article's keys, their presences to come; an article filed again gets a new run, in its old place in the order. */
  set(id: string, keys: readonly string[]): Placed {
    const length = 1 + 2 * keys.length;
    if (this.used + length > (this.slabs.at(-1)?.length ?? 0)) {
      this.slabs.push(new Array<unknown>(Math.max(SLAB_SIZE, length)));
      this.used = 0;
    }
    const slab = this.slabs.at(-1)!;
    const at = this.used;
    slab[at] = keys.length;
    for (let i = 0; i < keys.length; i++) slab[at + 1 + i] = keys[i];
    this.used += length;
    this.runs.set(id, (this.slabs.length - 1) * SLAB_SIZE + at);
    return { slab, at };
  }

  delete(id: string): boolean {
    return this.runs.delete(id);
  }

  *entries(): Generator<[string, Placed], void, undefined> {
    for (const id of this.runs.keys()) yield [id, this.get(id)!];
  }
}
