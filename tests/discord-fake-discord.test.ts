import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { startFakeDiscord, type FakeDiscord } from './fake-discord/fake-discord.js';
import { ids } from './fake-discord/world.js';

/** The fake must refuse what Discord refuses, or the end-to-end tests could not catch a renderer bug. */
describe('the fake Discord', () => {
  let fake: FakeDiscord;
  const call = (method: string, path: string, body?: unknown, auth = true) =>
    fetch(`${fake.apiUrl}/v10${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...(auth ? { authorization: `Bot ${fake.token}` } : {}) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });

  beforeAll(async () => {
    fake = await startFakeDiscord();
  });

  afterAll(async () => {
    await fake?.close();
  });

  it('refuses a message over the embed limits with 400 / 50035, as Discord does', async () => {
    const response = await call('POST', `/channels/${ids.textChannel}/messages`, { embeds: [{ title: 'x'.repeat(257), fields: [{ name: 'Place', value: '' }] }] });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { code: number; errors: { _problems: string[] } };
    expect(body.code).toBe(50035);
    expect(body.errors._problems).toEqual(['embeds[0].title over 256', 'embeds[0].fields[0].value must be 1–1024 characters']);
  });

  it('refuses buttons with the same custom id twice', async () => {
    const button = { type: 2, style: 2, label: 'Next', custom_id: 'search:p:2' };
    const response = await call('POST', `/channels/${ids.textChannel}/messages`, { components: [{ type: 1, components: [button, button] }] });
    expect(response.status).toBe(400);
  });

  it('answers an unknown interaction with 10062 and a second callback with 40060', async () => {
    const unknown = await call('POST', '/interactions/123456789012345678/nope/callback', { type: 4, data: { content: 'hi' } }, false);
    expect(((await unknown.json()) as { code: number }).code).toBe(10062);
    fake.state.interactions.set('123456789012345679', { id: '123456789012345679', token: 'tok', type: 2, channelId: ids.textChannel });
    const first = await call('POST', '/interactions/123456789012345679/tok/callback', { type: 4, data: { content: 'hi' } }, false);
    expect(first.status).toBe(204);
    const second = await call('POST', '/interactions/123456789012345679/tok/callback', { type: 4, data: { content: 'again' } }, false);
    expect(second.status).toBe(400);
    expect(((await second.json()) as { code: number }).code).toBe(40060);
  });

  it('asks for the bot token on bot routes', async () => {
    expect((await call('GET', `/channels/${ids.textChannel}`, undefined, false)).status).toBe(401);
    expect((await call('GET', `/channels/${ids.textChannel}`)).status).toBe(200);
  });

  it('fails the next matching request as told, once', async () => {
    fake.failNext('GET', `/channels/${ids.textChannel}`, 500, { code: 0, message: 'Internal Server Error' });
    expect((await call('GET', `/channels/${ids.textChannel}`)).status).toBe(500);
    expect((await call('GET', `/channels/${ids.textChannel}`)).status).toBe(200);
  });

  it('records every request and lets a test wait for one', async () => {
    const waiting = fake.waitFor((r) => r.method === 'GET' && r.path === `/guilds/${ids.guild}`);
    await call('GET', `/guilds/${ids.guild}`);
    expect((await waiting).status).toBe(200);
  });

  it('holds the next matching request: the message is taken, no answer comes, the one after is answered', async () => {
    fake.holdNext('POST', `/channels/${ids.textChannel}/messages`);
    const held = call('POST', `/channels/${ids.textChannel}/messages`, { content: 'held harbour notice' }).catch(() => 'no answer');
    const seen = await fake.waitFor((r) => r.method === 'POST' && (r.body as { content?: string }).content === 'held harbour notice');
    expect(seen.status).toBe(200);
    const history = (await (await call('GET', `/channels/${ids.textChannel}/messages?limit=5`)).json()) as { content: string }[];
    expect(history.map((m) => m.content)).toContain('held harbour notice');
    expect((await call('POST', `/channels/${ids.textChannel}/messages`, { content: 'answered notice' })).status).toBe(200);
    // The held request is still open: nothing has answered it (it ends when the fake closes).
    expect(await Promise.race([held, Promise.resolve('still waiting')])).toBe('still waiting');
  });

  it('sends an event to one chosen gateway session when told, to every session otherwise', async () => {
    const received: string[][] = [[], []];
    const sockets = received.map((events) => {
      const socket = new WebSocket(`${fake.url.replace('http', 'ws')}/gateway`);
      socket.on('message', (raw) => {
        const frame = JSON.parse(String(raw)) as { op: number; t?: string; d?: { marker?: string } };
        if (frame.op === 10) socket.send(JSON.stringify({ op: 2, d: { token: fake.token, intents: 0 } }));
        if (frame.t === 'TEST_EVENT') events.push(frame.d?.marker ?? '');
      });
      return socket;
    });
    for (;;) {
      if (fake.gateway.sessionNumbers.length === 2) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const [first, second] = fake.gateway.sessionNumbers as [number, number];
    expect(fake.gateway.dispatch('TEST_EVENT', { marker: 'to the second' }, undefined, second)).toBe(1);
    expect(fake.gateway.dispatch('TEST_EVENT', { marker: 'to all' })).toBe(2);
    expect(fake.gateway.dispatch('TEST_EVENT', { marker: 'to the first' }, undefined, first)).toBe(1);
    while (received[0]!.length < 2 || received[1]!.length < 2) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(received).toEqual([['to all', 'to the first'], ['to the second', 'to all']]);
    for (const socket of sockets) socket.close();
  });
});
