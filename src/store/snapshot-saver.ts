import type { Logger } from '../logger.js';

/**
 * Writes a snapshot (the search index's, the briefings') a little after changes and on demand: many
 * changes make one write, writes run one after another (never two writers on one file), and a failed
 * write leaves the state unsaved so the next change or close tries again.
 */
export interface SnapshotSaver {
  /** Something changed: write within the delay (one write however many changes). */
  changed(): void;
  /** Write now, after any write under way. */
  save(): Promise<void>;
  /** On close: write what is unsaved, else wait for the write under way. */
  flush(): Promise<void>;
  /** Drop the pending write (the state is being thrown away). */
  cancel(): void;
}

export interface SnapshotSaverOptions {
  /** Where the snapshot goes; none: the state is kept in memory only and nothing is written. */
  path: string | undefined;
  /** Names the snapshot in log lines ("search", "briefings"). */
  what: string;
  delayMs: number;
  /** The state was built rather than loaded: it is unsaved from the start. */
  unsaved: boolean;
  logger?: Logger;
  /** Writes the snapshot to `path`; returns its size in bytes. */
  write(path: string): Promise<number>;
}

export function snapshotSaver(options: SnapshotSaverOptions): SnapshotSaver {
  const { path, what, logger } = options;
  let dirty = options.unsaved;
  let timer: NodeJS.Timeout | undefined;
  let saving: Promise<void> = Promise.resolve();

  const write = async (): Promise<void> => {
    if (!path) return;
    dirty = false;
    const started = performance.now();
    try {
      const bytes = await options.write(path);
      logger?.debug(`${what} snapshot written`, { bytes, ms: Math.round(performance.now() - started) });
    } catch (error) {
      dirty = true;
      logger?.error(`${what} snapshot not written`, { path, error });
    }
  };
  const cancel = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
  };
  const save = (): Promise<void> => {
    cancel();
    saving = saving.then(write);
    return saving;
  };
  const changed = () => {
    dirty = true;
    if (!path || timer) return;
    timer = setTimeout(() => void save(), options.delayMs);
    timer.unref();
  };
  if (dirty && path) {
    timer = setTimeout(() => void save(), options.delayMs);
    timer.unref();
  }
  return { changed, save, cancel, flush: () => (dirty ? save() : saving) };
}
