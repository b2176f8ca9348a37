import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../commands/index.js';
import { answerOf, buttonsOf, EPHEMERAL, messageSends, sentMessage } from './fake-discord/answers.js';
import { startBot, type BotUnderTest } from './fake-discord/bot-harness.js';
import { startFakeDiscord, type FakeDiscord } from './fake-discord/fake-discord.js';
import { opt } from './fake-discord/interactions.js';
import { ids, users } from './fake-discord/world.js';

/**
 * The real bot (createApp + startDiscordTransport, discord.js 14 over HTTP and a websocket) against the
 * fake Discord on 127.0.0.1. Every request the bot makes is recorded and checked against Discord's limits
 * by the fake, which refuses what Discord would refuse.
 */
const SEED_TITLE = 'Putin, Kim Jong Un meet at space launch facility in Russia: Tass';
const guildCommandsPath = `/applications/${ids.application}/guilds/${ids.guild}/commands`;

function expectNothingRefused(fake: FakeDiscord): void {
  const refused = fake.requests.filter((r) => r.status >= 400 && r.status !== 429);
  expect(refused.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([]);
}

describe('the bot on a fake Discord, with the project seeds', () => {
  let fake: FakeDiscord;
  let bot: BotUnderTest;
  let seedId: string;

  beforeAll(async () => {
    fake = await startFakeDiscord();
    bot = await startBot(fake, { seedsDir: 'seeds' });
    seedId = bot.app.services.archive.all().find((a) => a.title === SEED_TITLE)!.id;
  });

  afterAll(async () => {
    await bot?.dispose();
    await fake?.close();
  });

  it('identifies with the Guilds intent only and registers brief, search and article to the guild', async () => {
    expect(fake.gateway.identifies).toEqual([{ intents: 1, tokenAccepted: true, shard: [0, 1] }]);
    const puts = fake.find('PUT', guildCommandsPath);
    expect(puts).toHaveLength(1);
    const names = (puts[0]!.body as { name: string }[]).map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['article', 'brief', 'search']));
    expect(names).toEqual(commands.map((c) => c.definition.name));
  });

  it('sends nothing to register on a restart when the commands have not changed', async () => {
    const getsBefore = fake.find('GET', guildCommandsPath).length;
    await bot.restart();
    expect(fake.gateway.identifies).toHaveLength(2);
    expect(fake.find('GET', guildCommandsPath).length).toBe(getsBefore + 1);
    expect(fake.find('PUT', guildCommandsPath)).toHaveLength(1);
    expect(bot.logger.lines.some((l) => l.message === 'slash commands unchanged; nothing sent')).toBe(true);
  });

  it('answers /search kim jong un with the seed article first, its matched words in bold, and paging buttons', async () => {
    const answer = await answerOf(fake, fake.slashCommand('search', [opt.string('query', 'kim jong un')]));
    expect([4, 5]).toContain(answer.callbackType);
    const embed = answer.message.embeds![0]!;
    expect(embed.title).toBe('Search: kim jong un');
    expect(embed.fields![0]!.name).toBe(`1. ${SEED_TITLE}`);
    expect(embed.fields![0]!.value).toContain('**Kim** **Jong** **Un**');
    expect(buttonsOf(answer.message).map((b) => [b.label, b.disabled === true])).toEqual([
      ['Previous', true],
      ['Next', true],
    ]);
    expect(answer.message.flags ?? 0).toBe(0);
  });

  it('suggests article ids while /article is typed (autocomplete, callback type 8)', async () => {
    const answer = await answerOf(fake, fake.autocomplete('article', [opt.string('id', 'putin', true)]));
    expect(answer.callbackType).toBe(8);
    expect(answer.message.choices!.map((c) => c.value)).toContain(seedId);
    for (const choice of answer.message.choices!) expect(choice.name.length).toBeLessThanOrEqual(100);
  });

  it('shows /article for the seed with its title, inferred date, place, source and agency', async () => {
    const answer = await answerOf(fake, fake.slashCommand('article', [opt.string('id', seedId)]));
    const embed = answer.message.embeds![0]!;
    expect(embed.title).toBe(SEED_TITLE);
    const fields = Object.fromEntries(embed.fields!.map((f) => [f.name, f.value]));
    expect(fields).toMatchObject({ Date: '2023-09-13 (inferred)', Place: 'Tokyo', Source: 'AJMEDIA', Via: 'Tass' });
    expect(embed.description).toMatch(/^Russian President Vladimir Putin and North Korean leader Kim Jong Un met/);
    expect(buttonsOf(answer.message).map((b) => b.label)).toEqual(['Read full text']);
  });

  it('turns the /article card into the full text in place when "Read full text" is pressed (update, type 7)', async () => {
    const asked = fake.slashCommand('article', [opt.string('id', seedId)]);
    const card = await answerOf(fake, asked);
    const read = buttonsOf(card.message).find((b) => b.label === 'Read full text')!;
    const answer = await answerOf(fake, fake.pressButton(read.custom_id!, { answerOf: asked.id }));
    expect(answer.callbackType).toBe(7);
    const embed = answer.message.embeds![0]!;
    expect(embed.title).toBe(SEED_TITLE);
    expect(embed.description).toContain('Vostochny Cosmodrome');
    expect(embed.footer!.text).toMatch(/page 1 of 1/);
    expect(buttonsOf(answer.message).map((b) => b.label)).toEqual(['Previous', 'Next', 'Summary']);
  });

  it("refuses, privately, a member who presses another member's search buttons", async () => {
    const asked = fake.slashCommand('search', [opt.string('query', 'kim jong un')]);
    const results = await answerOf(fake, asked);
    const next = buttonsOf(results.message).find((b) => b.label === 'Next')!;
    const answer = await answerOf(fake, fake.pressButton(next.custom_id!, { answerOf: asked.id }, { user: users.otherMember }));
    expect(answer.callbackType).toBe(4);
    expect(answer.message.flags! & EPHEMERAL).toBe(EPHEMERAL);
    expect(answer.message.embeds![0]!.description).toMatch(/Only the member who searched/);
  });

  it('answers an unknown article id with a short private notice', async () => {
    const answer = await answerOf(fake, fake.slashCommand('article', [opt.string('id', 'no-such-article @everyone')]));
    expect(answer.message.flags! & EPHEMERAL).toBe(EPHEMERAL);
    expect(answer.message.embeds![0]!.description!.length).toBeLessThanOrEqual(1000);
    expect(answer.message.embeds![0]!.description).not.toContain('@everyone');
  });

  it('sent every message with allowed_mentions that parse nothing, and Discord refused none of them', () => {
    const sends = messageSends(fake);
    expect(sends.length).toBeGreaterThanOrEqual(6);
    for (const send of sends) expect(sentMessage(send).allowed_mentions, `${send.method} ${send.path}`).toEqual({ parse: [] });
    expectNothingRefused(fake);
  });
});

