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
  /** Ids of articles (this file's or another's) that documents of this file repeat and were skipped for. */
  twins: string[];
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
  {
    // A file whose only skipped documents are duplicates is recorded too: read again at every start, a large
    // export with one repeated article cost the whole warm start.
    version: 2,
    name: 'seed file twins',
    up: `ALTER TABLE seed_files ADD COLUMN twins TEXT NOT NULL DEFAULT '[]'`,
  },
];

interface Row {
  path: string;
  size: number;
  mtime_ms: number;
  reader: string;
  ids: string;
  twins: string;
}

export function createSqliteSeedFileLedger(db: Db): SeedFileLedger {
  migrate(db, 'seed-files', migrations);
  const all = db.prepare('SELECT path, size, mtime_ms, reader, ids, twins FROM seed_files');
  const upsert = db.prepare(`INSERT INTO seed_files (path, size, mtime_ms, reader, ids, twins) VALUES (@path, @size, @mtimeMs, @reader, @ids, @twins)
    ON CONFLICT(path) DO UPDATE SET size = excluded.size, mtime_ms = excluded.mtime_ms, reader = excluded.reader, ids = excluded.ids, twins = excluded.twins`);
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
        (all.all() as Row[]).map((r) => [r.path, { path: r.path, size: r.size, mtimeMs: r.mtime_ms, reader: r.reader, ids: parseIds(r.ids), twins: parseIds(r.twins) }]),
      ),
    record: (entry) => void upsert.run({ ...entry, ids: JSON.stringify(entry.ids), twins: JSON.stringify(entry.twins) }),
    forget: (path) => void forget.run(path),
  };
}
