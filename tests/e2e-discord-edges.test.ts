import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { OptionType, type Command } from '../commands/command.js';
import { commands } from '../commands/index.js';
import { createApp } from '../src/app.js';
import { ManualClock } from '../src/clock.js';
import { loadConfig } from '../src/config.js';
import { createCapturingLogger } from '../src/logger.js';
import { startDiscordTransport } from '../src/transports/discord/gateway.js';
import { notice, type Reply } from '../src/replies/reply.js';
import { answerOf, buttonsOf, EPHEMERAL, messageSends, sentMessage } from './fake-discord/answers.js';
import { startBot, type BotUnderTest } from './fake-discord/bot-harness.js';
import { startFakeDiscord, type FakeDiscord } from './fake-discord/fake-discord.js';
import { opt } from './fake-discord/interactions.js';
import { ids, Perm, users } from './fake-discord/world.js';

/**
 * The transport's own behaviour, with a small command list of our own: slow work is deferred, oversized
 * replies are cut to fit, handler bugs and unknown commands get a private answer, and an interaction
 * that expired is logged without stopping the bot.
 */
const PNG_1X1 = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

/** Holds a handler until the test lets it go, so "slower than the defer threshold" needs no clock. */
class Gate {
  private release: (() => void) | undefined;
  wait(): Promise<void> {
    return new Promise((resolve) => (this.release = resolve));
  }
  open(): void {
    this.release?.();
  }
}

const gate = new Gate();

const slowCommand: Command = {
  definition: { name: 'slow', description: 'Takes its time', options: [{ type: OptionType.String, name: 'mode', description: 'public or private' }] },
  async execute(invocation) {
    await gate.wait();
    if (invocation.options.mode === 'private') return notice('Nothing matched, after a long look.');
    return { title: 'Slow answer', text: 'Worth the wait.', buttons: [{ id: 'slow:again', label: 'Again' }] };
  },
  async press() {
    await gate.wait();
    return { title: 'Slow answer, page two', text: 'Still worth it.' };
  },
};

const sentence = 'The harbour board met on Tuesday and agreed, after a long debate about **ferry timetables**, to publish its accounts. ';

const longCommand: Command = {
  definition: { name: 'long', description: 'Far more than an embed holds' },
  async execute(): Promise<Reply> {
    return {
      title: 'A headline that goes on '.repeat(20),
      url: 'https://example.org/story',
      text: sentence.repeat(80),
      fields: Array.from({ length: 30 }, (_, i) => ({ name: `Section ${i + 1} `.repeat(30), value: sentence.repeat(12) })),
      footer: 'Compiled from wire reports. '.repeat(100),
      buttons: [
        ...Array.from({ length: 28 }, (_, i) => ({ id: `long:${i}`, label: `Option number ${i} `.repeat(8) })),
        { id: 'long:0', label: 'Same id twice' },
        { id: `long:${'x'.repeat(120)}`, label: 'Id too long to route' },
      ],
      links: [{ label: 'Source', url: 'https://example.org/a' }, { label: 'Not a web link', url: 'javascript:alert(1)' }],
      image: { name: 'mentions chart.png', data: PNG_1X1, description: 'Who was mentioned, by day' },
    };
  },
};

const boomCommand: Command = {
  definition: { name: 'boom', description: 'A handler with a bug' },
  async execute() {
    throw new Error('kaboom: index out of range');
  },
};

const echoCommand: Command = {
  definition: {
    name: 'echo',
    description: 'Says back what it was given',
    options: [
      {
        type: OptionType.Subcommand,
        name: 'set',
        description: 'Set something',
        options: [
          { type: OptionType.Channel, name: 'channel', description: 'Where', required: true },
          { type: OptionType.Integer, name: 'hour', description: 'When' },
        ],
      },
    ],
  },
  async execute(invocation, context) {
    return { text: JSON.stringify({ invocation, context }) };
  },
};

const echoed = async (fake: FakeDiscord, asker: Parameters<FakeDiscord['slashCommand']>[2] = {}) => {
  const answer = await answerOf(fake, fake.slashCommand('echo', [opt.subcommand('set', [opt.channel('channel', ids.textChannel), opt.integer('hour', 8)])], asker));
  return JSON.parse(answer.message.embeds![0]!.description!) as { invocation: unknown; context: Record<string, unknown> };
};