describe('the bot on a fake Discord, with a folder of ferry stories and global commands', () => {
  let fake: FakeDiscord;
  let bot: BotUnderTest;

  beforeAll(async () => {
    fake = await startFakeDiscord();
    bot = await startBot(fake, { seedsDir: 'tests/fixtures/discord-news', guild: false });
  });

  afterAll(async () => {
    await bot?.dispose();
    await fake?.close();
  });

  it('registers globally when no guild is set', () => {
    expect(fake.find('PUT', `/applications/${ids.application}/commands`)).toHaveLength(1);
    expect(fake.find('PUT', guildCommandsPath)).toHaveLength(0);
  });

  it('pages /search results in place with Next (type 7) for the member who searched', async () => {
    const asked = fake.slashCommand('search', [opt.string('query', 'ferry')]);
    const first = await answerOf(fake, asked);
    expect(first.message.embeds![0]!.fields).toHaveLength(5);
    expect(first.message.embeds![0]!.footer!.text).toMatch(/^Page 1 of 2 · 7 articles/);
    const next = buttonsOf(first.message).find((b) => b.label === 'Next')!;
    expect(next.disabled).toBeFalsy();

    const second = await answerOf(fake, fake.pressButton(next.custom_id!, { answerOf: asked.id }));
    expect(second.callbackType).toBe(7);
    expect(second.message.embeds![0]!.fields).toHaveLength(2);
    expect(second.message.embeds![0]!.fields![0]!.name).toMatch(/^6\. /);
    expect(second.message.embeds![0]!.footer!.text).toMatch(/^Page 2 of 2 · 7 articles/);
    expect(buttonsOf(second.message).map((b) => [b.label, b.disabled === true])).toEqual([
      ['Previous', false],
      ['Next', true],
    ]);
    expect(second.message.allowed_mentions).toEqual({ parse: [] });
  });

  it('answers another member pressing Next with a private refusal and leaves the results as they were', async () => {
    const asked = fake.slashCommand('search', [opt.string('query', 'ferry')]);
    const first = await answerOf(fake, asked);
    const next = buttonsOf(first.message).find((b) => b.label === 'Next')!;
    const answer = await answerOf(fake, fake.pressButton(next.custom_id!, { answerOf: asked.id }, { user: users.otherMember }));
    expect(answer.callbackType).toBe(4);
    expect(answer.message.flags! & EPHEMERAL).toBe(EPHEMERAL);
    expect(fake.state.interactions.get(asked.id)!.original!.embeds).toEqual(first.message.embeds);
    expectNothingRefused(fake);
  });
});
