import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { endianness } from 'node:os';
import type { StoryBookState } from '../stories/story-book.js';
import { decodeBriefings, encodeBriefings, sectionCounts, SECTIONS, type SectionCounts } from './briefings-codec.js';
import type { DirectoryState } from './entity-directory.js';
import { snapshotFileProblem, writeFileAtomically } from '../store/snapshot-file.js';

/**
 * The entity directory and stories on disk, beside the search snapshot: a `NDBRIEF <format>` line, a
 * JSON header (archive fingerprint, line counts per section, SHA-256 of the body), then one JSON line per
 * record, article or story. Written to a temporary file and renamed. Read back only when everything
 * agrees (format, checksum, archive, shapes, the articles it covers); otherwise the reason comes back
 * and the caller rebuilds.
 */
export const BRIEFINGS_FORMAT = 1;
/**
 * Bump with any change to how the directory or stories are built from analyses (who is filed, which roles
 * count, how stories group): the archive's fingerprint only sees articles and their analysis version, so a
 * file built under older rules would otherwise be loaded as current.
 */
export const BRIEFING_RULES = 1;
const MAGIC = 'NDBRIEF';
const CHUNK = 1 << 20;

interface Header {
  fingerprint: string;
  checksum: string;
  counts: SectionCounts;
  endianness: string;
  versions: { directory: number; stories: number };
  rules: number;
}

export interface BriefingsState {
  dir: DirectoryState;
  book: StoryBookState;
}

/** Encoded at once (so it is one moment's state), then written without holding the event loop. */
export async function writeBriefingsSnapshot(path: string, fingerprint: string, state: BriefingsState): Promise<number> {
  const body: Buffer[] = [];
  const hash = createHash('sha256');
  let pending: string[] = [];
  let pendingLength = 0;
  const flush = () => {
    const buffer = Buffer.from(pending.join(''));
    hash.update(buffer);
    body.push(buffer);
    pending = [];
    pendingLength = 0;
  };
  for (const line of encodeBriefings(state.dir, state.book)) {
    pending.push(line, '\n');
    pendingLength += line.length + 1;
    if (pendingLength >= CHUNK) flush();
  }
  flush();
  const header: Header = { fingerprint, checksum: hash.digest('hex'), counts: sectionCounts(state.dir, state.book), endianness: endianness(), versions: { directory: state.dir.version, stories: state.book.version }, rules: BRIEFING_RULES };
  const head = Buffer.from(`${MAGIC} ${BRIEFINGS_FORMAT}\n${JSON.stringify(header)}\n`);
  return writeFileAtomically(path, [head, ...body]);
}

export type BriefingsRead = { state: BriefingsState } | { problem: string; notAFile?: boolean };

/** The articles a snapshot must cover exactly: the archive's. */
export interface Covered {
  fingerprint: string;
  size: number;
  has(id: string): boolean;
  /** The archive's ids, so the directory shares their strings rather than holding copies. */
  ids(): Iterable<string>;
}

/** Reads and checks a snapshot. Never throws: whatever is wrong comes back as a problem. */
export function readBriefingsSnapshot(path: string, archive: Covered): BriefingsRead {
  const notReadable = snapshotFileProblem(path);
  if (notReadable) return notReadable;
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return { problem: `unreadable (${(error as Error).message})` };
  }
  try {
    return parse(bytes, archive);
  } catch (error) {
    return { problem: `unreadable (${(error as Error).message})` };
  }
}

function parse(bytes: Buffer, archive: Covered): BriefingsRead {
  const first = bytes.indexOf(10);
  const second = first < 0 ? -1 : bytes.indexOf(10, first + 1);
  if (second < 0 || !bytes.subarray(0, first).toString('latin1').startsWith(`${MAGIC} `)) return { problem: 'not a briefings snapshot (torn or overwritten)' };
  const format = Number(bytes.subarray(MAGIC.length + 1, first).toString('latin1'));
  if (format !== BRIEFINGS_FORMAT) return { problem: `format ${format}, this build reads ${BRIEFINGS_FORMAT}` };
  let header: Header;
  try {
    header = JSON.parse(bytes.subarray(first + 1, second).toString('utf8')) as Header;
  } catch {
    return { problem: 'unreadable header (torn file)' };
  }
  const counts = header?.counts as Partial<SectionCounts> | undefined;
  if (!counts || !SECTIONS.every((s) => Number.isSafeInteger(counts[s]) && counts[s]! >= 0) || typeof header.checksum !== 'string' || !header.versions) return { problem: 'unreadable header (torn file)' };
  if (header.endianness !== endianness()) return { problem: 'written on a machine of other byte order' };
  if (header.rules !== BRIEFING_RULES) return { problem: `built under briefing rules ${String(header.rules)}, this build uses ${BRIEFING_RULES}` };
  if (header.fingerprint !== archive.fingerprint) return { problem: 'stale: the archive changed since it was written' };
  const body = bytes.subarray(second + 1);
  if (createHash('sha256').update(body).digest('hex') !== header.checksum) return { problem: 'checksum mismatch (corrupt file)' };
  const total = SECTIONS.reduce((n, s) => n + counts[s]!, 0);
  let at = 0;
  let read = 0;
  const next = (): unknown => {
    const end = body.indexOf(10, at);
    if (end < 0 || read >= total) throw new Error('fewer lines than the header says');
    const line = body.toString('utf8', at, end);
    at = end + 1;
    read += 1;
    return JSON.parse(line) as unknown;
  };
  const state = decodeBriefings(counts as SectionCounts, next, { directory: Number(header.versions.directory) || 0, stories: Number(header.versions.stories) || 0 }, archive.ids());
  if (at !== body.length) return { problem: 'more lines than the header says' };
  const problem = coverageProblem(state, archive);
  return problem ? { problem } : { state };
}

/** A checksum only proves the file is the one written: the sections must also describe this archive. */
function coverageProblem({ dir, book }: BriefingsState, archive: Covered): string | undefined {
  if (dir.placed.size !== archive.size || book.features.size !== archive.size) return 'inconsistent sections (article count)';
  for (const id of dir.placed.keys()) if (!archive.has(id) || !book.features.has(id)) return 'inconsistent sections (articles)';
  const inStory = new Set<string>();
  for (const story of book.stories.values()) {
    for (const id of story.members) {
      if (!book.features.has(id) || inStory.has(id)) return 'inconsistent sections (story members)';
      inStory.add(id);
    }
  }
  return inStory.size === archive.size ? undefined : 'inconsistent sections (stories)';
}
