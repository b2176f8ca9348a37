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
  /** Where another process finds the same database: a SQLite file or a postgres:// address. */
  address(): string;
  close(): Promise<void>;
}

export interface Backend<T> {
  name: string;
  open(): Promise<OpenedBackend<T>>;
}

export interface BackendMakers<T> {
  /** Absent where SQLite keeps no such state (it lives in each process's memory). */
  sqlite?: (db: Db) => T;
  postgres: (db: PgSync) => T;
  /** An in-memory twin, where the contract has one; every `connect` returns the same instance. */
  memory?: () => T;
}

interface FileServer {
  server(): TestPostgres;
  /** Run after the file's tests, before the server stops. */
  atEnd(close: () => Promise<void>): void;
}

/** Starts one PostgreSQL for the test file (or uses TEST_DATABASE_URL) and stops it after the file, pass or fail. */
function postgresForThisFile(): FileServer {
  let server: TestPostgres | undefined;
  const closers: (() => Promise<void>)[] = [];
  beforeAll(async () => {
    server = await startTestPostgres();
  }, 60_000);
  afterAll(async () => {
    try {
      for (const close of closers) await close().catch(() => undefined);
    } finally {
      await server?.stop();
    }
  }, 60_000);
  return {
    server() {
      if (!server) throw new Error('the test PostgreSQL did not start');
      return server;
    },
    atEnd: (close) => void closers.push(close),
  };
}

// Emptying the suite's database is much cheaper than a new one (and its migrations) for every test.
const EMPTY_TABLES = `DO $$ DECLARE names text; BEGIN
  SELECT string_agg(format('%I', tablename), ', ') INTO names FROM pg_tables
    WHERE schemaname = 'public' AND tablename <> 'schema_migrations';
  IF names IS NOT NULL THEN EXECUTE 'TRUNCATE ' || names || ' RESTART IDENTITY CASCADE'; END IF;
END $$`;

export function storeBackends<T>(makers: BackendMakers<T>): Backend<T>[] {
  const file = postgresForThisFile();
  let suite: { url: string; primary: PgSync } | undefined;
  const sqlite = makers.sqlite;
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
            return sqlite!(db);
          },
          address: () => join(dir, 'newsdesk.sqlite'),
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
        // One database per suite: the first test creates it, the next ones find it emptied.
        if (!suite) {
          const url = await file.server().createDatabase();
          const primary = connectPg(url);
          suite = { url, primary };
          file.atEnd(() => primary.close());
        } else suite.primary.run(EMPTY_TABLES);
        const { url, primary } = suite;
        const others: PgSync[] = [];
        let primaryTaken = false;
        return {
          // The first handle is the suite's kept connection; the others are new, as another process's would be.
          connect() {
            if (!primaryTaken) {
              primaryTaken = true;
              return makers.postgres(primary);
            }
            const db = connectPg(url);
            others.push(db);
            return makers.postgres(db);
          },
          address: () => url,
          async close() {
            for (const db of others) await db.close();
          },
        };
      },
    },
  ];
  if (!sqlite) backends.shift();
  const memory = makers.memory;
  if (memory) {
    backends.push({
      name: 'memory',
      async open() {
        const store = memory();
        return {
          connect: () => store,
          address: () => {
            throw new Error('an in-memory store has no address');
          },
          close: async () => undefined,
        };
      },
    });
  }
  return backends;
}
