import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../src/clock.js';
import { ingestDocuments } from '../src/ingest/ingestion.js';
import { answerOf, EPHEMERAL, type ApiMessageBody } from './fake-discord/answers.js';
import { startBot, type BotUnderTest } from './fake-discord/bot-harness.js';
import { startFakeDiscord, type FakeDiscord } from './fake-discord/fake-discord.js';
import { opt } from './fake-discord/interactions.js';
import { ids, users } from './fake-discord/world.js';
import { fixtureItems } from './digest-harness.js';
import { admin, channel, digest, digestChannels, digestDates, embedOf, footerOf, posts, setDigest, tickAt } from './digest-e2e-helpers.js';
import { fileTempFolder } from './temp-folder.js';

/**
 * /digest in the real bot (createApp + the discord.js transport) against the fake Discord, on a
 * hand-moved clock: the command as admins use it, posts at the right UTC instant in Berlin and New York
 * on ordinary and daylight-saving days, and a deleted channel. Exactly-once across crashes, restarts
 * and two processes is in digest-e2e-once.test.ts.
 */
const seedsDir = fileTempFolder('newsdesk-digest-seeds-');

describe('/digest on a fake Discord', () => {
  let fake: FakeDiscord;
  let bot: BotUnderTest;
  const clock = new ManualClock('2026-03-27T00:00:00Z');

  beforeAll(async () => {
    fake = await startFakeDiscord({ channels: digestChannels });
    bot = await startBot(fake, { seedsDir: seedsDir(), clock });
    await bot.app.digests.start(bot.transport.messenger);
  });
  afterAll(async () => {
    await bot?.dispose();
    await fake?.close();
  });

  it('is registered for Manage Server only, and refuses a member without it when used anyway', async () => {
    const registered = fake.find('PUT', `/applications/${ids.application}/guilds/${ids.guild}/commands`).at(-1)!.body as { name: string; default_member_permissions?: string }[];
    expect(registered.find((c) => c.name === 'digest')?.default_member_permissions).toBe('32');
    const refused = await digest(fake, 'set', [opt.channel('channel', channel.berlin), opt.string('time', '08:00'), opt.string('timezone', 'CET')], {});
    expect(refused.flags).toBe(EPHEMERAL);
    expect(embedOf(refused).description).toBe('Setting up digests needs the **Manage Server** permission.');
    expect(bot.app.digests.list(ids.guild)).toEqual([]);
  });

  it('refuses a channel where the bot lacks permissions, saying exactly which', async () => {
    const noEmbeds = await setDigest(fake, ids.restrictedChannel, '08:00', 'Europe/Berlin');
    expect(noEmbeds.flags).toBe(EPHEMERAL);
    expect(embedOf(noEmbeds).description).toContain(`the bot is missing **Embed Links**, **Attach Files** there`);
    const noSend = await setDigest(fake, channel.noSend, '08:00', 'Europe/Berlin');
    expect(embedOf(noSend).description).toContain('the bot is missing **Send Messages** there');
    const badZone = await setDigest(fake, channel.berlin, '08:00', 'Mars/Olympus');
    expect(embedOf(badZone).description).toContain('I do not know the time zone `Mars/Olympus`');
    expect(bot.app.digests.list(ids.guild)).toEqual([]);
  });

  it('suggests time zones while the zone is typed, abbreviations first', async () => {
    const typed = { ...opt.subcommand('set', [opt.string('timezone', 'cet', true)]) };
    const answer = await answerOf(fake, fake.autocomplete('digest', [typed], admin));
    expect(answer.message.choices![0]).toEqual({ name: 'CET → Europe/Berlin', value: 'Europe/Berlin' });
  });

  it('sets a digest per channel, each with its own time, and shows the next post in the zone and in UTC', async () => {
    const berlin = await setDigest(fake, channel.berlin, '08:00', 'CET');
    expect(berlin.flags).toBe(EPHEMERAL);
    expect(embedOf(berlin).description).toContain('Next post: Fri 27 Mar, 08:00 CET (Fri 27 Mar, 07:00 UTC)');
    const newYork = await setDigest(fake, channel.newYork, '7:30', 'America/New_York');
    expect(embedOf(newYork).description).toContain('Next post: Fri 27 Mar, 07:30 EDT (Fri 27 Mar, 11:30 UTC)');
    const status = await digest(fake, 'status');
    expect(embedOf(status).fields!.map((f) => f.value.split('\n')[0])).toEqual([
      `<#${channel.berlin}> · every day at 08:00 Europe/Berlin`,
      `<#${channel.newYork}> · every day at 07:30 America/New_York`,
    ]);
  });

  it('posts each channel\'s digest at its UTC instant, before and after Berlin\'s clocks go forward', async () => {
    clock.set('2026-03-27T05:00:00Z');
    await ingestDocuments(fixtureItems().map((item, i) => ({ origin: `wire#${i}`, fallbackTime: clock.now(), ...item, date: '2026-03-27' })), 'feed', bot.app.ingestion);
    await tickAt(bot, clock, '2026-03-27T06:59:59Z');
    expect(posts(fake, channel.berlin)).toHaveLength(0);
    await tickAt(bot, clock, '2026-03-27T07:00:00Z');
    expect(posts(fake, channel.berlin)).toHaveLength(1);
    const first = posts(fake, channel.berlin)[0]!.body as ApiMessageBody & { nonce?: string; enforce_nonce?: boolean };
    expect(embedOf(first).title).toBe('News digest · Friday 27 March 2026');
    expect(embedOf(first).fields!.length).toBeGreaterThanOrEqual(4);
    expect(footerOf(first)).toMatch(/^Digest for 2026-03-27 · schedule \d+$/);
    expect(first.enforce_nonce).toBe(true);
    expect(first.nonce).toMatch(/^dg[0-9a-f]{23}$/);
    await tickAt(bot, clock, '2026-03-27T11:29:59Z');
    expect(posts(fake, channel.newYork)).toHaveLength(0);
    await tickAt(bot, clock, '2026-03-27T11:30:00Z');
    expect(posts(fake, channel.newYork)).toHaveLength(1);
    await tickAt(bot, clock, '2026-03-28T07:00:00Z');
    await tickAt(bot, clock, '2026-03-29T05:59:59Z');
    expect(posts(fake, channel.berlin)).toHaveLength(2);
    await tickAt(bot, clock, '2026-03-29T06:00:00Z'); // 08:00 CEST
    expect(digestDates(fake, channel.berlin)).toEqual(['Digest for 2026-03-27', 'Digest for 2026-03-28', 'Digest for 2026-03-29']);
    expect(embedOf(posts(fake, channel.berlin)[2]!.body as ApiMessageBody).description).toBe('Nothing new since the last digest (Sat 28 Mar, 08:00 CET).');
  });

  it('shows a preview only to the member who asked, and posts nothing', async () => {
    const before = fake.find('POST', /^\/channels\/\d+\/messages$/).length;
    const preview = await digest(fake, 'preview', [opt.channel('channel', channel.berlin)]);
    expect(preview.flags).toBe(EPHEMERAL);
    expect(embedOf(preview).title).toMatch(/^News digest · /);
    expect(footerOf(preview)).toMatch(/^Preview: not posted · schedule \d+$/);
    expect(fake.find('POST', /^\/channels\/\d+\/messages$/)).toHaveLength(before);
  });

  it('posts a 02:30 digest at 03:00 on the spring-forward night and once on the fall-back night', async () => {
    clock.set('2026-03-29T00:00:00Z');
    await setDigest(fake, channel.night, '02:30', 'Europe/Berlin');
    await tickAt(bot, clock, '2026-03-29T00:59:59Z');
    expect(posts(fake, channel.night)).toHaveLength(0);
    await tickAt(bot, clock, '2026-03-29T01:00:00Z');
    expect(posts(fake, channel.night)).toHaveLength(1);
    clock.set('2026-10-24T12:00:00Z');
    await setDigest(fake, channel.night, '02:30', 'Europe/Berlin');
    await tickAt(bot, clock, '2026-10-25T00:29:59Z');
    expect(posts(fake, channel.night)).toHaveLength(1);
    await tickAt(bot, clock, '2026-10-25T00:30:00Z'); // 02:30 CEST
    await tickAt(bot, clock, '2026-10-25T01:30:00Z'); // 02:30 CET, again
    expect(digestDates(fake, channel.night)).toEqual(['Digest for 2026-03-29', 'Digest for 2026-10-25']);
  });

  it('turns off the digest of a deleted channel after three tries, tells the admin by DM, and keeps the others', async () => {
    clock.set('2026-10-26T00:00:00Z');
    await setDigest(fake, channel.doomed, '09:00', 'Europe/Berlin'); // an announcement channel; 08:00 UTC in winter time
    fake.deleteChannel(channel.doomed);
    const berlinBefore = posts(fake, channel.berlin).length;
    for (const at of ['2026-10-26T08:00:00Z', '2026-10-26T08:01:00Z', '2026-10-26T08:06:00Z', '2026-10-26T09:00:00Z']) await tickAt(bot, clock, at);
    const tries = fake.requests.filter((r) => r.path.startsWith(`/channels/${channel.doomed}`) && r.status === 404);
    expect(tries).toHaveLength(3);
    const status = bot.app.digests.status(ids.guild).find((s) => s.schedule.channelId === channel.doomed)!;
    expect(status.schedule.state).toBe('disabled');
    const dm = fake.find('POST', '/users/@me/channels').at(-1)!;
    expect(dm.body).toEqual({ recipient_id: users.member.id });
    const notice = fake.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/messages') && footerOf(r.body) === `schedule ${status.schedule.id}`);
    expect(notice).toHaveLength(1);
    expect(embedOf(notice[0]!.body as ApiMessageBody).description).toContain(`The daily digest for <#${channel.doomed}> failed 3 times in a row and has been turned off`);
    await tickAt(bot, clock, '2026-10-27T07:00:00Z');
    expect(posts(fake, channel.berlin).slice(berlinBefore).map((r) => footerOf(r.body).slice(0, 21))).toEqual(['Digest for 2026-10-26', 'Digest for 2026-10-27']);
    const shown = await digest(fake, 'status');
    expect(embedOf(shown).fields!.find((f) => f.value.startsWith(`<#${channel.doomed}>`))!.value).toContain('Turned off: ');
  });

  it('posts a New York night digest once on the fall-back night and at 03:00 EDT on the spring-forward night', async () => {
    clock.set('2026-10-31T12:00:00Z');
    await setDigest(fake, channel.night, '01:30', 'America/New_York');
    await tickAt(bot, clock, '2026-11-01T05:29:59Z');
    const before = posts(fake, channel.night).length;
    await tickAt(bot, clock, '2026-11-01T05:30:00Z'); // 01:30 EDT
    await tickAt(bot, clock, '2026-11-01T06:30:00Z'); // 01:30 EST, again
    expect(posts(fake, channel.night).slice(before).map((r) => footerOf(r.body).slice(0, 21))).toEqual(['Digest for 2026-11-01']);
    clock.set('2027-03-13T12:00:00Z');
    await setDigest(fake, channel.night, '02:30', 'EST');
    await tickAt(bot, clock, '2027-03-14T06:59:59Z');
    expect(posts(fake, channel.night)).toHaveLength(before + 1);
    await tickAt(bot, clock, '2027-03-14T07:00:00Z'); // 02:00 EST became 03:00 EDT
    expect(posts(fake, channel.night).slice(before).map((r) => footerOf(r.body).slice(0, 21))).toEqual(['Digest for 2026-11-01', 'Digest for 2027-03-14']);
  });
});
