import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { endianness } from 'node:os';
import { Fingerprint } from './doc-table.js';
import type { IndexState } from './search-index.js';
import { headerProblem, stateProblem, type SnapshotHeader } from './snapshot-checks.js';
import { FileBytes } from './file-bytes.js';
import { packState, SECTION_NAMES, TEXT_SECTIONS, unpackState, type Section } from './snapshot-sections.js';
import { snapshotFileProblem, writeFileAtomically } from '../store/snapshot-file.js';

/**
 * The index on disk: `NDSEARCH`, a format version, a JSON header (archive fingerprint, section sizes,
 * SHA-256 of the body), then the sections. Written to a temporary file and renamed, so a reader sees
 * the old file or the new one, never half of one. Anything wrong (torn, corrupt, another version,
 * another archive) is reported as a reason and the caller rebuilds; a snapshot is never trusted blindly.
 */
export const SNAPSHOT_FORMAT = 3;
const MAGIC = Buffer.from('NDSEARCH');


function encodeSnapshot(state: IndexState): Buffer[] {
  const body = packState(state);
  const hash = createHash('sha256');
  for (const part of body) hash.update(part);
  const header: SnapshotHeader = {
    fingerprint: state.fingerprint.toString(),
    averages: state.averages,
    checksum: hash.digest('hex'),
    sections: [...SECTION_NAMES],
    sizes: body.map((b) => b.length),
    endianness: endianness(),
  };
  const head = Buffer.from(JSON.stringify(header));
  const prefix = Buffer.alloc(16);
  MAGIC.copy(prefix, 0);
  prefix.writeUInt32LE(SNAPSHOT_FORMAT, 8);
  prefix.writeUInt32LE(head.length, 12);
  return [prefix, head, ...body];
}

/**
 * Writes the snapshot. Postings merged in memory since the last one (every save folds the new articles in)
 * are then read from the file just written, and their copy in memory goes.
 */
export async function writeSnapshot(path: string, state: IndexState): Promise<number> {
  const parts = encodeSnapshot(state);
  const size = await writeFileAtomically(path, parts);
  if (state.postings.data instanceof Uint8Array && state.postings.data.length > 0) {
    const postingsAt = parts.slice(0, 2 + SECTION_NAMES.indexOf('postings')).reduce((n, part) => n + part.length, 0);
    const inFile = postingsIn(path, Buffer.concat(parts.slice(0, 2)), postingsAt, state.postings.data.length);
    if (inFile) state.postings.data = inFile;
  }
  return size;
}

/**
 * The postings of the file at `path` if it begins with the prefix and header just written (whose checksum covers
 * the body): no other process has written it since.
 */
function postingsIn(path: string, head: Buffer, at: number, length: number): FileBytes | undefined {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return undefined;
  }
  try {
    if (readAt(fd, 0, head.length).equals(head) && fstatSync(fd).size >= at + length) return new FileBytes(fd, at, length);
  } catch {
    // Unreadable now: the postings stay in memory.
  }
  closeSync(fd);
  return undefined;
}

/** `stale`: the file is sound but describes the archive as it was (the caller may catch it up). */
export type SnapshotRead = { state: IndexState; stale?: boolean } | { problem: string; notAFile?: boolean };

/** `length` bytes at `position`, in a buffer of their own (so typed arrays over it are aligned). */
function readAt(fd: number, position: number, length: number, into?: Buffer): Buffer {
  const buffer = into ? into.subarray(0, length) : Buffer.allocUnsafeSlow(length);
  let done = 0;
  while (done < length) {
    const n = readSync(fd, buffer, done, length - done, position + done);
    if (n === 0) break;
    done += n;
  }
  return done === length ? buffer : buffer.subarray(0, done);
}

/**
 * Reads and checks a snapshot; `expected` is the fingerprint of the archive it must describe. Never
 * throws: whatever is wrong with the path or the file comes back as a problem, and the caller rebuilds.
 * `notAFile` says the path itself is unusable (a folder stands there), so writing there would fail too.
 */
