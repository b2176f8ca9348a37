import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { createDigestLedger, type ClaimRequest } from '../src/digest/digest-ledger.js';
import { createScheduleStore } from '../src/digest/digest-store.js';
import { openDatabase, type Db } from '../src/store/database.js';

const opened: Db[] = [];
const dirs: string[] = [];

function databaseFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-ledger-'));
  dirs.push(dir);
  return join(dir, 'newsdesk.sqlite');
}

function open(path: string): Db {
  const db = openDatabase(path);
  opened.push(db);
  return db;
}

afterEach(() => {
  for (const db of opened.splice(0)) db.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const request = (owner: string, now: string, leaseMinutes = 3): ClaimRequest => ({
  channelId: '440000000000000010',
  localDate: '2026-03-28',
  scheduleId: 1,
  dueAt: '2026-03-28T07:00:00.000Z',
  owner,
  now,
  leaseUntil: new Date(Date.parse(now) + leaseMinutes * 60_000).toISOString(),
});
const key = { channelId: '440000000000000010', localDate: '2026-03-28' };

describe('digest ledger', () => {
  it('gives a (channel, local date) to one claimant when two processes share the database file', () => {
    const path = databaseFile();
    const first = createDigestLedger(open(path));
    const second = createDigestLedger(open(path));
    expect(first.claim(request('process-a', '2026-03-28T07:00:00.000Z')).kind).toBe('claimed');
    expect(second.claim(request('process-b', '2026-03-28T07:00:01.000Z')).kind).toBe('busy');
    expect(first.confirm(key, { state: 'posted', messageId: '901', at: '2026-03-28T07:00:02.000Z', owner: 'process-a' })).toBe(true);
    const after = second.claim(request('process-b', '2026-03-28T08:00:00.000Z'));
    expect(after.kind).toBe('settled');
    expect(after.entry).toMatchObject({ state: 'posted', messageId: '901', attempts: 1 });
  });

  it('gives each row to exactly one of two real processes claiming the same rows at the same moment', async () => {
    const path = databaseFile();
    createDigestLedger(open(path)); // migrations applied once, before the race
    const run = promisify(execFile);
    const startAt = String(Date.now() + 4000);
    const child = (owner: string) =>
      run(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'digest-claim-child.ts'), path, owner, startAt, '120'], { cwd: join(import.meta.dirname, '..') });
    const [a, b] = await Promise.all([child('a'), child('b')]);
    const wonByA = a.stdout.split('\n').filter(Boolean);
    const wonByB = b.stdout.split('\n').filter(Boolean);
    expect(wonByA.length + wonByB.length).toBe(120);
    expect(new Set([...wonByA, ...wonByB]).size).toBe(120);
  }, 60_000);

  it('lets another process take over a claim whose lease ran out, counting the attempt', () => {
    const ledger = createDigestLedger(open(databaseFile()));
    ledger.claim(request('crashed', '2026-03-28T07:00:00.000Z'));
    expect(ledger.abandoned('2026-03-28T07:02:00.000Z')).toHaveLength(0);
    expect(ledger.abandoned('2026-03-28T07:03:00.000Z')).toHaveLength(1);
    expect(ledger.claim(request('restarted', '2026-03-28T07:02:59.000Z')).kind).toBe('busy');
    const taken = ledger.claim(request('restarted', '2026-03-28T07:03:00.000Z'));
    expect(taken).toMatchObject({ kind: 'claimed', entry: { owner: 'restarted', attempts: 2 } });
  });

  it('releases a failed claim until its retry time, then lets it be claimed again', () => {
    const ledger = createDigestLedger(open(databaseFile()));
    ledger.claim(request('me', '2026-03-28T07:00:00.000Z'));
    ledger.release(key, 'someone-else', 'not mine to release', '2026-03-28T07:01:00.000Z');
    expect(ledger.get(key)).toMatchObject({ owner: 'me' });
    ledger.release(key, 'me', 'server error', '2026-03-28T07:01:00.000Z');
    expect(ledger.claim(request('me', '2026-03-28T07:00:30.000Z')).kind).toBe('busy');
    expect(ledger.claim(request('me', '2026-03-28T07:01:00.000Z'))).toMatchObject({ kind: 'claimed', entry: { attempts: 2, lastError: 'server error' } });
  });

  it('records a missed post without overwriting one that was posted', () => {
    const ledger = createDigestLedger(open(databaseFile()));
    ledger.markMissed({ ...key, scheduleId: 1, dueAt: '2026-03-28T07:00:00.000Z' }, '9.0 h late', '2026-03-28T16:00:00.000Z');
    expect(ledger.get(key)).toMatchObject({ state: 'missed', lastError: '9.0 h late' });
    const other = { channelId: key.channelId, localDate: '2026-03-29' };
    ledger.claim({ ...request('me', '2026-03-29T07:00:00.000Z'), ...other });
    ledger.confirm(other, { state: 'posted', messageId: '902', at: '2026-03-29T07:00:01.000Z', owner: 'me' });
    ledger.markMissed({ ...other, scheduleId: 1, dueAt: '2026-03-29T07:00:00.000Z' }, 'late', '2026-03-29T20:00:00.000Z');
    expect(ledger.get(other)).toMatchObject({ state: 'posted', messageId: '902' });
  });

  it('remembers where the last digest stopped, for the next one to start there', () => {
    const ledger = createDigestLedger(open(databaseFile()));
    expect(ledger.lastPeriodEnd(key.channelId)).toBeUndefined();
    ledger.claim(request('me', '2026-03-28T07:00:00.000Z'));
    ledger.recordPeriod(key, '2026-03-27T07:00:00.000Z', '2026-03-28T07:00:00.000Z');
    expect(ledger.lastPeriodEnd(key.channelId)).toBeUndefined();
    ledger.confirm(key, { state: 'empty', at: '2026-03-28T07:00:00.000Z', owner: 'me' });
    expect(ledger.lastPeriodEnd(key.channelId)).toBe('2026-03-28T07:00:00.000Z');
  });
});

