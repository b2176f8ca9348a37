import { afterEach, describe, expect, it } from 'vitest';
import { createDigestLedger } from '../src/digest/digest-ledger.js';
import { digestFooter } from '../src/digest/digest-marker.js';
import { digestPosts, digestWorld, fixtureItems, type DigestWorld } from './digest-harness.js';

/**
 * The posting loop against a recording messenger and a hand-moved clock: on time, once, caught up or
 * skipped after downtime, retried and turned off on failures. The same behaviour against the fake
 * Discord is in digest-e2e-discord.test.ts.
 */
const BERLIN = '440000000000000101';
const NEW_YORK = '440000000000000102';
const GONE = '440000000000000103';
const ADMIN = '550000000000000009';

const worlds: DigestWorld[] = [];
function world(start: string, extra: Partial<Parameters<typeof digestWorld>[0]> = {}): DigestWorld {
  const made = digestWorld({ start, ...extra });
  worlds.push(made);
  return made;
}
afterEach(async () => {
  for (const w of worlds.splice(0).reverse()) await w.close();
});

async function setDigest(w: DigestWorld, channelId: string, time: string, zone: string, quiet = false) {
  const result = await w.desk.set({ guildId: 'g1', channelId, time, zone, quiet, userId: ADMIN });
  if (!result.ok) throw new Error(result.reason);
  return result.schedule;
}

async function tickAt(w: DigestWorld, iso: string) {
  w.clock.set(iso);
  await w.desk.tick();
}

describe('digest scheduler: on time', () => {
  it('posts 08:00 Berlin and 08:00 New York at their UTC instants, each channel on its own time', async () => {
    const w = world('2026-03-27T00:00:00Z');
    await setDigest(w, BERLIN, '08:00', 'Europe/Berlin');
    await setDigest(w, NEW_YORK, '08:00', 'EST');
    await w.desk.start(w.messenger);
    await tickAt(w, '2026-03-27T06:59:59Z');
    expect(digestPosts(w.messenger)).toEqual([]);
    await tickAt(w, '2026-03-27T07:00:00Z');
    expect(digestPosts(w.messenger).map((p) => p.channelId)).toEqual([BERLIN]);
    await tickAt(w, '2026-03-27T11:59:59Z');
    expect(digestPosts(w.messenger)).toHaveLength(1);
    // New York is already on summer time (since 8 March): 08:00 EDT is 12:00 UTC.
    await tickAt(w, '2026-03-27T12:00:00Z');
    expect(digestPosts(w.messenger).map((p) => p.channelId)).toEqual([BERLIN, NEW_YORK]);
    // Berlin moves to summer time on 29 March: 08:00 is 07:00 UTC on the 28th, 06:00 UTC on the 29th.
    await tickAt(w, '2026-03-28T07:00:00Z');
    await tickAt(w, '2026-03-29T05:59:59Z');
    expect(digestPosts(w.messenger).filter((p) => p.channelId === BERLIN)).toHaveLength(2);
    await tickAt(w, '2026-03-29T06:00:00Z');
    expect(digestPosts(w.messenger).filter((p) => p.channelId === BERLIN).map((p) => p.footer.slice(0, 21))).toEqual([
      'Digest for 2026-03-27',
      'Digest for 2026-03-28',
      'Digest for 2026-03-29',
    ]);
  });

  it('posts a 02:30 Berlin digest at 03:00 local on the spring-forward night, and once on the fall-back night', async () => {
    const w = world('2026-03-28T12:00:00Z');
    await setDigest(w, BERLIN, '02:30', 'Europe/Berlin');
    await w.desk.start(w.messenger);
    await tickAt(w, '2026-03-29T00:59:59Z');
    expect(digestPosts(w.messenger)).toEqual([]);
    await tickAt(w, '2026-03-29T01:00:00Z'); // 03:00 CEST: 02:30 never happened
    expect(digestPosts(w.messenger)).toHaveLength(1);

    await tickAt(w, '2026-10-24T12:00:00Z'); // months later: what was owed in between is settled as missed, not posted
    const before = digestPosts(w.messenger).length;
    await tickAt(w, '2026-10-25T00:29:59Z');
    expect(digestPosts(w.messenger)).toHaveLength(before);
    await tickAt(w, '2026-10-25T00:30:00Z'); // the first 02:30 (CEST)
    await tickAt(w, '2026-10-25T01:30:00Z'); // the second 02:30 (CET)
    await tickAt(w, '2026-10-25T05:00:00Z');
    expect(digestPosts(w.messenger).slice(before).map((p) => p.footer.slice(0, 21))).toEqual(['Digest for 2026-10-25']);
  });

  it('posts a 01:30 New York digest once on the fall-back night, at the first 01:30 (EDT)', async () => {
    const w = world('2026-10-31T12:00:00Z');
    await setDigest(w, NEW_YORK, '1:30', 'America/New_York');
    await w.desk.start(w.messenger);
    await tickAt(w, '2026-11-01T05:29:59Z');
    expect(digestPosts(w.messenger)).toEqual([]);
    await tickAt(w, '2026-11-01T05:30:00Z');
    await tickAt(w, '2026-11-01T06:30:00Z');
    expect(digestPosts(w.messenger)).toHaveLength(1);
  });
});

