import { createHash } from 'node:crypto';
import { extname, join, relative } from 'node:path';
import type { Logger } from '../logger.js';
import { decodeText } from './decode.js';
import type { RawDocument } from './raw-document.js';
import { seedReaders, type SeedReader } from './seed-formats.js';
import { nodeSeedFs, type SeedFs } from './seed-fs.js';

/** One article's file. */
export const MAX_SEED_BYTES = 5 * 1024 * 1024;
/** An export of many articles (.json, .jsonl): each record still answers to MAX_SEED_BYTES. */
export const MAX_EXPORT_BYTES = 200 * 1024 * 1024;
const EXPORTS = new Set(['.json', '.jsonl', '.ndjson']);

export interface SeedFolderOptions {
  logger: Logger;
  /** Readers by extension (lower case, with the dot); defaults to the built-in ones. */
  readers?: Record<string, SeedReader>;
  maxBytes?: number;
  maxExportBytes?: number;
  fs?: SeedFs;
  /** A file this says is unchanged since it was last read is not read: it is listed in `kept`. */
  unchanged?: (file: string, info: SeedFileInfo) => boolean;
}

/** What a file's listing says of it, without reading it. */
export interface SeedFileInfo {
  size: number;
  mtimeMs: number;
}

/** One file read, with the documents it gave. */
export interface SeedFileRead extends SeedFileInfo {
  path: string;
  documents: RawDocument[];
}

export interface SeedFolderRead {
  documents: RawDocument[];
  /** Folders (the top one included) that could not be listed: their seeds are neither read nor forgotten. */
  unreadable: string[];
  /** The files read, each with its documents (`documents` is all of them in order). */
  files: SeedFileRead[];
  /** Files left unread because `unchanged` said so. */
  kept: string[];
}

const display = (path: string): string => relative(process.cwd(), path) || path;
const skipFile = (logger: Logger, name: string, reason: string) => logger.warn(`skipped seed file ${name}: ${reason}`, { file: name, reason });

/**
 * Every file under `dir`, following symbolic links; a folder reached twice (a link loop) or a dangling
 * link is skipped with one line, and a folder that cannot be listed skips only itself.
 */
async function listFiles(dir: string, fs: SeedFs, logger: Logger, unreadable: string[], seen = new Set<string>()): Promise<string[]> {
  let names: string[];
  try {
    const real = await fs.realpath(dir);
    if (seen.has(real)) {
      logger.warn(`skipped seed folder ${display(dir)}: a link loop (already read as ${display(real)})`, { dir: display(dir) });
      return [];
    }
    seen.add(real);
    names = await fs.readdir(dir);
  } catch (error) {
    unreadable.push(dir);
    logger.warn(`seed folder unreadable, skipped: ${display(dir)} (${(error as Error).message})`, { dir: display(dir), reason: (error as Error).message });
    return [];
  }
  const files: string[] = [];
  for (const name of names.sort((a, b) => a.localeCompare(b))) {
    if (name.startsWith('.')) continue;
    const path = join(dir, name);
    let info: Awaited<ReturnType<SeedFs['stat']>>;
    try {
      info = await fs.stat(path);
    } catch (error) {
      logger.warn(`skipped seed file ${display(path)}: ${(error as Error).message} (a dangling or looping link?)`, { file: display(path) });
      continue;
    }
    if (info.isDirectory()) files.push(...(await listFiles(path, fs, logger, unreadable, seen)));
    else if (info.isFile()) files.push(path);
  }
  return files;
}

/**
 * Reads every seed file in a folder. A bad file (empty, binary, too big, an exact copy of another,
 * unparseable) is skipped with one warning naming it and the reason; the rest load.
 */
export async function readSeedFolder(dir: string, options: SeedFolderOptions): Promise<RawDocument[]> {
  return (await readSeedFolderReport(dir, options)).documents;
}

