import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { endianness } from 'node:os';
import type { StoryBookState } from '../stories/story-book.js';
import { briefingsDecoder, encodeBriefings, sectionCounts, SECTIONS, type SectionCounts } from './briefings-codec.js';
import type { DirectoryState } from './entity-directory.js';
import { snapshotFileProblem, writeFileAtomically } from '../store/snapshot-file.js';
import { PacerStopped, unpaced, type Pacer } from '../store/pacer.js';

/**
 * The entity directory and stories on disk, beside the search snapshot: a `NDBRIEF <format>` line, a
 * JSON header (archive fingerprint, line counts per section), one JSON line per record, article or story,
 * then a trailer line with the SHA-256 of those lines. Written to a temporary file and renamed, in slices
 * (an archive of 100,000 articles writes some 800 MB), so the trailer carries the checksum the header
 * could not. Read back only when everything agrees (format, checksum, archive, shapes, the articles it
 * covers); otherwise the reason comes back and the caller rebuilds.
 */
export const BRIEFINGS_FORMAT = 6;
/**
 * Older formats differ only in carrying what is now worked out from the presences, ignored when read: each
 * record's mentions per day (2) and its counts of who it is named beside (2 and 3). Format 4 leaves the
 * counts empty, so a build of format 3 must not read it. Format 5 keeps the words' document frequencies (a section
 * of its own) in place of each article's text features, which are worked out again from the article when needed;
 * the text features older files carry are read (and counted) once. Format 6 adds the name folds, when they were current.
 */
const READABLE_FORMATS = [2, 3, 4, 5, BRIEFINGS_FORMAT];
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
  counts: SectionCounts;
  endianness: string;
  versions: { directory: number; stories: number };
  rules: number;
  /** Whether the name folds were current and saved (format 6): none saved and none folded read alike. */
  foldsSaved?: boolean;
}

export interface BriefingsState {
  dir: DirectoryState;
  book: StoryBookState;
}

/**
 * The state must not change until the returned promise settles (the caller holds changes back): lines are
 * encoded a slice at a time, resting between slices, and streamed to the file rather than held.
 */
export function writeBriefingsSnapshot(path: string, fingerprint: string, state: BriefingsState, pacer: Pacer = unpaced): Promise<number> {
  const header: Header = { fingerprint, counts: sectionCounts(state.dir, state.book), endianness: endianness(), versions: { directory: state.dir.version, stories: state.book.version }, rules: BRIEFING_RULES, foldsSaved: state.dir.folds !== undefined };
  async function* parts(): AsyncGenerator<Uint8Array> {
    yield Buffer.from(`${MAGIC} ${BRIEFINGS_FORMAT}\n${JSON.stringify(header)}\n`);
    const hash = createHash('sha256');
    let pending: string[] = [];
    let length = 0;
    const take = () => {
      const buffer = Buffer.from(pending.join(''));
      hash.update(buffer);
      pending = [];
      length = 0;
      return buffer;
    };
    for (const line of encodeBriefings(state.dir, state.book)) {
      pending.push(line, '\n');
      length += line.length + 1;
      if (length >= CHUNK) yield take();
      if (pacer.due()) await pacer.rest();
    }
    yield take();
    yield Buffer.from(`${JSON.stringify({ checksum: hash.digest('hex') })}\n`);
  }
  return writeFileAtomically(path, parts());
}

/**
 * `stale`: a sound file written before articles were added to the archive, with the fingerprint it was
 * written for (the caller takes the added articles in, or rebuilds). `older`: of a format this build reads
 * but no longer writes.
 */
export type BriefingsRead = { state: BriefingsState; stale?: { fingerprint: string }; older?: true } | { problem: string; notAFile?: boolean };

/** The articles a snapshot must cover exactly: the archive's. */
export interface Covered {
  fingerprint: string;
  size: number;
  has(id: string): boolean;
  /** The archive's ids, so the directory shares their strings rather than holding copies. */
  ids(): Iterable<string>;
}

/**
 * Reads and checks a snapshot, a slice at a time. Never throws (but for a stopped pacer): whatever is
 * wrong comes back as a problem.
 */
export async function readBriefingsSnapshot(path: string, archive: Covered, pacer: Pacer = unpaced): Promise<BriefingsRead> {
  const notReadable = snapshotFileProblem(path);
  if (notReadable) return notReadable;
  try {
    const read = await readLines(path, archive, pacer);
    if ('problem' in read) return read;
    const problem = coverageProblem(read.state, archive, read.stale !== undefined);
    return problem ? { problem } : read;
  } catch (error) {
    if (error instanceof PacerStopped) throw error;
    return { problem: `unreadable (${(error as Error).message})` };
  }
}

/** The first two lines, checked; else why the file is not one this build reads. */
function headerProblem(magic: string, headLine: string): { header: Header; format: number } | { problem: string } {
  if (!magic.startsWith(`${MAGIC} `)) return { problem: 'not a briefings snapshot (torn or overwritten)' };
  const format = Number(magic.slice(MAGIC.length + 1));
  if (!READABLE_FORMATS.includes(format)) return { problem: `format ${format}, this build reads ${BRIEFINGS_FORMAT}` };
  let header: Header;
  try {
    header = JSON.parse(headLine) as Header;
  } catch {
    return { problem: 'unreadable header (torn file)' };
  }
  const counts = header?.counts as Partial<SectionCounts> | undefined;
  if (counts && format < 5) counts.words = 0;
  if (counts && format < 6) counts.folds = 0;
  if (!counts || !SECTIONS.every((s) => Number.isSafeInteger(counts[s]) && counts[s]! >= 0) || !header.versions || typeof header.fingerprint !== 'string') return { problem: 'unreadable header (torn file)' };
  if (header.endianness !== endianness()) return { problem: 'written on a machine of other byte order' };
  if (header.rules !== BRIEFING_RULES) return { problem: `built under briefing rules ${String(header.rules)}, this build uses ${BRIEFING_RULES}` };
  return { header, format };
}