describe('digest scheduler: exactly once', () => {
  it('after a crash between claim and send, the restarted process looks first and posts once', async () => {
    const first = world('2026-03-28T07:00:00Z', { owner: 'first' });
    await setDigest(first, BERLIN, '08:00', 'Europe/Berlin');
    // The first process claims, then dies before sending: its claim is all that is left.
    createDigestLedger(first.db).claim({
      channelId: BERLIN,
      localDate: '2026-03-28',
      scheduleId: 1,
      dueAt: '2026-03-28T07:00:00.000Z',
      owner: 'first',
      now: '2026-03-28T07:00:00.000Z',
      leaseUntil: '2026-03-28T07:03:00.000Z',
    });
    const restarted = world('2026-03-28T07:01:00Z', { dbPath: first.dbPath, owner: 'restarted' });
    await restarted.desk.start(restarted.messenger);
    expect(digestPosts(restarted.messenger)).toEqual([]); // the lease is not over: it might still be sending
    await tickAt(restarted, '2026-03-28T07:03:00Z');
    expect(digestPosts(restarted.messenger)).toHaveLength(1);
    await tickAt(restarted, '2026-03-28T09:00:00Z');
    expect(digestPosts(restarted.messenger)).toHaveLength(1);
  });

  it('after a crash between send and confirm, finds the post in the channel and does not post again', async () => {
    const w = world('2026-03-28T07:10:00Z', { owner: 'restarted' });
    const schedule = await setDigest(w, BERLIN, '08:00', 'Europe/Berlin');
    w.clock.set('2026-03-28T07:00:00Z');
    createDigestLedger(w.db).claim({
      channelId: BERLIN,
      localDate: '2026-03-28',
      scheduleId: schedule.id,
      dueAt: '2026-03-28T07:00:00.000Z',
      owner: 'crashed',
      now: '2026-03-28T07:00:00.000Z',
      leaseUntil: '2026-03-28T07:03:00.000Z',
    });
    // What the crashed process managed to send before dying.
    await w.messenger.post(BERLIN, { title: 'News digest', footer: digestFooter('2026-03-28', schedule.id) });
    w.clock.set('2026-03-28T07:10:00Z');
    await w.desk.start(w.messenger);
    expect(digestPosts(w.messenger)).toHaveLength(1);
    expect(createDigestLedger(w.db).get({ channelId: BERLIN, localDate: '2026-03-28' })).toMatchObject({ state: 'posted', messageId: '1' });
  });

  it('two processes on one database file post once', async () => {
    const a = world('2026-03-28T06:00:00Z', { owner: 'a' });
    await setDigest(a, BERLIN, '08:00', 'Europe/Berlin');
    const b = world('2026-03-28T06:00:00Z', { dbPath: a.dbPath, owner: 'b' });
    await a.desk.start(a.messenger);
    await b.desk.start(b.messenger);
    for (const at of ['2026-03-28T07:00:00Z', '2026-03-28T07:04:00Z', '2026-03-28T09:00:00Z']) {
      a.clock.set(at);
      b.clock.set(at);
      await Promise.all([a.desk.tick(), b.desk.tick()]);
    }
    expect(digestPosts(a.messenger).length + digestPosts(b.messenger).length).toBe(1);
  });
});