describe('the Discord transport at its edges', () => {
  let fake: FakeDiscord;
  let bot: BotUnderTest;

  beforeAll(async () => {
    fake = await startFakeDiscord();
    bot = await startBot(fake, { seedsDir: 'seeds', commands: [slowCommand, longCommand, boomCommand, echoCommand], deferAfterMs: 400 });
  });

  afterAll(async () => {
    await bot?.dispose();
    await fake?.close();
  });

  it('defers a slow command (type 5) and completes it with an edit of the original', async () => {
    const asked = fake.slashCommand('slow');
    await fake.waitFor((r) => r.path === `/interactions/${asked.id}/${asked.token}/callback` && (r.body as { type: number }).type === 5);
    gate.open();
    const answer = await answerOf(fake, asked);
    expect(answer.callbackType).toBe(5);
    expect(answer.via).toBe('edit');
    expect(answer.requests[1]!.method).toBe('PATCH');
    expect(answer.message.embeds![0]!.title).toBe('Slow answer');
    expect(answer.message.allowed_mentions).toEqual({ parse: [] });
  });

  it('defers a slow button press (type 6) and edits the message the button sits on', async () => {
    const asked = fake.slashCommand('slow');
    await fake.waitFor((r) => r.path.startsWith(`/interactions/${asked.id}/`));
    gate.open();
    await answerOf(fake, asked);
    const pressed = fake.pressButton('slow:again', { answerOf: asked.id });
    await fake.waitFor((r) => r.path.startsWith(`/interactions/${pressed.id}/`));
    gate.open();
    const answer = await answerOf(fake, pressed);
    expect(answer.callbackType).toBe(6);
    expect(answer.via).toBe('edit');
    expect(answer.message.embeds![0]!.title).toBe('Slow answer, page two');
  });

  it('replaces a public defer by a private follow-up when the slow answer is a notice', async () => {
    const asked = fake.slashCommand('slow', [opt.string('mode', 'private')]);
    await fake.waitFor((r) => r.path.startsWith(`/interactions/${asked.id}/`));
    gate.open();
    const answer = await answerOf(fake, asked);
    expect(answer.via).toBe('follow-up');
    expect(answer.message.flags! & EPHEMERAL).toBe(EPHEMERAL);
    expect(fake.find('DELETE', `/webhooks/${ids.application}/${asked.token}/messages/@original`)).toHaveLength(1);
  });

  it('cuts an oversized reply to one embed within every Discord limit, and keeps its picture', async () => {
    const asked = fake.slashCommand('long');
    const answer = await answerOf(fake, asked);
    expect(answer.requests.every((r) => r.status < 400)).toBe(true);
    const embed = answer.message.embeds![0]!;
    const fields = embed.fields ?? [];
    const total = embed.title!.length + (embed.description ?? '').length + embed.footer!.text.length + fields.reduce((n, f) => n + f.name.length + f.value.length, 0);
    expect(total).toBeLessThanOrEqual(6000);
    expect(embed.title!.length).toBeLessThanOrEqual(256);
    expect(embed.description!.endsWith('…')).toBe(true);
    expect(fields.length).toBeGreaterThan(0);
    expect(embed.footer!.text).toMatch(/\d+ more not shown$/);
    const buttons = buttonsOf(answer.message);
    expect(answer.message.components!.length).toBeLessThanOrEqual(5);
    expect(new Set(buttons.map((b) => b.custom_id ?? b.url)).size).toBe(buttons.length);
    expect(buttons.every((b) => (b.label ?? '').length <= 80 && (b.custom_id ?? '').length <= 100)).toBe(true);
    expect(buttons.some((b) => b.url?.startsWith('javascript:'))).toBe(false);
    const files = answer.requests.flatMap((r) => r.files);
    expect(files.map((f) => f.name)).toEqual(['mentions_chart.png']);
    expect(embed.image).toEqual({ url: 'attachment://mentions_chart.png' });
  });

  it('answers a handler that throws with a short private apology and logs the cause', async () => {
    const answer = await answerOf(fake, fake.slashCommand('boom'));
    expect(answer.message.flags! & EPHEMERAL).toBe(EPHEMERAL);
    expect(answer.message.embeds![0]!.description).toMatch(/^Sorry, something went wrong/);
    const logged = bot.logger.lines.find((l) => l.message === 'command failed');
    expect(String((logged?.fields.error as Error).message)).toContain('kaboom');
  });

  it('passes the subcommand, a channel option as its id and an integer to the handler, with who asked', async () => {
    const { invocation, context } = await echoed(fake);
    expect(invocation).toEqual({ subcommand: 'set', options: { channel: ids.textChannel, hour: 8 } });
    expect(context).toEqual({ userId: users.member.id, userName: 'Avid Reader', guildId: ids.guild, channelId: ids.textChannel, canManageGuild: false });
  });

  it('counts Manage Server, held directly or through Administrator', async () => {
    expect((await echoed(fake, { permissions: Perm.ManageGuild })).context.canManageGuild).toBe(true);
    expect((await echoed(fake, { permissions: Perm.Administrator, user: users.otherMember })).context).toMatchObject({ canManageGuild: true, userName: 'lurker' });
  });

  it('answers an unknown command and an unknown button privately, and logs both', async () => {
    const command = await answerOf(fake, fake.slashCommand('vanished'));
    expect(command.message.flags! & EPHEMERAL).toBe(EPHEMERAL);
    const long = fake.slashCommand('long');
    await answerOf(fake, long);
    const button = await answerOf(fake, fake.pressButton('nothing:here', { answerOf: long.id }));
    expect(button.callbackType).toBe(4);
    expect(button.message.flags! & EPHEMERAL).toBe(EPHEMERAL);
    expect(bot.logger.lines.filter((l) => l.level === 'warn').map((l) => l.message)).toEqual(
      expect.arrayContaining(['slash command not known to this bot; was it removed without re-registering?', 'button belongs to no command']),
    );
  });

  it('offers no suggestions, without failing, for an option that has no autocomplete', async () => {
    const answer = await answerOf(fake, fake.autocomplete('echo', [opt.subcommand('set', [opt.string('channel', 'ne', true)])]));
    expect(answer.callbackType).toBe(8);
    expect(answer.message.choices).toEqual([]);
  });

  it('logs an interaction that expired before it was answered (10062) and goes on answering', async () => {
    fake.failNext('POST', /^\/interactions\/\d+\/[^/]+\/callback$/, 404, { code: 10062, message: 'Unknown interaction' });
    fake.slashCommand('echo', [opt.subcommand('set', [opt.channel('channel', ids.textChannel)])]);
    await vi.waitFor(() => expect(bot.logger.lines.some((l) => l.message === 'interaction expired or was already answered' && l.fields.code === 10062)).toBe(true));
    expect((await echoed(fake)).invocation).toMatchObject({ subcommand: 'set' });
  });

  it('sent every message with allowed_mentions that parse nothing', () => {
    const sends = messageSends(fake);
    expect(sends.length).toBeGreaterThanOrEqual(10);
    for (const send of sends) expect(sentMessage(send).allowed_mentions, `${send.method} ${send.path}`).toEqual({ parse: [] });
  });
});

