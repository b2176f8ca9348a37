import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
});