describe('digest scheduler: downtime', () => {
  it('posts a missed digest on start when it is at most the catch-up window late', async () => {
    const w = world('2026-03-27T12:00:00Z');
    await setDigest(w, BERLIN, '08:00', 'Europe/Berlin');
    w.clock.set('2026-03-28T12:59:00Z'); // due 07:00 UTC; 5 h 59 min late
    await w.desk.start(w.messenger);
    expect(digestPosts(w.messenger).map((p) => p.footer.slice(0, 21))).toEqual(['Digest for 2026-03-28']);
  });

  it('skips a digest more than the window late and shows it in status', async () => {
    const w = world('2026-03-27T12:00:00Z');
    await setDigest(w, BERLIN, '08:00', 'Europe/Berlin');
    w.clock.set('2026-03-28T13:01:00Z'); // 6 h 1 min late
    await w.desk.start(w.messenger);
    expect(digestPosts(w.messenger)).toEqual([]);
    const [status] = w.desk.status('g1');
    expect(status!.missed).toMatchObject({ localDate: '2026-03-28', state: 'missed' });
    expect(status!.missed!.lastError).toContain('6.0 h late, beyond the 6 h catch-up window');
    expect(status!.next!.dueAt.toISOString()).toBe('2026-03-29T06:00:00.000Z');
  });

  it('follows the configured catch-up window', async () => {
    const w = world('2026-03-27T12:00:00Z', { catchUpHours: 1 });
    await setDigest(w, BERLIN, '08:00', 'Europe/Berlin');
    w.clock.set('2026-03-28T08:30:00Z');
    await w.desk.start(w.messenger);
    expect(digestPosts(w.messenger)).toEqual([]);
  });

  it('after a long outage posts only the latest digest owed, not one per day', async () => {
    const w = world('2026-03-20T12:00:00Z', { catchUpHours: 30 });
    await setDigest(w, BERLIN, '08:00', 'Europe/Berlin');
    w.clock.set('2026-03-28T08:00:00Z'); // the 27th (25 h late) and the 28th (1 h late) are both in the window
    await w.desk.start(w.messenger);
    expect(digestPosts(w.messenger).map((p) => p.footer.slice(0, 21))).toEqual(['Digest for 2026-03-28']);
  });
});

