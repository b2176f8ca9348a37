import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../src/clock.js';
import { ingestDocuments } from '../src/ingest/ingestion.js';
import { answerOf } from './fake-discord/answers.js';
import { startBot, type BotUnderTest } from './fake-discord/bot-harness.js';
import { startFakeDiscord, type FakeDiscord } from './fake-discord/fake-discord.js';
import { opt } from './fake-discord/interactions.js';
import { EVERYONE_PERMISSIONS, ids, Perm } from './fake-discord/world.js';
import { fixtureItems } from './digest-harness.js';
import { digestDates, embedOf, posts, tickAt } from './digest-e2e-helpers.js';
import { fileTempFolder } from './temp-folder.js';

/**
 * SHARD_COUNT=auto against a fake Discord that recommends two shards and has two guilds, one on each:
 * two gateway sessions, each answering its own guild, and a digest posted once, not once per shard.
 */
const seedsDir = fileTempFolder('newsdesk-digest-seeds-');

describe('the gateway in two shards', () => {
  let fake: FakeDiscord;
  let bot: BotUnderTest;
  const clock = new ManualClock('2026-05-04T05:00:00Z');
  const secondAdmin = { guildId: ids.secondGuild, channelId: ids.secondGuildChannel, permissions: EVERYONE_PERMISSIONS | Perm.ManageGuild };

  beforeAll(async () => {
    fake = await startFakeDiscord({ secondGuild: true, shards: 2 });
    bot = await startBot(fake, { seedsDir: seedsDir(), clock, guild: false, env: { SHARD_COUNT: 'auto' } });
    await bot.app.digests.start(bot.transport.messenger);
  });
  afterAll(async () => {
    await bot?.dispose();
    await fake?.close();
  });

  it('opens one gateway session per shard, as Discord recommends, each with its own guild', () => {
    expect(fake.gateway.identifies.map((i) => i.shard).sort()).toEqual([[0, 2], [1, 2]]);
    expect(fake.gateway.readySessions).toBe(2);
    expect(bot.transport.client.guilds.cache.map((g) => g.shardId).sort()).toEqual([0, 1]);
  });

  it('answers a command in each guild through that guild\'s shard', async () => {
    const first = await answerOf(fake, fake.slashCommand('search', [opt.string('query', 'anything at all')]));
    const second = await answerOf(fake, fake.slashCommand('search', [opt.string('query', 'anything at all')], { guildId: ids.secondGuild, channelId: ids.secondGuildChannel }));
    expect(first.callbackType).toBe(4);
    expect(second.callbackType).toBe(4);
  });

  it('posts a digest set in the second shard\'s guild once, however many shards tick', async () => {
    const set = await answerOf(fake, fake.slashCommand('digest', [opt.subcommand('set', [opt.channel('channel', ids.secondGuildChannel), opt.string('time', '08:00'), opt.string('timezone', 'UTC')])], secondAdmin));
    expect(embedOf(set.message).description).toContain('Next post');
    await ingestDocuments(fixtureItems().map((item, i) => ({ origin: `wire#${i}`, fallbackTime: clock.now(), ...item, date: '2026-05-04' })), 'feed', bot.app.ingestion);
    await tickAt(bot, clock, '2026-05-04T08:00:30Z');
    await tickAt(bot, clock, '2026-05-04T08:01:00Z');
    await tickAt(bot, clock, '2026-05-04T09:00:00Z');
    expect(posts(fake, ids.secondGuildChannel)).toHaveLength(1);
    expect(digestDates(fake, ids.secondGuildChannel)).toEqual(['Digest for 2026-05-04']);
  });
});
