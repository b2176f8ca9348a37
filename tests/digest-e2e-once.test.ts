import { beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../src/clock.js';
import type { FakeDiscord } from './fake-discord/fake-discord.js';
import { ids } from './fake-discord/world.js';
import { dyingMessenger, sharedDataBots } from './digest-crash-world.js';
import { channel, digest, digestDates, embedOf, posts, setDigest, tickAt } from './digest-e2e-helpers.js';

/**
 * Exactly once, end to end: the real bot on the fake Discord, its processes sharing one DATA_DIR. A
 * "crash" is a process whose post never returns; its transport is stopped and a new process starts on
 * the same database, as a restart would.
 */
describe('digest exactly once, across crashes, restarts and processes', () => {
  const clock = new ManualClock('2026-03-27T12:00:00Z');
  const world = sharedDataBots('newsdesk-digest-shared-', clock);
  let fake: FakeDiscord;
  beforeAll(() => {
    fake = world.fake();
  });
  const boot = world.boot;

  it('a crash between claim and send, then a restart, gives one post; the restart looks in the channel first', async () => {
    const first = await boot();
    await setDigest(fake, channel.crash, '08:00', 'Europe/Berlin');
    // The first process dies while sending: it has claimed the post and never gets to Discord.
    const { messenger: dying, inPost, release } = dyingMessenger(first.transport.messenger, false);
    await first.app.digests.start(dying);
    clock.set('2026-03-28T07:00:00Z');
    const stuck = first.app.digests.tick();
    await inPost;
    await first.transport.stop();

    const second = await boot();
    await second.app.digests.start(second.transport.messenger);
    expect(posts(fake, channel.crash)).toHaveLength(0); // the claim's lease is still running
    await tickAt(second, clock, '2026-03-28T07:03:00Z');
    expect(posts(fake, channel.crash)).toHaveLength(1);
    const looked = fake.find('GET', `/channels/${channel.crash}/messages`);
    expect(looked).toHaveLength(1);
    expect(looked[0]!.seq).toBeLessThan(posts(fake, channel.crash)[0]!.seq);
    await tickAt(second, clock, '2026-03-28T09:00:00Z');
    expect(posts(fake, channel.crash)).toHaveLength(1);
    release();
    await stuck;
    await first.app.close();
    await second.stop();
  });

  it('a crash after sending but before confirming, then a restart, gives one post (found, not resent)', async () => {
    const first = await boot();
    const { messenger: dying, inPost, release } = dyingMessenger(first.transport.messenger, true);
    await first.app.digests.start(dying);
    clock.set('2026-03-29T06:00:00Z');
    const stuck = first.app.digests.tick();
    await inPost;
    await first.transport.stop();
    expect(posts(fake, channel.crash)).toHaveLength(2);

    const second = await boot();
    clock.set('2026-03-29T06:10:00Z');
    await second.app.digests.start(second.transport.messenger);
    await tickAt(second, clock, '2026-03-29T08:00:00Z');
    expect(posts(fake, channel.crash)).toHaveLength(2);
    const status = second.app.digests.status(ids.guild).find((s) => s.schedule.channelId === channel.crash)!;
    expect(fake.find('GET', `/channels/${channel.crash}/messages`).at(-1)!.status).toBe(200);
    const inChannel = fake.state.messages.get(channel.crash)!.map((m) => m.id);
    expect(status.lastPost).toMatchObject({ localDate: '2026-03-29', state: 'posted', messageId: inChannel.at(-1) });
    release();
    await stuck;
    await first.app.close();
    await second.stop();
  });

  it('two processes on one database post once', async () => {
    const a = await boot();
    const b = await boot();
    await a.app.digests.start(a.transport.messenger);
    await b.app.digests.start(b.transport.messenger);
    for (const at of ['2026-03-30T06:00:00Z', '2026-03-30T06:04:00Z', '2026-03-30T09:00:00Z']) {
      clock.set(at);
      await Promise.all([a.app.digests.tick(), b.app.digests.tick()]);
    }
    expect(digestDates(fake, channel.crash)).toEqual(['Digest for 2026-03-28', 'Digest for 2026-03-29', 'Digest for 2026-03-30']);
    await a.stop();
    await b.stop();
  });

  it('posts a digest missed while down on start when it is within the catch-up window, and skips it beyond', async () => {
    clock.set('2026-03-31T11:59:00Z'); // due 06:00 UTC: 5 h 59 min late
    const late = await boot();
    await late.app.digests.start(late.transport.messenger);
    expect(digestDates(fake, channel.crash).at(-1)).toBe('Digest for 2026-03-31');
    await late.stop();
    const before = posts(fake, channel.crash).length;
    clock.set('2026-04-01T12:01:00Z'); // 6 h 1 min late
    const tooLate = await boot();
    await tooLate.app.digests.start(tooLate.transport.messenger);
    expect(posts(fake, channel.crash)).toHaveLength(before);
    const status = await digest(fake, 'status');
    const field = embedOf(status).fields!.find((f) => f.value.startsWith(`<#${channel.crash}>`))!;
    expect(field.value).toContain('Missed: the digest for 2026-04-01: the bot was not running: 6.0 h late, beyond the 6 h catch-up window');
    expect(field.value).toContain('Next post: Thu 2 Apr, 08:00 CEST (Thu 2 Apr, 06:00 UTC)');
    await tooLate.stop();
  });
});
