import { afterAll, beforeAll } from 'vitest';
import { startTestPostgres, type TestPostgres } from './postgres-server.js';

/**
 * One PostgreSQL for a test file: started before its first test, stopped after its last. Kept apart from
 * postgres-server.ts, which the scale bench imports outside vitest. Read the server inside tests and hooks.
 */
export function postgresForFile(): () => TestPostgres {
  let server: TestPostgres | undefined;
  beforeAll(async () => {
    server = await startTestPostgres();
  }, 60_000);
  afterAll(async () => server?.stop(), 60_000);
  return () => {
    if (!server) throw new Error('the test PostgreSQL is read outside a test');
    return server;
  };
}
