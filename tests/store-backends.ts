import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { openDatabase, type Db } from '../src/store/database.js';
import { connectPg, type PgSync } from '../src/store/postgres/pg-sync.js';
import { startTestPostgres, type TestPostgres } from './postgres-server.js';

/**
 * The backends a store contract runs against. `open` gives a fresh, empty database; its `connect`
 * makes another handle on the same database, as a second process would have.
 */
export interface OpenedBackend<T> {
  connect(): T;
  close(): Promise<void>;
}

export interface Backend<T> {
  name: string;
  open(): Promise<OpenedBackend<T>>;
}

export interface BackendMakers<T> {
  sqlite: (db: Db) => T;
  postgres: (db: PgSync) => T;
  /** An in-memory twin, where the contract has one; every `connect` returns the same instance. */
  memory?: () => T;
}

/** Starts one PostgreSQL for the test file (or uses TEST_DATABASE_URL) and stops it after the file, pass or fail. */
function postgresForThisFile(): () => TestPostgres {
  let server: TestPostgres | undefined;
  beforeAll(async () => {
    server = await startTestPostgres();
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
  }, 60_000);
  return () => {
    if (!server) throw new Error('the test PostgreSQL did not start');
    return server;
  };
}

export function storeBackends<T>(makers: BackendMakers<T>): Backend<T>[] {
  const server = postgresForThisFile();
  const backends: Backend<T>[] = [
    {
      name: 'SQLite',
      async open() {
        const dir = mkdtempSync(join(tmpdir(), 'newsdesk-contract-'));
        const handles: Db[] = [];
        return {
          connect() {
            const db = openDatabase(join(dir, 'newsdesk.sqlite'));
            handles.push(db);
            return makers.sqlite(db);
          },
          async close() {
            for (const db of handles) db.close();
            rmSync(dir, { recursive: true, force: true });
          },
        };
      },
    },
    {
      name: 'PostgreSQL',
      async open() {
        const url = await server().createDatabase();
        const handles: PgSync[] = [];
        return {
          connect() {
            const db = connectPg(url);
            handles.push(db);
            return makers.postgres(db);
          },
          async close() {
            for (const db of handles) await db.close();
          },
        };
      },
    },
  ];
  const memory = makers.memory;
  if (memory) {
    backends.push({
      name: 'memory',
      async open() {
        const store = memory();
        return { connect: () => store, close: async () => undefined };
      },
    });
  }
  return backends;
}
