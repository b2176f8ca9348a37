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
  const { logger } = options;
  const fs = options.fs ?? nodeSeedFs;
  const readers = options.readers ?? seedReaders;
  const maxBytes = options.maxBytes ?? MAX_SEED_BYTES;
  const maxExportBytes = options.maxExportBytes ?? MAX_EXPORT_BYTES;
  const unreadable: string[] = [];
  const files = await listFiles(dir, fs, logger, unreadable);
  const seenBytes = new Map<string, string>();
  const documents: RawDocument[] = [];
  const read: SeedFileRead[] = [];
  const kept: string[] = [];
  for (const file of files) {
    const name = display(file);
    const skip = (reason: string) => logger.warn(`skipped seed file ${name}: ${reason}`, { file: name, reason });
    const reader = readers[extname(file).toLowerCase()];
    if (/^readme/i.test(file.split('/').pop() ?? '')) continue;
    if (!reader) {
      skip(`unsupported file type "${extname(file) || 'none'}"`);
      continue;
    }
    try {
      const info = await fs.stat(file);
      if (options.unchanged?.(file, { size: info.size, mtimeMs: info.mtime.getTime() })) {
        kept.push(file);
        continue;
      }
      const cap = EXPORTS.has(extname(file).toLowerCase()) ? maxExportBytes : maxBytes;
      if (info.size === 0) throw new Error('empty file');
      if (info.size > cap) throw new Error(`over ${Math.round(cap / 1024 / 1024)} MB (${(info.size / 1024 / 1024).toFixed(1)} MB)`);
      const bytes = await fs.readFile(file);
      const digest = createHash('sha256').update(bytes).digest('hex');
      const twin = seenBytes.get(digest);
      if (twin) throw new Error(`exact duplicate of ${twin}`);
      seenBytes.set(digest, name);
      const { text } = decodeText(bytes);
      if (!text.trim()) throw new Error('empty file (only white space)');
      const skipRecord = (where: string, reason: string) =>
        logger.warn(`skipped ${where} of seed file ${name}: ${reason}`, { file: name, record: where, reason });
      const own = reader(text, name, info.mtime, { skipRecord, maxRecordBytes: maxBytes });
      documents.push(...own);
      read.push({ path: file, size: info.size, mtimeMs: info.mtime.getTime(), documents: own });
    } catch (error) {
      skip((error as Error).message);
    }
  }
  return { documents, unreadable, files: read, kept };
}
