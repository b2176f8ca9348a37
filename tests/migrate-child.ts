import { createInterface } from 'node:readline';
import { migrate, openDatabase, type Db, type Migration } from '../src/store/database.js';

/**
 * A process starting on a new database, for database-migrate-race.test.ts: says `ready`, waits for a
 * line on stdin (the test sends it to both processes at once), applies 60 migrations (the first one slow), then says `ok`
 * or the error it met.
 */
const [path = ''] = process.argv.slice(2);
const db = openDatabase(path);
// The first one is slow, as a backfill over a large table is: the other process, starting meanwhile,
// sees it not yet applied and waits for the write lock.
const slow = (db: Db) => {
  const until = Date.now() + 800;
  while (Date.now() < until) {
    // holding the write lock, as a long backfill does
  }
  db.exec('CREATE TABLE tides_1 (port TEXT, high_water TEXT)');
};
const migrations: Migration[] = Array.from({ length: 60 }, (_, i) => ({
  version: i + 1,
  name: `tide table ${i + 1}`,
  up: i === 0 ? slow : `CREATE TABLE tides_${i + 1} (port TEXT, high_water TEXT)`,
}));
process.stdout.write('ready\n');
const lines = createInterface({ input: process.stdin });
await new Promise<void>((resolve) => lines.once('line', () => resolve()));
lines.close();
try {
  migrate(db, 'tides', migrations);
  process.stdout.write('ok\n');
} catch (error) {
  process.stdout.write(`failed ${(error as Error).message}\n`);
}
db.close();
