import { open } from 'node:fs/promises';
import type { Clock } from '../clock.js';
import type { Logger } from '../logger.js';
import { slicePacer, unpaced } from './pacer.js';
import type { SharedSnapshotStore } from './shared-snapshots.js';
import { writeFileAtomically } from './snapshot-file.js';

/**
 * One snapshot file kept in step with its shared copy: a process with no file of its own fetches the copy,
 * and one that has written its file offers it up. Uploads are rare and taken in turn: at most one per
 * `everyMs` among all processes (the copy is hundreds of megabytes at 100,000 articles), and none while the
 * copy already holds this fingerprint. Failures are logged and leave the process on its own file.
 */
export interface SnapshotSharing {
  /** Copies the shared snapshot to `path`; whether there was one and it came whole. */
  fetchInto(path: string): Promise<boolean>;
  /** The file at `path` was written for `fingerprint`: it goes up if due. Never rejects. */
  offer(path: string, fingerprint: string): Promise<void>;
  /** No uploads from here on; settles once one under way has stopped at its next chunk and been dropped. */
  stop(): Promise<void>;
}

export interface SnapshotSharingOptions {
  /** The snapshot's name in the store and in log lines ("briefings"). */
  name: string;
  /** This process, as named in leases. */
  owner: string;
  clock: Clock;
  logger?: Logger;
  /** The least time between two uploads. */
  everyMs: number;
  /** How long an upload's claim holds before another process may take over; 10 minutes unless set. */
  claimMs?: number;
  /** Longest stretch a fetch or upload holds the event loop between chunks; none: in one go. */
  sliceMs?: number;
}

const CHUNK = 1 << 20;

export function snapshotSharing(store: SharedSnapshotStore, options: SnapshotSharingOptions): SnapshotSharing {
  const { name, owner, clock, logger } = options;
  let stopped = false;
  let uploading: Promise<void> | undefined;
  const pacer = () => (options.sliceMs === undefined ? unpaced : slicePacer(options.sliceMs));

  async function upload(path: string, fingerprint: string): Promise<void> {
    const now = clock.now();
    const generation = store.claim({
      name, owner, fingerprint, now: now.toISOString(),
      until: new Date(now.getTime() + (options.claimMs ?? 600_000)).toISOString(),
      writtenBefore: new Date(now.getTime() - options.everyMs).toISOString(),
    });
    if (generation === undefined) return;
    const started = performance.now();
    const paced = pacer();
    // Read through one handle: a later save renames a new file over the path, and this one stays whole.
    const file = await open(path, 'r');
    let published = false;
    try {
      const buffer = Buffer.allocUnsafe(CHUNK);
      let bytes = 0;
      let seq = 0;
      for (;;) {
        if (stopped) throw new Error('stopped');
        const { bytesRead } = await file.read(buffer, 0, CHUNK, null);
        if (bytesRead === 0) break;
        store.putChunk(name, generation, seq++, buffer.subarray(0, bytesRead));
        bytes += bytesRead;
        if (paced.due()) await paced.rest();
      }
      published = store.publish(owner, { name, generation, fingerprint, bytes, chunks: seq, writtenAt: now.toISOString() });
      if (published) logger?.info(`${name} snapshot shared`, { bytes, ms: Math.round(performance.now() - started) });
    } finally {
      await file.close();
      if (!published) store.abandon(name, owner, generation);
    }
  }

  return {
    async fetchInto(path) {
      const started = performance.now();
      try {
        const copy = store.latest(name);
        if (!copy) {
          logger?.info(`no shared ${name} snapshot yet`);
          return false;
        }
        const paced = pacer();
        async function* chunks(): AsyncGenerator<Uint8Array> {
          for (let seq = 0; seq < copy!.chunks; seq++) {
            const data = store.chunk(name, copy!.generation, seq);
            if (!data) throw new Error('replaced while it was read');
            yield data;
            if (paced.due()) await paced.rest();
          }
        }
        const bytes = await writeFileAtomically(path, chunks());
        logger?.info(`${name} snapshot fetched from the shared store`, { bytes, writtenAt: copy.writtenAt, ms: Math.round(performance.now() - started) });
        return true;
      } catch (error) {
        logger?.warn(`shared ${name} snapshot not fetched`, { error });
        return false;
      }
    },
    offer(path, fingerprint) {
      if (stopped || uploading) return Promise.resolve();
      uploading = upload(path, fingerprint)
        .catch((error: unknown) => {
          if (!stopped) logger?.warn(`${name} snapshot not shared`, { error });
        })
        .finally(() => {
          uploading = undefined;
        });
      return uploading;
    },
    stop() {
      stopped = true;
      return uploading ?? Promise.resolve();
    },
  };
}
