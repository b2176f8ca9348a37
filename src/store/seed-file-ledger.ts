import { migrate, type Db, type Migration } from './database.js';

/**
 * What a seed file gave the last time it was read: its size and modification time then, the rules it
 * was read under, and the ids of the articles it became. A file that still matches is not read again
 * at start: its stored articles are used as they are.
 */
export interface SeedFileEntry {
  path: string;
  size: number;
  mtimeMs: number;
  /** The reading and analysis rules the file was read under; other rules read it again. */
  reader: string;
  ids: string[];
}

export interface SeedFileLedger {
  /** Every entry by path, in one read. */
  all(): Map<string, SeedFileEntry>;
  record(entry: SeedFileEntry): void;
  forget(path: string): void;
}

const migrations: Migration[] = [
  {
    version: 1,
    name: 'seed files',
    up: `CREATE TABLE seed_files (
      path TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime_ms REAL NOT NULL, reader TEXT NOT NULL, ids TEXT NOT NULL)`,
  },
];

interface Row {
  path: string;
  size: number;
  mtime_ms: number;
  reader: string;
  ids: string;
}

export function createSqliteSeedFileLedger(db: Db): SeedFileLedger {
  migrate(db, 'seed-files', migrations);
  const all = db.prepare('SELECT path, size, mtime_ms, reader, ids FROM seed_files');
  const upsert = db.prepare(`INSERT INTO seed_files (path, size, mtime_ms, reader, ids) VALUES (@path, @size, @mtimeMs, @reader, @ids)
    ON CONFLICT(path) DO UPDATE SET size = excluded.size, mtime_ms = excluded.mtime_ms, reader = excluded.reader, ids = excluded.ids`);
  const forget = db.prepare('DELETE FROM seed_files WHERE path = ?');
  const parseIds = (text: string): string[] => {
    try {
      const ids = JSON.parse(text) as unknown;
      return Array.isArray(ids) && ids.every((id) => typeof id === 'string') ? ids : [];
    } catch {
      return [];
    }
  };
  return {
    all: () =>
      new Map(
        (all.all() as Row[]).map((r) => [r.path, { path: r.path, size: r.size, mtimeMs: r.mtime_ms, reader: r.reader, ids: parseIds(r.ids) }]),
      ),
    record: (entry) => void upsert.run({ ...entry, ids: JSON.stringify(entry.ids) }),
    forget: (path) => void forget.run(path),
  };
}
