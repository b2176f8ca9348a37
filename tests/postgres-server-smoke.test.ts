import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPostgres, type TestPostgres } from './postgres-server.js';

describe('the test PostgreSQL', () => {
  let server: TestPostgres;
  beforeAll(async () => {
    server = await startTestPostgres();
  });
  afterAll(async () => server?.stop());

  it('gives each suite its own empty database, with pg_trgm available', async () => {
    const [first, second] = [await server.createDatabase(), await server.createDatabase()];
    expect(first).not.toBe(second);
    const client = new pg.Client({ connectionString: first });
    await client.connect();
    try {
      const tables = await client.query("SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'");
      expect(tables.rows[0].n).toBe(0);
      const trgm = await client.query("SELECT count(*)::int AS n FROM pg_available_extensions WHERE name = 'pg_trgm'");
      expect(trgm.rows[0].n).toBe(1);
    } finally {
      await client.end();
    }
  });
});