describe('digest scheduler: failures', () => {
  it('retries a server error with growing back-off and holds back other posts in that tick', async () => {
    const w = world('2026-03-28T06:00:00Z');
    await setDigest(w, BERLIN, '08:00', 'Europe/Berlin');
    await setDigest(w, '440000000000000104', '08:00', 'Europe/Berlin');
    await w.desk.start(w.messenger);
    w.messenger.failNext(BERLIN, 'server-error', 2);
    await tickAt(w, '2026-03-28T07:00:00Z');
    expect(w.messenger.attempts()).toBe(1); // the other channel waits for the next tick
    await tickAt(w, '2026-03-28T07:00:30Z');
    expect(digestPosts(w.messenger).map((p) => p.channelId)).toEqual(['440000000000000104']);
    await tickAt(w, '2026-03-28T07:00:59Z'); // before the first retry (1 min)
    expect(w.messenger.attempts()).toBe(2);
    await tickAt(w, '2026-03-28T07:01:00Z'); // second failure: next retry 5 min later
    await tickAt(w, '2026-03-28T07:05:59Z');
    expect(w.messenger.attempts()).toBe(3);
    await tickAt(w, '2026-03-28T07:06:00Z');
    expect(digestPosts(w.messenger).map((p) => p.channelId)).toEqual(['440000000000000104', BERLIN]);
    expect(w.desk.status('g1').find((s) => s.schedule.channelId === BERLIN)!.schedule.state).toBe('active');
  });

  it('turns a schedule off after three channel-gone failures in a row, tells its admin, and leaves others alone', async () => {
    const w = world('2026-03-28T06:00:00Z');
    await setDigest(w, GONE, '08:00', 'Europe/Berlin');
    await setDigest(w, NEW_YORK, '08:00', 'America/New_York');
    await w.desk.start(w.messenger);
    w.messenger.failNext(GONE, 'channel-gone', 10);
    for (const at of ['2026-03-28T07:00:00Z', '2026-03-28T07:01:00Z', '2026-03-28T07:06:00Z', '2026-03-28T08:00:00Z']) await tickAt(w, at);
    expect(w.messenger.attempts()).toBe(3);
    const gone = w.desk.status('g1').find((s) => s.schedule.channelId === GONE)!;
    expect(gone.schedule).toMatchObject({ state: 'disabled', failures: 3 });
    expect(gone.next).toBeUndefined();
    expect(w.messenger.dms).toHaveLength(1);
    expect(w.messenger.dms[0]!.userId).toBe(ADMIN);
    expect(w.messenger.dms[0]!.reply.text).toContain('failed 3 times in a row and has been turned off');
    await tickAt(w, '2026-03-28T12:00:00Z');
    expect(digestPosts(w.messenger).map((p) => p.channelId)).toEqual([NEW_YORK]);
  });

  it('tells the server system channel when the admin takes no direct messages', async () => {
    const w = world('2026-03-28T06:00:00Z');
    await setDigest(w, GONE, '08:00', 'Europe/Berlin');
    w.messenger.dmsClosed = true;
    w.messenger.systemChannel = '440000000000000199';
    await w.desk.start(w.messenger);
    w.messenger.failNext(GONE, 'forbidden', 3);
    for (const at of ['2026-03-28T07:00:00Z', '2026-03-28T07:01:00Z', '2026-03-28T07:06:00Z']) await tickAt(w, at);
    const notice = w.messenger.posts.find((p) => p.channelId === '440000000000000199');
    expect(notice?.reply.text).toContain('the bot is no longer allowed to post there');
  });

  it('starts the count again after a success: failures must be in a row', async () => {
    const w = world('2026-03-28T06:00:00Z');
    await setDigest(w, GONE, '08:00', 'Europe/Berlin');
    await w.desk.start(w.messenger);
    w.messenger.failNext(GONE, 'forbidden', 2);
    for (const at of ['2026-03-28T07:00:00Z', '2026-03-28T07:01:00Z', '2026-03-28T07:06:00Z']) await tickAt(w, at);
    expect(digestPosts(w.messenger)).toHaveLength(1);
    w.messenger.failNext(GONE, 'forbidden', 2);
    for (const at of ['2026-03-29T06:00:00Z', '2026-03-29T06:01:00Z', '2026-03-29T06:06:00Z']) await tickAt(w, at);
    expect(w.desk.status('g1')[0]!.schedule.state).toBe('active');
    expect(digestPosts(w.messenger)).toHaveLength(2);
  });
});

describe('digest content in the loop', () => {
  it('covers what arrived since the channel\'s last digest, and posts one line on a day with nothing new', async () => {
    const w = world('2026-03-27T12:30:00Z');
    await setDigest(w, BERLIN, '08:00', 'Europe/Berlin');
    await setDigest(w, NEW_YORK, '08:00', 'America/New_York', true);
    await w.desk.start(w.messenger);
    w.clock.set('2026-03-27T20:00:00Z');
    await w.ingest(fixtureItems().slice(0, 2), '2026-03-27');
    await tickAt(w, '2026-03-28T07:00:00Z');
    const first = w.messenger.posts.at(-1)!.reply;
    expect(first.text).toBe('2 new articles in 2 stories in the last 24 hours.');
    w.clock.set('2026-03-28T09:00:00Z');
    await w.ingest(fixtureItems().slice(2, 3), '2026-03-28');
    await tickAt(w, '2026-03-28T12:00:00Z'); // New York: the three articles of its first 24 hours
    expect(w.messenger.posts.at(-1)!.reply.text).toBe('3 new articles in 3 stories in the last 24 hours.');
    await tickAt(w, '2026-03-29T06:00:00Z'); // Berlin: only what came after its last digest
    expect(w.messenger.posts.at(-1)!.reply.text).toBe('1 new article in 1 story since the last digest (Sat 28 Mar, 08:00 CET).');
    const before = w.messenger.posts.length;
    await tickAt(w, '2026-03-29T12:00:00Z'); // quiet New York: nothing since its last digest, so nothing posted, but recorded
    expect(w.messenger.posts.length).toBe(before);
    expect(w.desk.status('g1').find((s) => s.schedule.channelId === NEW_YORK)!.lastPost).toMatchObject({ state: 'empty', localDate: '2026-03-29' });
    await tickAt(w, '2026-03-30T06:00:00Z');
    expect(w.messenger.posts.at(-1)!.reply.text).toBe('Nothing new since the last digest (Sun 29 Mar, 08:00 CEST).');
  });
});
