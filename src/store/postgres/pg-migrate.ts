import type { Logger } from '../../logger.js';
import type { PgSync } from './pg-sync.js';

/** A PostgreSQL migration: numbered within its namespace like the SQLite ones; SQL, or work done in its transaction. */
export interface PgMigration {
  version: number;
  name: string;
  up: string | ((db: PgSync) => void);
}

/**
 * Applies a namespace's pending migrations, each in its own transaction. An advisory lock makes
 * processes that start together take turns, so a migration runs once however many start at once.
 */
export function migratePg(db: PgSync, namespace: string, migrations: readonly PgMigration[], logger?: Logger): void {
  for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
    const applied = db.transaction(() => {
      db.query("SELECT pg_advisory_xact_lock(hashtext('newsdesk schema_migrations'))");
      db.run(`CREATE TABLE IF NOT EXISTS schema_migrations (
        namespace TEXT NOT NULL, version INTEGER NOT NULL, name TEXT NOT NULL, applied_at TEXT NOT NULL,
        PRIMARY KEY (namespace, version))`);
      const done = db.query('SELECT 1 FROM schema_migrations WHERE namespace = $1 AND version = $2', [namespace, migration.version]);
      if (done.length > 0) return false;
      if (typeof migration.up === 'string') db.run(migration.up);
      else migration.up(db);
      db.run('INSERT INTO schema_migrations (namespace, version, name, applied_at) VALUES ($1, $2, $3, $4)', [namespace, migration.version, migration.name, new Date().toISOString()]);
      return true;
    });
    if (applied) logger?.info('applied migration', { namespace, version: migration.version, name: migration.name, store: 'postgres' });
  }
}
