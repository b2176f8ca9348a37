import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../src/clock.js';
import { createCapturingLogger } from '../src/logger.js';
import { createPgSharedSnapshots } from '../src/store/postgres/pg-shared-snapshots.js';
import { connectPg, type PgSync } from '../src/store/postgres/pg-sync.js';
import { snapshotSharing } from '../src/store/snapshot-sharing.js';
import { startTestPostgres, type TestPostgres } from './postgres-server.js';
import { tempFolder } from './temp-folder.js';

let server: TestPostgres;
const dbs: PgSync[] = [];

beforeAll(async () => {
  server = await startTestPostgres();
}, 60_000);
afterAll(async () => {
  for (const db of dbs.splice(0)) await db.close();
  await server?.stop();
}, 60_000);

const HOUR = 3_600_000;

async function world() {
  const db = connectPg(await server.createDatabase());
  dbs.push(db);
  const store = createPgSharedSnapshots(db);
  const clock = new ManualClock('2026-03-01T08:00:00Z');
  const dir = tempFolder('newsdesk-shared-');
  const sharing = (owner: string, logger = createCapturingLogger()) => ({ logger, sharing: snapshotSharing(store, { name: 'briefings', owner, clock, logger, everyMs: HOUR }) });
  // Over two chunks of a megabyte, so order and the last short chunk both count.
  const file = (name: string, bytes = 2_500_000) => {
    const path = join(dir, name);
    writeFileSync(path, randomBytes(bytes));
    return path;
  };
  const generations = () => db.query<{ g: string }>('SELECT DISTINCT generation AS g FROM shared_snapshot_chunks').length;
  return { db, store, clock, dir, sharing, file, generations };
}

describe('snapshots shared through PostgreSQL', () => {
  it('gives another machine the same bytes that went up', async () => {
    const { dir, sharing, file, store } = await world();
    const written = file('briefings.snap');
    await sharing('machine-a').sharing.offer(written, 'print-1');
    expect(store.latest('briefings')).toMatchObject({ fingerprint: 'print-1', bytes: 2_500_000, chunks: 3 });

    const fetched = join(dir, 'other', 'briefings.snap');
    expect(await sharing('machine-b').sharing.fetchInto(fetched)).toBe(true);
    expect(readFileSync(fetched).equals(readFileSync(written))).toBe(true);
  }, 60_000);

  it('uploads at most once per interval, never the fingerprint already there, and keeps only the copy before', async () => {
    const { clock, sharing, file, store, generations } = await world();
    const { sharing: a } = sharing('machine-a');
    await a.offer(file('one.snap'), 'print-1');
    const first = store.latest('briefings')!.generation;
    clock.advance(2 * HOUR);
    await a.offer(file('same.snap'), 'print-1');
    expect(store.latest('briefings')!.generation).toBe(first);

    await a.offer(file('two.snap'), 'print-2');
    expect(store.latest('briefings')!.fingerprint).toBe('print-2');
    clock.advance(HOUR / 2);
    await a.offer(file('three.snap'), 'print-3');
    expect(store.latest('briefings')!.fingerprint).toBe('print-2');
    clock.advance(HOUR);
    await a.offer(file('four.snap'), 'print-4');
    expect(store.latest('briefings')!.fingerprint).toBe('print-4');
    expect(generations()).toBe(2);
  }, 60_000);

  it('lets one machine upload at a time until its claim lapses', async () => {
    const { clock, sharing, file, store } = await world();
    const now = clock.now().toISOString();
    const held = store.claim({ name: 'briefings', owner: 'machine-a', fingerprint: 'print-a', now, until: new Date(clock.now().getTime() + 600_000).toISOString(), writtenBefore: now });
    expect(held).toBeDefined();
    const { sharing: b } = sharing('machine-b');
    await b.offer(file('b.snap'), 'print-b');
    expect(store.latest('briefings')).toBeUndefined();
    // Machine A died mid-upload: once its claim lapses B takes over, and A's late publish is refused.
    clock.advance(600_000);
    await b.offer(file('b.snap'), 'print-b');
    expect(store.latest('briefings')?.fingerprint).toBe('print-b');
    expect(store.publish('machine-a', { name: 'briefings', generation: held!, fingerprint: 'print-a', bytes: 0, chunks: 0, writtenAt: now })).toBe(false);
  }, 60_000);

  it('drops an upload stopped half way, and leaves the claim free, before stop() settles', async () => {
    const { db, sharing, file, store } = await world();
    const { sharing: a } = sharing('machine-a');
    void a.offer(file('a.snap'), 'print-a');
    // Settles once the upload has stopped and been dropped: the app closes its stores only after.
    await a.stop();
    expect(store.latest('briefings')).toBeUndefined();
    expect(db.query('SELECT 1 FROM shared_snapshot_chunks')).toEqual([]);
    await sharing('machine-b').sharing.offer(file('b.snap'), 'print-b');
    expect(store.latest('briefings')?.fingerprint).toBe('print-b');
  }, 60_000);

  it('leaves no file when the copy is replaced while it is fetched, and says so', async () => {
    const { db, dir, sharing, file } = await world();
    await sharing('machine-a').sharing.offer(file('a.snap'), 'print-a');
    db.run('DELETE FROM shared_snapshot_chunks WHERE seq = 2');
    const { sharing: b, logger } = sharing('machine-b');
    const target = join(dir, 'b', 'briefings.snap');
    expect(await b.fetchInto(target)).toBe(false);
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(join(dir, 'b'))).toEqual([]);
    expect(logger.lines.find((l) => l.message === 'shared briefings snapshot not fetched')?.fields.error).toMatchObject({ message: 'replaced while it was read' });
  }, 60_000);

  it('fetches nothing when no machine has shared one yet', async () => {
    const { dir, sharing } = await world();
    const { sharing: a, logger } = sharing('machine-a');
    expect(await a.fetchInto(join(dir, 'briefings.snap'))).toBe(false);
    expect(logger.lines.map((l) => l.message)).toContain('no shared briefings snapshot yet');
  }, 60_000);
});
