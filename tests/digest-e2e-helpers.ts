import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ManualClock } from '../src/clock.js';
import { answerOf, type ApiEmbed, type ApiMessageBody } from './fake-discord/answers.js';
import type { BotUnderTest } from './fake-discord/bot-harness.js';
import type { FakeDiscord } from './fake-discord/fake-discord.js';
import { opt, type ApiOption, type Asker } from './fake-discord/interactions.js';
import { apiChannel, EVERYONE_PERMISSIONS, ids, Perm } from './fake-discord/world.js';

/** Channels, an admin, and small readers shared by the digest's end-to-end tests on the fake Discord. */
export const channel = {
  berlin: '440000000000000201',
  newYork: '440000000000000202',
  night: '440000000000000203',
  /** An announcement channel, deleted during a test. */
  doomed: '440000000000000204',
  /** @everyone (the bot included) may not send messages here. */
  noSend: '440000000000000205',
  crash: '440000000000000206',
} as const;

export const digestChannels = [
  apiChannel(channel.berlin, 'berlin-desk'),
  apiChannel(channel.newYork, 'new-york-desk'),
  apiChannel(channel.night, 'night-desk'),
  apiChannel(channel.doomed, 'doomed', [], 5),
  apiChannel(channel.noSend, 'read-only', [{ id: ids.guild, type: 0, allow: '0', deny: String(Perm.SendMessages) }]),
  apiChannel(channel.crash, 'crash-desk'),
];

/** A member with Manage Server. */
export const admin: Asker = { permissions: EVERYONE_PERMISSIONS | Perm.ManageGuild };

/** A seeds folder with nothing in it: articles come in during the tests, at chosen times. */
export function emptySeedsDir(): string {
  return mkdtempSync(join(tmpdir(), 'newsdesk-digest-seeds-'));
}

/** Messages Discord accepted in a channel. */
export const posts = (fake: FakeDiscord, channelId: string) => fake.find('POST', `/channels/${channelId}/messages`).filter((r) => r.status === 200);
export const footerOf = (body: unknown) => (body as ApiMessageBody).embeds?.[0]?.footer?.text ?? '';
export const embedOf = (message: unknown): ApiEmbed => (message as ApiMessageBody).embeds![0]!;
/** "Digest for 2026-03-27" of each digest posted in a channel. */
export const digestDates = (fake: FakeDiscord, channelId: string) => posts(fake, channelId).map((r) => footerOf(r.body).slice(0, 21));

export async function digest(fake: FakeDiscord, sub: string, options: ApiOption[] = [], asker: Asker = admin): Promise<ApiMessageBody> {
  return (await answerOf(fake, fake.slashCommand('digest', [opt.subcommand(sub, options)], asker))).message;
}

export function setDigest(fake: FakeDiscord, channelId: string, time: string, zone: string): Promise<ApiMessageBody> {
  return digest(fake, 'set', [opt.channel('channel', channelId), opt.string('time', time), opt.string('timezone', zone)]);
}

export async function tickAt(bot: BotUnderTest, clock: ManualClock, iso: string): Promise<void> {
  clock.set(iso);
  await bot.app.digests.tick();
}
