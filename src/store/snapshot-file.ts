import { statSync } from 'node:fs';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * The file side of a snapshot, shared by the search index and the briefings: written whole to a temporary
 * file beside it (`<path>.<pid>.<time>.tmp`, the shape snapshot-leftovers.ts clears after a crash), synced,
 * then renamed over it, so a reader sees the old file or the new one, never half of one.
 */
export async function writeFileAtomically(path: string, parts: Iterable<Uint8Array> | AsyncIterable<Uint8Array>): Promise<number> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.${Date.now().toString(36)}.tmp`;
  const file = await open(temporary, 'w');
  let size = 0;
  try {
    for await (const part of parts) size += (await file.write(part)).bytesWritten;
    await file.sync();
  } catch (error) {
    await file.close();
    await rm(temporary, { force: true });
    throw error;
  }
  await file.close();
  await rename(temporary, path);
  return size;
}

/** Why the path holds no snapshot to read (none yet, a folder, unreadable); undefined when it is a file. */
export function snapshotFileProblem(path: string): { problem: string; notAFile?: boolean } | undefined {
  try {
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat) return { problem: 'no snapshot yet' };
    if (!stat.isFile()) return { problem: `${path} is ${stat.isDirectory() ? 'a folder' : 'not a file'}; remove it so the snapshot can be saved`, notAFile: true };
    return undefined;
  } catch (error) {
    return { problem: `unreadable (${(error as Error).message})` };
  }
}
