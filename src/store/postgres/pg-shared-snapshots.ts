import type { SharedCopy, SharedSnapshotStore } from '../shared-snapshots.js';
import { migratePg, type PgMigration } from './pg-migrate.js';
import type { PgSync } from './pg-sync.js';

const MIGRATIONS: readonly PgMigration[] = [
  {
    version: 1,
    name: 'shared snapshots in chunks',
    up: `CREATE TABLE IF NOT EXISTS shared_snapshots (
        name TEXT PRIMARY KEY, generation BIGINT, fingerprint TEXT, bytes BIGINT, chunks INTEGER, written_at TEXT,
        claim_owner TEXT, claim_until TEXT);
      CREATE TABLE IF NOT EXISTS shared_snapshot_chunks (
        name TEXT NOT NULL, generation BIGINT NOT NULL, seq INTEGER NOT NULL, data BYTEA NOT NULL,
        PRIMARY KEY (name, generation, seq));
      CREATE SEQUENCE IF NOT EXISTS shared_snapshot_generations;`,
  },
];

type Row = Record<string, unknown>;

const copyOf = (row: Row | undefined): SharedCopy | undefined =>
  row && row.generation !== null
    ? { generation: Number(row.generation), fingerprint: String(row.fingerprint), bytes: Number(row.bytes), chunks: Number(row.chunks), writtenAt: String(row.written_at) }
    : undefined;

/** Shared snapshots in PostgreSQL: a row per name, a row per chunk. Instants compare as ISO text in byte order. */
export function createPgSharedSnapshots(db: PgSync): SharedSnapshotStore {
  migratePg(db, 'shared-snapshots', MIGRATIONS);
  return {
    latest: (name) => copyOf(db.query<Row>('SELECT * FROM shared_snapshots WHERE name = $1', [name])[0]),
    chunk: (name, generation, seq) => db.query<{ data: Uint8Array }>('SELECT data FROM shared_snapshot_chunks WHERE name = $1 AND generation = $2 AND seq = $3', [name, generation, seq])[0]?.data,
    claim(request) {
      db.run('INSERT INTO shared_snapshots (name) VALUES ($1) ON CONFLICT DO NOTHING', [request.name]);
      const [row] = db.query<{ generation: string }>(
        `UPDATE shared_snapshots SET claim_owner = $2, claim_until = $4
        WHERE name = $1 AND fingerprint IS DISTINCT FROM $5
          AND (written_at IS NULL OR written_at COLLATE "C" <= $6)
          AND (claim_owner IS NULL OR claim_owner = $2 OR claim_until COLLATE "C" <= $3)
        RETURNING nextval('shared_snapshot_generations') AS generation`,
        [request.name, request.owner, request.now, request.until, request.fingerprint, request.writtenBefore],
      );
      return row ? Number(row.generation) : undefined;
    },
    putChunk: (name, generation, seq, data) => void db.run('INSERT INTO shared_snapshot_chunks (name, generation, seq, data) VALUES ($1, $2, $3, $4)', [name, generation, seq, data]),
    publish: (owner, copy) =>
      db.transaction(() => {
        const [before] = db.query<{ generation: string | null }>('SELECT generation FROM shared_snapshots WHERE name = $1 AND claim_owner = $2 FOR UPDATE', [copy.name, owner]);
        if (!before) return false;
        db.run('UPDATE shared_snapshots SET generation = $2, fingerprint = $3, bytes = $4, chunks = $5, written_at = $6, claim_owner = NULL, claim_until = NULL WHERE name = $1', [
          copy.name, copy.generation, copy.fingerprint, copy.bytes, copy.chunks, copy.writtenAt,
        ]);
        // Uploads that never finished go too: their claims lapsed without a publish.
        db.run('DELETE FROM shared_snapshot_chunks WHERE name = $1 AND generation <> $2 AND generation IS DISTINCT FROM $3', [copy.name, copy.generation, before.generation]);
        return true;
      }),
    abandon(name, owner, generation) {
      db.run('DELETE FROM shared_snapshot_chunks WHERE name = $1 AND generation = $2', [name, generation]);
      db.run('UPDATE shared_snapshots SET claim_owner = NULL, claim_until = NULL WHERE name = $1 AND claim_owner = $2', [name, owner]);
    },
  };
}
