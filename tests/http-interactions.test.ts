import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Command } from '../commands/command.js';
import { commands } from '../commands/index.js';
import { answerOf, EPHEMERAL, type ApiMessageBody } from './fake-discord/answers.js';
import { startFakeDiscord, type FakeDiscord } from './fake-discord/fake-discord.js';
import { opt } from './fake-discord/interactions.js';
import { startHttpBot, type HttpBot } from './http-interactions-harness.js';

/** A /brief that takes a while, as a large archive might: long enough to need a deferral. */
const slowCommands: Command[] = commands.map((c) =>
  c.definition.name === 'brief' ? { ...c, execute: async (...args) => (await sleep(400), c.execute(...args)) } : c,
);

describe('slash commands answered over HTTP (signed interactions)', () => {
  let fake: FakeDiscord;
  let bot: HttpBot;
  let slow: HttpBot;

  beforeAll(async () => {
    fake = await startFakeDiscord();
    bot = await startHttpBot(fake);
    slow = await startHttpBot(fake, { commands: slowCommands, deferAfterMs: 100 });
  });
  afterAll(async () => {
    await bot?.dispose();
    await slow?.dispose();
    await fake?.close();
  });

  it('answers a signed PING with PONG', async () => {
    const res = await bot.post(JSON.stringify({ id: '1', application_id: '2', type: 1, token: 't', version: 1 }));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ type: 1 });
  });

  it('answers a signed /search kim jong un in the HTTP response with the seed article, never pinging', async () => {
    const { identity, payload } = fake.httpSlashCommand('search', [opt.string('query', 'kim jong un')]);
    const res = await bot.post(JSON.stringify(payload));
    expect(res.status).toBe(200);
    const answer = (await res.json()) as { type: number; data: ApiMessageBody };
    expect(answer.type).toBe(4);
    expect(JSON.stringify(answer.data.embeds![0])).toContain('2023-09-13-putin-kim-jong-un-meet');
    expect(answer.data.allowed_mentions).toEqual({ parse: [] });
    expect(await fake.relayHttpAnswer(identity, answer)).toBe(204);
  });

  it('refuses a bad signature, missing headers and a replayed old timestamp with 401', async () => {
    const body = JSON.stringify({ id: '1', application_id: '2', type: 1, token: 't', version: 1 });
    const good = bot.signedHeaders(body);
    const flipped = good['x-signature-ed25519']!.replace(/^./, (c) => (c === '0' ? '1' : '0'));
    expect((await bot.post(body, { ...good, 'x-signature-ed25519': flipped })).status).toBe(401);
    expect((await bot.post(body, { 'content-type': 'application/json' })).status).toBe(401);
    expect((await bot.post(body.replace('"t"', '"u"'), good)).status).toBe(401);
    const tenMinutesAgo = Math.floor(bot.clock.now().getTime() / 1000) - 600;
    expect((await bot.post(body, bot.signedHeaders(body, tenMinutesAgo))).status).toBe(401);
    expect(bot.logger.lines.filter((l) => l.message === 'interaction refused').map((l) => l.fields.reason)).toEqual(
      expect.arrayContaining(['bad signature', 'missing signature headers', 'timestamp too far from now']),
    );
  });

  it('defers a slow /brief and completes it through the interaction webhook, chart attached', async () => {
    const { identity, payload } = fake.httpSlashCommand('brief', [opt.string('about', 'Kim Jong Un')]);
    const res = await slow.post(JSON.stringify(payload));
    const deferral = (await res.json()) as { type: number };
    expect(deferral).toEqual({ type: 5 });
    expect(await fake.relayHttpAnswer(identity, deferral)).toBe(204);
    const answer = await answerOf(fake, identity);
    expect(answer.via).toBe('edit');
    expect(answer.message.embeds![0]!.title).toBe('Briefing: Kim Jong Un');
    expect(answer.requests.at(-1)!.files.map((f) => [f.name, f.contentType])).toEqual([['person-kim-jong-un-mentions.png', 'image/png']]);
  });

  it('sends a finished answer with a picture as a deferral and an edit with the file, keeping a private answer private', async () => {
    const { identity, payload } = fake.httpSlashCommand('brief', [opt.string('about', 'Vladimir Putin')]);
    const answer = (await (await bot.post(JSON.stringify(payload))).json()) as { type: number };
    expect(answer.type).toBe(5);
    await fake.relayHttpAnswer(identity, answer);
    const done = await answerOf(fake, identity);
    expect(done.requests.at(-1)!.files).toHaveLength(1);

    const unknown = fake.httpSlashCommand('article', [opt.string('id', 'no-such-article')]);
    const notice = (await (await bot.post(JSON.stringify(unknown.payload))).json()) as { type: number; data: ApiMessageBody };
    expect(notice.type).toBe(4);
    expect(notice.data.flags).toBe(EPHEMERAL);
  });

  it('answers autocomplete with at most 25 choices', async () => {
    const { payload } = fake.httpAutocomplete('brief', [opt.string('about', 'kim', true)]);
    const answer = (await (await bot.post(JSON.stringify(payload))).json()) as { type: number; data: { choices: { name: string }[] } };
    expect(answer.type).toBe(8);
    expect(answer.data.choices.length).toBeGreaterThan(0);
    expect(answer.data.choices.length).toBeLessThanOrEqual(25);
    expect(answer.data.choices.map((c) => c.name).join(' ')).toMatch(/Kim Jong Un/);
  });

  it('serves /healthz and a Prometheus /metrics that counts the interactions by command and outcome', async () => {
    const health = await fetch(`${bot.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ready', store: 'ok', articles: 1 });
    const metrics = await fetch(`${bot.url}/metrics`);
    expect(metrics.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await metrics.text();
    expect(text).toMatch(/newsdesk_interactions_total\{kind="command",command="search",outcome="ok"\} 1/);
    expect(text).toMatch(/newsdesk_interactions_total\{kind="command",command="article",outcome="notice"\} 1/);
    expect(text).toMatch(/newsdesk_interaction_seconds_bucket\{le="\+Inf",kind="command",command="brief"\} 1/);
    expect(text).toMatch(/newsdesk_articles 1/);
    expect(text).toMatch(/newsdesk_nodejs_eventloop_lag_p99_seconds \d/);
  });
});
