import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Logger } from '../logger.js';
import { databaseOpenError } from './database-open-error.js';

export { DatabaseOpenError } from './database-open-error.js';

export type Db = Database.Database;

/**
 * Opens (creating if needed) the SQLite database. WAL lets two processes share it safely. A file that is
 * a folder, damaged, or read-only is refused here with a DatabaseOpenError naming the file and what to
 * do, not at the first write hours later: the header is read, and its user_version written back unchanged.
 */
export function openDatabase(path: string): Db {
  if (path === ':memory:') return configure(new Database(path));
  let db: Db | undefined;
  try {
    mkdirSync(dirname(path), { recursive: true });
    db = configure(new Database(path));
    db.pragma(`user_version = ${Number(db.pragma('user_version', { simple: true }))}`);
    return db;
  } catch (error) {
    try {
      db?.close();
    } catch {
      // already unusable; the open error below is what matters
    }
    throw databaseOpenError(path, error);
  }
}

function configure(db: Db): Db {
  db.pragma('busy_timeout = 5000');
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  return db;
}

export interface Migration {
  /** 1, 2, 3… within its namespace; never renumber one that has shipped. */
  version: number;
  name: string;
  up: string | ((db: Db) => void);
}

/**
 * Numbered migrations, per namespace (`articles`, `digest`, `feeds`…), so each store owns its schema
 * and new ones are added without touching the others. Applied in a transaction at start.
 */
export function migrate(db: Db, namespace: string, migrations: readonly Migration[], logger?: Logger): void {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    namespace TEXT NOT NULL, version INTEGER NOT NULL, name TEXT NOT NULL, applied_at TEXT NOT NULL,
    PRIMARY KEY (namespace, version))`);
  const isApplied = db.prepare('SELECT 1 FROM schema_migrations WHERE namespace = ? AND version = ?');
  const record = db.prepare('INSERT INTO schema_migrations (namespace, version, name, applied_at) VALUES (?, ?, ?, ?)');
  for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
    if (isApplied.get(namespace, migration.version)) continue;
    // Asked again under the write lock: two processes starting on a new file both saw it missing, and
    // the second must find the first's work done rather than apply it twice.
    const applied = db.transaction(() => {
      if (isApplied.get(namespace, migration.version)) return false;
      if (typeof migration.up === 'string') db.exec(migration.up);
      else migration.up(db);
      record.run(namespace, migration.version, migration.name, new Date().toISOString());
      return true;
    }).immediate();
    if (applied) logger?.info('applied migration', { namespace, version: migration.version, name: migration.name });
  }
}