/** As readSeedFolder, and which folders could not be read, so their stored seeds are kept. */
export async function readSeedFolderReport(dir: string, options: SeedFolderOptions): Promise<SeedFolderRead> {
  const listing = await listSeedFolder(dir, options);
  const readFile = seedFileReader(options);
  const files: SeedFileRead[] = [];
  for (const file of listing.files) {
    const read = await readFile(file);
    if (read) files.push(read);
  }
  return { documents: files.flatMap((f) => f.documents), unreadable: listing.unreadable, files, kept: listing.kept.map((f) => f.path) };
}

/** A seed file found in the folder, not yet read. */
export interface SeedFileFound {
  path: string;
  info: SeedFileInfo;
}

export interface SeedListing {
  /** Files to read, in order. */
  files: SeedFileFound[];
  /** Files `unchanged` said need no reading. */
  kept: SeedFileFound[];
  unreadable: string[];
}

/**
 * The folder's seed files without reading them: a caller reads and ingests one at a time, so the parsed
 * documents of one file are held at once, not the whole folder's (at 100,000 articles, 450 MB of heap).
 */
export async function listSeedFolder(dir: string, options: SeedFolderOptions): Promise<SeedListing> {
  const { logger } = options;
  const fs = options.fs ?? nodeSeedFs;
  const readers = options.readers ?? seedReaders;
  const unreadable: string[] = [];
  const listing: SeedListing = { files: [], kept: [], unreadable };
  for (const path of await listFiles(dir, fs, logger, unreadable)) {
    const name = display(path);
    if (/^readme/i.test(path.split('/').pop() ?? '')) continue;
    if (!readers[extname(path).toLowerCase()]) {
      skipFile(logger, name, `unsupported file type "${extname(path) || 'none'}"`);
      continue;
    }
    try {
      const stat = await fs.stat(path);
      const info = { size: stat.size, mtimeMs: stat.mtime.getTime() };
      (options.unchanged?.(path, info) ? listing.kept : listing.files).push({ path, info });
    } catch (error) {
      skipFile(logger, name, (error as Error).message);
    }
  }
  return listing;
}

/**
 * Reads listed files one at a time: a bad file (empty, binary, too big, an exact copy of one read before,
 * unparseable) gives undefined and one warning naming it and the reason.
 */
export function seedFileReader(options: SeedFolderOptions): (file: SeedFileFound) => Promise<SeedFileRead | undefined> {
  const { logger } = options;
  const fs = options.fs ?? nodeSeedFs;
  const readers = options.readers ?? seedReaders;
  const maxBytes = options.maxBytes ?? MAX_SEED_BYTES;
  const maxExportBytes = options.maxExportBytes ?? MAX_EXPORT_BYTES;
  const seenBytes = new Map<string, string>();
  return async ({ path, info }) => {
    const name = display(path);
    try {
      const cap = EXPORTS.has(extname(path).toLowerCase()) ? maxExportBytes : maxBytes;
      if (info.size === 0) throw new Error('empty file');
      if (info.size > cap) throw new Error(`over ${Math.round(cap / 1024 / 1024)} MB (${(info.size / 1024 / 1024).toFixed(1)} MB)`);
      const bytes = await fs.readFile(path);
      const digest = createHash('sha256').update(bytes).digest('hex');
      const twin = seenBytes.get(digest);
      if (twin) throw new Error(`exact duplicate of ${twin}`);
      seenBytes.set(digest, name);
      const { text } = decodeText(bytes);
      if (!text.trim()) throw new Error('empty file (only white space)');
      const skipRecord = (where: string, reason: string) =>
        logger.warn(`skipped ${where} of seed file ${name}: ${reason}`, { file: name, record: where, reason });
      const documents = readers[extname(path).toLowerCase()]!(text, name, new Date(info.mtimeMs), { skipRecord, maxRecordBytes: maxBytes });
      return { path, ...info, documents };
    } catch (error) {
      skipFile(logger, name, (error as Error).message);
      return undefined;
    }
  };
}
