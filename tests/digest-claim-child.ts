import { createDigestLedger } from '../src/digest/digest-ledger.js';
import { openDatabase } from '../src/store/database.js';
import { createPgDigestLedger } from '../src/store/postgres/pg-digest-ledger.js';
import { connectPg } from '../src/store/postgres/pg-sync.js';

/**
 * A second process for digest-ledger.test.ts: waits for a shared start instant, then claims the same
 * (channel, date) rows the other process claims, and prints the dates it won, one per line.
 */
const [dbPath = '', owner = '', startAt = '0', count = '0'] = process.argv.slice(2);
// A postgres:// address races on PostgreSQL; anything else is a SQLite file.
const ledger = dbPath.startsWith('postgres://') ? createPgDigestLedger(connectPg(dbPath)) : createDigestLedger(openDatabase(dbPath));
while (Date.now() < Number(startAt)) {
  // spin: both processes start claiming at the same moment
}
const won: string[] = [];
for (let day = 0; day < Number(count); day++) {
  const localDate = `2026-${String(1 + Math.floor(day / 28)).padStart(2, '0')}-${String(1 + (day % 28)).padStart(2, '0')}`;
  const now = new Date().toISOString();
  const claim = ledger.claim({ channelId: 'race', localDate, scheduleId: 1, dueAt: now, owner, now, leaseUntil: '2999-01-01T00:00:00.000Z' });
  if (claim.kind === 'claimed') won.push(localDate);
}
process.stdout.write(won.join('\n'));