describe('the Discord transport starting up', () => {
  let fake: FakeDiscord;

  beforeAll(async () => {
    fake = await startFakeDiscord();
  });

  afterAll(async () => {
    await fake?.close();
  });

  it('fails to start, without leaving a connection open, when the token is wrong', async () => {
    const logger = createCapturingLogger();
    const config = loadConfig({ DISCORD_TOKEN: 'a-wrong-token-of-enough-length', DISCORD_API_URL: fake.apiUrl, SEEDS_DIR: 'seeds' });
    const app = await createApp({ config, logger, clock: new ManualClock('2024-04-02T09:00:00Z'), inMemory: true });
    try {
      await expect(startDiscordTransport({ app, commands, token: 'a-wrong-token-of-enough-length' })).rejects.toThrow();
      expect(fake.find('GET', '/gateway/bot').map((r) => r.status)).toEqual([401]);
      expect(fake.gateway.readySessions).toBe(0);
    } finally {
      await app.close();
    }
  });

  it('starts and logs the likely cause when Discord refuses the command registration', async () => {
    fake.failNext('PUT', `/applications/${ids.application}/guilds/${ids.guild}/commands`, 403, { code: 50001, message: 'Missing Access' });
    const bot = await startBot(fake, { seedsDir: 'seeds' });
    try {
      const logged = bot.logger.lines.find((l) => l.level === 'error' && /applications\.commands scope/.test(l.message));
      expect(logged).toBeDefined();
      const answer = await answerOf(fake, fake.slashCommand('brief'));
      expect(answer.message.embeds).toHaveLength(1);
    } finally {
      await bot.dispose();
    }
  });
});
