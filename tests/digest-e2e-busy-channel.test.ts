import { beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../src/clock.js';
import type { FakeDiscord } from './fake-discord/fake-discord.js';
import { ids } from './fake-discord/world.js';
import { dyingMessenger, sharedDataBots } from './digest-crash-world.js';
import { channel, posts, setDigest, tickAt } from './digest-e2e-helpers.js';

/**
 * A crash after Discord accepted the digest but before the ledger confirmed it, then a busy channel:
 * 500 messages follow and Discord has forgotten the nonce by the restart. The restart must find the
 * digest by reading forward from the claim's time, not among the latest 100 messages.
 */
describe('digest exactly once in a busy channel', () => {
  const clock = new ManualClock('2026-04-09T12:00:00Z');
  const world = sharedDataBots('newsdesk-digest-busy-', clock);
  let fake: FakeDiscord;
  beforeAll(() => {
    fake = world.fake();
  });
  const boot = world.boot;

  it('finds its unconfirmed digest behind 500 later messages and a forgotten nonce, and does not post again', async () => {
    const first = await boot();
    await setDigest(fake, channel.crash, '08:00', 'Europe/Berlin');
    const { messenger: dying, inPost, release } = dyingMessenger(first.transport.messenger, true);
    await first.app.digests.start(dying);
    clock.set('2026-04-10T06:00:00Z');
    const stuck = first.app.digests.tick();
    await inPost;
    await first.transport.stop();
    expect(posts(fake, channel.crash)).toHaveLength(1);
    for (let i = 0; i < 500; i++) fake.state.store(fake.state.message(channel.crash, { content: `chatter ${i}` }, []));
    fake.state.forgetNonces(channel.crash);

    const second = await boot();
    clock.set('2026-04-10T06:10:00Z');
    await second.app.digests.start(second.transport.messenger);
    await tickAt(second, clock, '2026-04-10T08:00:00Z');
    expect(posts(fake, channel.crash)).toHaveLength(1);
    const forward = fake.find('GET', `/channels/${channel.crash}/messages`).filter((r) => r.query.after !== undefined);
    expect(forward.length).toBeGreaterThanOrEqual(1);
    const digestId = String(fake.state.messages.get(channel.crash)![0]!.id);
    const status = second.app.digests.status(ids.guild).find((s) => s.schedule.channelId === channel.crash)!;
    expect(status.lastPost).toMatchObject({ localDate: '2026-04-10', state: 'posted', messageId: digestId });
    release();
    await stuck;
    await first.app.close();
    await second.stop();
  });
});
