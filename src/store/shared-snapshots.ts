/**
 * Snapshot files (the briefings') kept in a store every machine reaches, so a process on a new machine
 * starts from the last one written instead of building its own. A copy is written a chunk at a time under a
 * generation of its own and made current in one step; the one before stays readable, so a machine reading
 * it while the next goes up finishes its read. A reader still checks what it fetched, as it checks any file.
 */
export interface SharedCopy {
  generation: number;
  /** The archive fingerprint the snapshot was written for. */
  fingerprint: string;
  bytes: number;
  chunks: number;
  writtenAt: string;
}

export interface ShareClaim {
  name: string;
  owner: string;
  /** The file's fingerprint: nothing goes up when the current copy has it already. */
  fingerprint: string;
  /** ISO instants by the claimer's clock: the claim's own, when it lapses, and the age a copy must reach to be replaced. */
  now: string;
  until: string;
  writtenBefore: string;
}

export interface SharedSnapshotStore {
  latest(name: string): SharedCopy | undefined;
  /** One chunk of a generation; undefined once that generation was dropped. */
  chunk(name: string, generation: number, seq: number): Uint8Array | undefined;
  /**
   * A generation to write under, when this owner may upload now: the current copy is of another fingerprint and
   * older than `writtenBefore`, and no other owner's claim runs past `now`. Undefined otherwise.
   */
  claim(request: ShareClaim): number | undefined;
  putChunk(name: string, generation: number, seq: number, data: Uint8Array): void;
  /** Makes the generation current if the owner's claim still holds, and drops all but it and the one before. */
  publish(owner: string, copy: SharedCopy & { name: string }): boolean;
  /** Drops an unfinished generation and the owner's claim. */
  abandon(name: string, owner: string, generation: number): void;
}
