import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join, relative } from 'node:path';
import type { Logger } from '../logger.js';
import { decodeText } from './decode.js';
import type { RawDocument } from './raw-document.js';
import { seedReaders, type SeedReader } from './seed-formats.js';

export const MAX_SEED_BYTES = 5 * 1024 * 1024;

export interface SeedFolderOptions {
  logger: Logger;
  /** Readers by extension (lower case, with the dot); defaults to the built-in ones. */
  readers?: Record<string, SeedReader>;
  maxBytes?: number;
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await listFiles(path)));
    else if (entry.isFile()) files.push(path);
  }
  return files;
}

/**
 * Reads every seed file in a folder. A bad file (empty, binary, too big, an exact copy of another,
 * unparseable) is skipped with one warning naming it and the reason; the rest load.
 */
export async function readSeedFolder(dir: string, options: SeedFolderOptions): Promise<RawDocument[]> {
  const { logger } = options;
  const readers = options.readers ?? seedReaders;
  const maxBytes = options.maxBytes ?? MAX_SEED_BYTES;
  let files: string[];
  try {
    files = await listFiles(dir);
  } catch (error) {
    logger.warn('seed folder unreadable; starting with no seeds', { dir, reason: (error as Error).message });
    return [];
  }
  const seenBytes = new Map<string, string>();
  const documents: RawDocument[] = [];
  for (const file of files) {
    const name = relative(process.cwd(), file) || file;
    const skip = (reason: string) => logger.warn(`skipped seed file ${name}: ${reason}`, { file: name, reason });
    const reader = readers[extname(file).toLowerCase()];
    if (/^readme/i.test(file.split('/').pop() ?? '')) continue;
    if (!reader) {
      skip(`unsupported file type "${extname(file) || 'none'}"`);
      continue;
    }
    try {
      const info = await stat(file);
      if (info.size === 0) throw new Error('empty file');
      if (info.size > maxBytes) throw new Error(`over ${Math.round(maxBytes / 1024 / 1024)} MB (${(info.size / 1024 / 1024).toFixed(1)} MB)`);
      const bytes = await readFile(file);
      const digest = createHash('sha256').update(bytes).digest('hex');
      const twin = seenBytes.get(digest);
      if (twin) throw new Error(`exact duplicate of ${twin}`);
      seenBytes.set(digest, name);
      const { text } = decodeText(bytes);
      if (!text.trim()) throw new Error('empty file (only white space)');
      documents.push(...reader(text, name, info.mtime));
    } catch (error) {
      skip((error as Error).message);
    }
  }
  return documents;
}