/**
 * Streams the file: lines split across chunks, the body hashed as it passes, each body line decoded as it
 * comes. A line that does not decode stops the decoding but not the hashing, so a damaged file is told
 * apart (checksum) from a well-formed file with a bad line.
 */
async function readLines(path: string, archive: Covered, pacer: Pacer): Promise<BriefingsRead> {
  const file = await open(path, 'r');
  try {
    const hash = createHash('sha256');
    let lead: string[] = [];
    let header: Header | undefined;
    let format = BRIEFINGS_FORMAT;
    let decoder: ReturnType<typeof briefingsDecoder> | undefined;
    let state: BriefingsState | undefined;
    const feed = (line?: unknown) => {
      const step = decoder!.next(line);
      if (step.done) state = step.value;
    };
    let total = 0;
    let lines = 0;
    let shapeProblem: string | undefined;
    let trailer: string | undefined;
    let carry = Buffer.alloc(0);
    const chunk = Buffer.allocUnsafe(CHUNK);
    for (;;) {
      const { bytesRead } = await file.read(chunk, 0, CHUNK, null);
      if (bytesRead === 0) break;
      const data = carry.length ? Buffer.concat([carry, chunk.subarray(0, bytesRead)]) : chunk.subarray(0, bytesRead);
      let at = 0;
      let hashFrom = 0;
      for (let end = data.indexOf(10, at); end >= 0; end = data.indexOf(10, at)) {
        const start = at;
        at = end + 1;
        if (trailer !== undefined) return { problem: 'more lines than the header says' };
        if (!header) {
          lead.push(data.toString('utf8', start, end));
          if (lead.length < 2) continue;
          const checked = headerProblem(lead[0]!, lead[1]!);
          if ('problem' in checked) return checked;
          header = checked.header;
          format = checked.format;
          lead = [];
          total = SECTIONS.reduce((n, s) => n + header!.counts[s], 0);
          decoder = briefingsDecoder(header.counts, { directory: Number(header.versions.directory) || 0, stories: Number(header.versions.stories) || 0 }, archive.ids(), header.foldsSaved === true);
          feed();
          hashFrom = at;
          continue;
        }
        if (lines === total) {
          hash.update(data.subarray(hashFrom, start));
          hashFrom = at;
          trailer = data.toString('utf8', start, end);
          continue;
        }
        lines += 1;
        if (shapeProblem === undefined) {
          try {
            feed(JSON.parse(data.toString('utf8', start, end)));
          } catch (error) {
            shapeProblem = `unreadable (${(error as Error).message})`;
          }
        }
        if (pacer.due()) await pacer.rest();
      }
      if (header && trailer === undefined) hash.update(data.subarray(hashFrom, at));
      // Copied: the chunk buffer is filled again by the next read.
      carry = Buffer.from(data.subarray(at));
    }
    if (!header) return { problem: lead.length ? 'unreadable header (torn file)' : 'not a briefings snapshot (torn or overwritten)' };
    if (carry.length || trailer === undefined) return { problem: lines < total ? 'fewer lines than the header says' : 'no checksum line (torn file)' };
    let checksum: unknown;
    try {
      checksum = (JSON.parse(trailer) as { checksum?: unknown }).checksum;
    } catch {
      return { problem: 'unreadable checksum line (torn file)' };
    }
    if (checksum !== hash.digest('hex')) return { problem: 'checksum mismatch (corrupt file)' };
    if (shapeProblem !== undefined) return { problem: shapeProblem };
    if (!state) return { problem: 'fewer lines than the header says' };
    // A file of an older format is read once and then written again in this one.
    const older = format < BRIEFINGS_FORMAT ? ({ older: true } as const) : {};
    return header.fingerprint === archive.fingerprint ? { state, ...older } : { state, stale: { fingerprint: header.fingerprint }, ...older };
  } finally {
    await file.close();
  }
}

/** A checksum only proves the file is the one written: the sections must also describe this archive. */
function coverageProblem({ dir, book }: BriefingsState, archive: Covered, stale: boolean): string | undefined {
  // Articles only added since (stale): the file covers some of the archive's; otherwise all of them.
  if (book.features.size !== dir.placed.size || (!stale && dir.placed.size !== archive.size)) return 'inconsistent sections (article count)';
  for (const id of dir.placed.keys()) {
    if (!archive.has(id)) return stale ? 'stale: articles were removed since it was written' : 'inconsistent sections (articles)';
    if (!book.features.has(id)) return 'inconsistent sections (articles)';
  }
  const inStory = new Set<string>();
  for (const story of book.stories.values()) {
    for (const id of story.members) {
      if (!book.features.has(id) || inStory.has(id)) return 'inconsistent sections (story members)';
      inStory.add(id);
    }
  }
  return inStory.size === dir.placed.size ? undefined : 'inconsistent sections (stories)';
}
