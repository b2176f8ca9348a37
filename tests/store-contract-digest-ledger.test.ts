import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDigestLedger, type ClaimRequest, type DigestLedger } from '../src/digest/digest-ledger.js';
import { createPgDigestLedger } from '../src/store/postgres/pg-digest-ledger.js';
import { storeBackends, type OpenedBackend } from './store-backends.js';

const backends = storeBackends<DigestLedger>({ sqlite: createDigestLedger, postgres: createPgDigestLedger });

const CHANNEL = '550000000000000020';
const key = { channelId: CHANNEL, localDate: '2026-10-24' };
const claimAt = (owner: string, now: string, leaseMinutes = 3, localDate = key.localDate): ClaimRequest => ({
  channelId: CHANNEL,
  localDate,
  scheduleId: 7,
  dueAt: `${localDate}T06:30:00.000Z`,
  owner,
  now,
  leaseUntil: new Date(Date.parse(now) + leaseMinutes * 60_000).toISOString(),
});

describe.each(backends)('the digest ledger on $name', (backend) => {
  let opened: OpenedBackend<DigestLedger>;
  let one: DigestLedger;
  let two: DigestLedger;
  beforeEach(async () => {
    opened = await backend.open();
    one = opened.connect();
    two = opened.connect();
  });
  afterEach(async () => opened.close());

  it('gives a (channel, date) to the first claimant; the other sees it busy, then settled', () => {
    expect(one.claim(claimAt('north', '2026-10-24T06:30:00.000Z'))).toMatchObject({ kind: 'claimed', entry: { owner: 'north', attempts: 1, state: 'claimed' } });
    expect(two.claim(claimAt('south', '2026-10-24T06:30:05.000Z'))).toMatchObject({ kind: 'busy', entry: { owner: 'north' } });
    expect(one.confirm(key, { state: 'posted', messageId: 'm-1', at: '2026-10-24T06:30:09.000Z', owner: 'north' })).toBe(true);
    expect(one.confirm(key, { state: 'posted', messageId: 'm-1', at: '2026-10-24T06:30:10.000Z', owner: 'north' })).toBe(false);
    const after = two.claim(claimAt('south', '2026-10-24T09:00:00.000Z'));
    expect(after).toMatchObject({ kind: 'settled', entry: { state: 'posted', messageId: 'm-1', settledAt: '2026-10-24T06:30:09.000Z' } });
    expect(after.entry.owner).toBeUndefined();
  });

  it('lets a claim be taken over only when its lease has run out, and then only its new owner confirms', () => {
    one.claim(claimAt('stalled', '2026-10-24T06:30:00.000Z', 2));
    expect(two.abandoned('2026-10-24T06:31:59.000Z')).toEqual([]);
    expect(two.abandoned('2026-10-24T06:32:00.000Z').map((e) => e.owner)).toEqual(['stalled']);
    expect(two.claim(claimAt('fresh', '2026-10-24T06:31:59.000Z')).kind).toBe('busy');
    expect(two.claim(claimAt('fresh', '2026-10-24T06:32:00.000Z'))).toMatchObject({ kind: 'claimed', entry: { owner: 'fresh', attempts: 2 } });
    expect(one.confirm(key, { state: 'posted', messageId: 'late', at: '2026-10-24T06:33:00.000Z', owner: 'stalled' })).toBe(false);
    expect(two.confirm(key, { state: 'empty', at: '2026-10-24T06:33:01.000Z', owner: 'fresh' })).toBe(true);
    expect(one.get(key)).toMatchObject({ state: 'empty', periodEnd: '2026-10-24T06:30:00.000Z' });
  });

  it('holds a released claim until its retry time, and lets only the owner release it', () => {
    one.claim(claimAt('north', '2026-10-24T06:30:00.000Z'));
    one.release(key, 'south', 'not yours', '2026-10-24T06:35:00.000Z');
    expect(two.get(key)).toMatchObject({ owner: 'north' });
    one.release(key, 'north', '503 from the API', '2026-10-24T06:35:00.000Z');
    expect(two.get(key)?.owner).toBeUndefined();
    expect(two.claim(claimAt('south', '2026-10-24T06:34:59.000Z')).kind).toBe('busy');
    expect(two.claim(claimAt('south', '2026-10-24T06:35:00.000Z'))).toMatchObject({ kind: 'claimed', entry: { attempts: 2, lastError: '503 from the API' } });
  });

  it('records a missed day over an open claim, never over a settled one', () => {
    const missed = (localDate: string) => ({ channelId: CHANNEL, localDate, scheduleId: 7, dueAt: `${localDate}T06:30:00.000Z` });
    one.markMissed(missed('2026-10-22'), '30 h late', '2026-10-23T12:30:00.000Z');
    expect(one.get({ channelId: CHANNEL, localDate: '2026-10-22' })).toMatchObject({ state: 'missed', lastError: '30 h late' });
    one.claim(claimAt('north', '2026-10-23T06:30:00.000Z', 3, '2026-10-23'));
    one.markMissed(missed('2026-10-23'), 'schedule removed', '2026-10-23T07:00:00.000Z');
    expect(one.get({ channelId: CHANNEL, localDate: '2026-10-23' })).toMatchObject({ state: 'missed' });
    one.claim(claimAt('north', '2026-10-24T06:30:00.000Z'));
    one.confirm(key, { state: 'posted', messageId: 'm-2', at: '2026-10-24T06:30:01.000Z', owner: 'north' });
    one.markMissed(missed('2026-10-24'), 'late', '2026-10-24T20:00:00.000Z');
    expect(one.get(key)).toMatchObject({ state: 'posted', messageId: 'm-2' });
    expect(one.recent(CHANNEL, 2).map((e) => e.localDate)).toEqual(['2026-10-24', '2026-10-23']);
  });

  it('remembers where the last posted or quiet digest stopped', () => {
    expect(one.lastPeriodEnd(CHANNEL)).toBeUndefined();
    one.claim(claimAt('north', '2026-10-24T06:30:00.000Z'));
    one.recordPeriod(key, '2026-10-23T06:30:00.000Z', '2026-10-24T06:29:00.000Z');
    expect(one.lastPeriodEnd(CHANNEL)).toBeUndefined();
    one.confirm(key, { state: 'posted', messageId: 'm-3', at: '2026-10-24T06:30:02.000Z', owner: 'north' });
    expect(two.lastPeriodEnd(CHANNEL)).toBe('2026-10-24T06:29:00.000Z');
    expect(two.get(key)).toMatchObject({ periodStart: '2026-10-23T06:30:00.000Z' });
  });
});

describe.each(backends)('the digest ledger on $name, raced by two real processes', (backend) => {
  it('gives each (channel, date) to exactly one of them', async () => {
    const opened = await backend.open();
    try {
      const ledger = opened.connect(); // migrations applied once, before the race
      expect(ledger.recent('race', 1)).toEqual([]);
      const address = opened.address();
      const run = promisify(execFile);
      const startAt = String(Date.now() + 5000);
      const child = (owner: string) =>
        run(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'digest-claim-child.ts'), address, owner, startAt, '80'], { cwd: join(import.meta.dirname, '..') });
      const [a, b] = await Promise.all([child('a'), child('b')]);
      const won = [...a.stdout.split('\n'), ...b.stdout.split('\n')].filter(Boolean);
      expect(won).toHaveLength(80);
      expect(new Set(won).size).toBe(80);
      expect(ledger.recent('race', 100)).toHaveLength(80);
    } finally {
      await opened.close();
    }
  }, 60_000);
});
