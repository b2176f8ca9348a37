import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeliveryError } from '../src/delivery/messenger.js';
import type { Reply } from '../src/replies/reply.js';
import { sentMessage } from './fake-discord/answers.js';
import { startBot, type BotUnderTest } from './fake-discord/bot-harness.js';
import { startFakeDiscord, type FakeDiscord } from './fake-discord/fake-discord.js';
import { apiChannel, ids, Perm, users } from './fake-discord/world.js';

/** The ChannelMessenger the digest and feed work will post with, against the fake Discord. */
const digest: Reply = {
  title: 'Morning digest: ferries',
  text: 'Crossings to the western isles resume after two days of cancellations. @everyone should check the timetable.',
  fields: [{ name: 'Fares', value: 'Island ferry fares rise 6 percent from April.' }],
  footer: '2 stories',
};

const noThreadsChannel = '440000000000000010';
const threadId = '440000000000000011';
const extraChannels = [
  apiChannel(noThreadsChannel, 'talk', [{ id: ids.guild, type: 0, allow: '0', deny: String(Perm.SendMessagesInThreads) }]),
  {
    ...apiChannel(threadId, 'ferry strike', [], 11),
    parent_id: noThreadsChannel,
    owner_id: users.member.id,
    thread_metadata: { archived: false, auto_archive_duration: 1440, archive_timestamp: '2024-03-21T08:00:00.000Z', locked: false },
  },
];

const messagesPath = (channel: string) => `/channels/${channel}/messages`;

async function failure(promise: Promise<unknown>): Promise<DeliveryError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DeliveryError);
  return error as DeliveryError;
}

describe('the Discord messenger', () => {
  let fake: FakeDiscord;
  let bot: BotUnderTest;

  beforeAll(async () => {
    fake = await startFakeDiscord({ channels: extraChannels });
    bot = await startBot(fake, { seedsDir: 'seeds', commands: [] });
  });

  afterAll(async () => {
    await bot?.dispose();
    await fake?.close();
  });

  it('posts a reply to a channel as one embed that pings no one', async () => {
    const posted = await bot.transport.messenger.post(ids.textChannel, digest);
    const [request] = fake.find('POST', messagesPath(ids.textChannel));
    expect(posted).toEqual({ id: expect.stringMatching(/^\d+$/), channelId: ids.textChannel });
    const body = sentMessage(request!);
    expect(body.embeds![0]!.title).toBe('Morning digest: ferries');
    expect(body.allowed_mentions).toEqual({ parse: [] });
  });

  it('uploads a picture with the post', async () => {
    await bot.transport.messenger.post(ids.textChannel, { ...digest, image: { name: 'mentions.png', data: new Uint8Array([137, 80, 78, 71]), description: 'chart' } });
    const request = fake.find('POST', messagesPath(ids.textChannel)).at(-1)!;
    expect(request.files).toEqual([expect.objectContaining({ name: 'mentions.png', size: 4 })]);
    expect(sentMessage(request).embeds![0]!.image).toEqual({ url: 'attachment://mentions.png' });
  });

  it('reports a channel that no longer exists as channel-gone', async () => {
    const error = await failure(bot.transport.messenger.post('440000000000000999', digest));
    expect(error.failure).toBe('channel-gone');
  });

  it('reports a deleted channel, still in the cache, as channel-gone', async () => {
    fake.failNext('POST', messagesPath(ids.textChannel), 404, { code: 10003, message: 'Unknown Channel' });
    expect((await failure(bot.transport.messenger.post(ids.textChannel, digest))).failure).toBe('channel-gone');
  });

  it('reports missing permissions and missing access as forbidden', async () => {
    fake.failNext('POST', messagesPath(ids.textChannel), 403, { code: 50013, message: 'Missing Permissions' });
    expect((await failure(bot.transport.messenger.post(ids.textChannel, digest))).failure).toBe('forbidden');
    fake.failNext('POST', messagesPath(ids.textChannel), 403, { code: 50001, message: 'Missing Access' });
    expect((await failure(bot.transport.messenger.post(ids.textChannel, digest))).failure).toBe('forbidden');
  });

  it('waits out a short rate limit and posts', async () => {
    const before = fake.find('POST', messagesPath(ids.textChannel)).length;
    fake.failNext('POST', messagesPath(ids.textChannel), 429, { message: 'You are being rate limited.', retry_after: 0.05, global: false });
    await bot.transport.messenger.post(ids.textChannel, digest);
    expect(fake.find('POST', messagesPath(ids.textChannel)).map((r) => r.status).slice(before)).toEqual([429, 200]);
  });

  it('reports a long rate limit as rate-limited instead of waiting it out', async () => {
    fake.failNext('POST', messagesPath(ids.textChannel), 429, { message: 'You are being rate limited.', retry_after: 60, global: false });
    expect((await failure(bot.transport.messenger.post(ids.textChannel, digest))).failure).toBe('rate-limited');
  });

  it('retries a server error and reports server-error when it persists', async () => {
    const before = fake.find('POST', messagesPath(ids.textChannel)).length;
    fake.failNext('POST', messagesPath(ids.textChannel), 500, { message: 'Internal Server Error', code: 0 }, { times: 4 });
    expect((await failure(bot.transport.messenger.post(ids.textChannel, digest))).failure).toBe('server-error');
    expect(fake.find('POST', messagesPath(ids.textChannel)).length - before).toBe(4);
  });

  it('sends a direct message through a DM channel', async () => {
    await bot.transport.messenger.directMessage(users.member.id, digest);
    const opened = fake.find('POST', '/users/@me/channels');
    expect(opened.at(-1)!.body).toEqual({ recipient_id: users.member.id });
    const dm = [...fake.state.channels.values()].find((c) => c.type === 1)!;
    expect(sentMessage(fake.find('POST', messagesPath(String(dm.id))).at(-1)!).allowed_mentions).toEqual({ parse: [] });
  });

  it('reports a member who does not accept direct messages as forbidden', async () => {
    fake.failNext('POST', /^\/channels\/\d+\/messages$/, 403, { code: 50007, message: 'Cannot send messages to this user' });
    expect((await failure(bot.transport.messenger.directMessage(users.otherMember.id, digest))).failure).toBe('forbidden');
  });

  it('names the permissions the bot lacks in a channel, and none where it has them', async () => {
    expect(await bot.transport.messenger.missingPermissions(ids.textChannel)).toEqual([]);
    expect(await bot.transport.messenger.missingPermissions(ids.restrictedChannel)).toEqual(['Embed Links', 'Attach Files']);
  });

  it('asks for Send Messages in Threads, not Send Messages, in a thread', async () => {
    expect(await bot.transport.messenger.missingPermissions(noThreadsChannel)).toEqual([]);
    expect(await bot.transport.messenger.missingPermissions(threadId)).toEqual(['Send Messages in Threads']);
  });

  it('reports the permissions of a channel that is gone as channel-gone', async () => {
    expect((await failure(bot.transport.messenger.missingPermissions('440000000000000999'))).failure).toBe('channel-gone');
  });
});