describe('digest schedules store', () => {
  it('keeps one schedule per channel; setting it again changes it and forgets its failures', () => {
    const path = databaseFile();
    const store = createScheduleStore(open(path));
    const first = store.upsert({ guildId: 'g', channelId: 'c1', time: { hour: 8, minute: 0 }, zone: 'Europe/Berlin', quiet: false, setBy: 'u1', setAt: '2026-03-27T00:00:00.000Z' });
    store.upsert({ guildId: 'g', channelId: 'c2', time: { hour: 9, minute: 30 }, zone: 'America/New_York', quiet: true, setAt: '2026-03-27T00:00:00.000Z' });
    expect(store.recordFailure(first.id, 'gone', '2026-03-27T07:00:00.000Z', true)).toBe(1);
    expect(store.recordFailure(first.id, '503', '2026-03-27T07:01:00.000Z', false)).toBe(1);
    expect(store.disable(first.id, 'gone', '2026-03-27T07:05:00.000Z')).toBe(true);
    expect(store.disable(first.id, 'gone', '2026-03-27T07:05:00.000Z')).toBe(false);
    const again = store.upsert({ guildId: 'g', channelId: 'c1', time: { hour: 7, minute: 15 }, zone: 'Europe/London', quiet: false, setBy: 'u2', setAt: '2026-03-28T00:00:00.000Z' });
    expect(again).toMatchObject({ id: first.id, state: 'active', failures: 0, zone: 'Europe/London', time: { hour: 7, minute: 15 }, setBy: 'u2' });
    expect(again.lastError).toBeUndefined();
    // A second connection (another process) sees the same schedules, migrations applied once.
    const elsewhere = createScheduleStore(open(path));
    expect(elsewhere.list('g').map((s) => [s.channelId, s.quiet])).toEqual([
      ['c1', false],
      ['c2', true],
    ]);
  });
});

describe('digest ledger confirms only for the lease holder', () => {
  it('refuses a confirm from a process whose claim was taken over, and accepts the new owner', () => {
    const path = databaseFile();
    const first = createDigestLedger(open(path));
    const second = createDigestLedger(open(path));
    expect(first.claim(request('process-a', '2026-03-28T07:00:00.000Z', 1)).kind).toBe('claimed');
    // A's lease runs out (it stalled); B takes the claim over.
    expect(second.claim(request('process-b', '2026-03-28T07:05:00.000Z')).kind).toBe('claimed');
    expect(first.confirm(key, { state: 'posted', messageId: '903', at: '2026-03-28T07:06:00.000Z', owner: 'process-a' })).toBe(false);
    expect(second.get(key)).toMatchObject({ state: 'claimed', owner: 'process-b' });
    expect(second.confirm(key, { state: 'posted', messageId: '903', at: '2026-03-28T07:06:01.000Z', owner: 'process-b' })).toBe(true);
    expect(first.get(key)).toMatchObject({ state: 'posted', messageId: '903' });
  });
});
