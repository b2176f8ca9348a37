import { readdirSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Snapshot temporary files (`<snapshot>.<pid>.<time>.tmp`) that a crash left behind. Each is as large as
 * the index, so a bot that crashes now and then would fill its disk. One is left alone only while the
 * process that named it may still be writing it: another live process (two may share DATA_DIR) and a
 * file younger than an hour. A file named with our own pid is a leftover: we have not written yet, and
 * in a container every start may get the same pid.
 */
const STALE_MS = 60 * 60_000;

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export interface LeftoverReport {
  removed: string[];
  failed: string[];
}

/** Removes leftover temporary files of the snapshot at `path`; `now` in epoch milliseconds. */
export function removeSnapshotLeftovers(path: string, now: number): LeftoverReport {
  const report: LeftoverReport = { removed: [], failed: [] };
  const prefix = `${basename(path)}.`;
  let names: string[];
  try {
    names = readdirSync(dirname(path));
  } catch {
    return report; // no folder yet: nothing left over
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith('.tmp')) continue;
    const pid = Number(name.slice(prefix.length).split('.')[0]);
    const file = join(dirname(path), name);
    try {
      const stat = statSync(file);
      if (!stat.isFile()) continue;
      const writing = Number.isSafeInteger(pid) && pid > 0 && pid !== process.pid && processIsAlive(pid) && now - stat.mtimeMs < STALE_MS;
      if (writing) continue;
      rmSync(file, { force: true });
      report.removed.push(name);
    } catch {
      report.failed.push(name);
    }
  }
  return report;
}