export function readSnapshot(path: string, expected: string): SnapshotRead {
  const notReadable = snapshotFileProblem(path);
  if (notReadable) return notReadable;
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    return { problem: `unreadable (${(error as Error).message})` };
  }
  const made: { postings?: FileBytes } = {};
  let read: SnapshotRead;
  try {
    read = readOpened(fd, expected, made);
  } catch (error) {
    read = { problem: `unreadable (${(error as Error).message})` };
  }
  // The postings left in the file keep its descriptor; a file not used is closed here, and only here.
  if ('state' in read && made.postings) return read;
  made.postings?.forget();
  closeSync(fd);
  return read;
}

function readOpened(fd: number, expected: string, made: { postings?: FileBytes }): SnapshotRead {
  const size = fstatSync(fd).size;
  const prefix = readAt(fd, 0, 16);
  if (prefix.length < 16 || !prefix.subarray(0, 8).equals(MAGIC)) return { problem: 'not a search snapshot (torn or overwritten)' };
  const version = prefix.readUInt32LE(8);
  if (version !== SNAPSHOT_FORMAT) return { problem: `format ${version}, this build reads ${SNAPSHOT_FORMAT}` };
  const headLength = prefix.readUInt32LE(12);
  // Checked against the file before anything is allocated for it: a crafted length is not a reason to ask for gigabytes.
  if (headLength > size - 16) return { problem: `torn file (a ${headLength}-byte header in ${size} bytes)` };
  let header: SnapshotHeader;
  try {
    header = JSON.parse(readAt(fd, 16, headLength).toString('utf8')) as SnapshotHeader;
  } catch {
    return { problem: 'unreadable header (torn file)' };
  }
  const bodyStart = 16 + headLength;
  const problem = headerProblem(header, size, bodyStart);
  if (problem) return { problem };
  if (header.endianness !== endianness()) return { problem: 'written on a machine of other byte order' };
  const stale = header.fingerprint !== expected;
  const fingerprint = Fingerprint.parse(header.fingerprint);
  if (!fingerprint) return { problem: 'unreadable fingerprint' };
  // Text sections pass through one shared buffer and become strings at once: fewer, smaller external
  // allocations, so loading does not force extra full GCs over a large archive heap.
  const hash = createHash('sha256');
  const scratch = Buffer.allocUnsafeSlow(Math.max(1, ...header.sizes.filter((_, i) => TEXT_SECTIONS.has(SECTION_NAMES[i]!))));
  let at = bodyStart;
  const sections: Section[] = header.sizes.map((length, i) => {
    if (SECTION_NAMES[i] === 'postings') {
      // Checked a piece at a time and left in the file: queries read the terms they walk.
      const piece = Buffer.allocUnsafeSlow(Math.min(length, 1 << 20) || 1);
      for (let done = 0; done < length; done += piece.length) hash.update(readAt(fd, at + done, Math.min(piece.length, length - done), piece));
      made.postings = new FileBytes(fd, at, length);
      at += length;
      return made.postings;
    }
    const text = TEXT_SECTIONS.has(SECTION_NAMES[i]!);
    const section = readAt(fd, at, length, text ? scratch : undefined);
    at += length;
    hash.update(section);
    return text ? section.toString('utf8') : section;
  });
  const read = checked(sections, hash.digest('hex') === header.checksum, header, fingerprint);
  return 'problem' in read || !stale ? read : { ...read, stale };
}

function checked(sections: readonly Section[], sound: boolean, header: SnapshotHeader, fingerprint: Fingerprint): SnapshotRead {
  if (!sound) return { problem: 'checksum mismatch (corrupt file)' };
  try {
    const state = unpackState(sections, header.averages, fingerprint);
    const inconsistent = stateProblem(state, fingerprint.count);
    return inconsistent ? { problem: inconsistent } : { state };
  } catch (error) {
    return { problem: `unreadable sections (${(error as Error).message})` };
  }
}
