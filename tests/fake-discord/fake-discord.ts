import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FakeState } from './fake-state.js';
import { FakeGateway } from './gateway-socket.js';
import { autocompletePayload, buttonPayload, slashCommandPayload, type ApiOption, type Asker, type Identity } from './interactions.js';
import { readBody } from './read-body.js';
import { RequestRecorder, type RecordedRequest } from './recorder.js';
import { findRoute, type Route, type RouteAnswer } from './router.js';
import { applicationRoutes } from './routes-application.js';
import { channelRoutes } from './routes-channels.js';
import { interactionRoutes } from './routes-interactions.js';
import { ids } from './world.js';

const PREFIX = '/api/v10';

export interface FakeDiscordOptions {
  token?: string;
  /** Extra guild channels (API channel objects with `guild_id`), for tests that need more than two. */
  channels?: Record<string, unknown>[];
  /** A second guild on shard 1 of 2, with a channel of its own. */
  secondGuild?: boolean;
  /** The shard count GET /gateway/bot recommends (what `SHARD_COUNT=auto` follows). */
  shards?: number;
}

/**
 * A Discord that lives on 127.0.0.1 for one test file: REST under `/api/v10`, a gateway websocket, a
 * recorder of every request, and hooks to make a route fail. Point the client at `apiUrl`.
 */
export class FakeDiscord {
  readonly recorder = new RequestRecorder();
  readonly state: FakeState;
  readonly gateway: FakeGateway;
  private readonly server = createServer((req, res) => void this.serve(req, res));
  private readonly routes: Route[];
  private port = 0;

  constructor(options: FakeDiscordOptions = {}) {
    this.state = new FakeState(options);
    this.gateway = new FakeGateway(this.state);
    this.routes = [...applicationRoutes(() => `ws://127.0.0.1:${this.port}/gateway`), ...interactionRoutes(), ...channelRoutes()];
    this.server.on('upgrade', (req, socket, head) => {
      if ((req.url ?? '').startsWith('/gateway')) this.gateway.upgrade(req, socket, head);
      else socket.destroy();
    });
  }

  async listen(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** What DISCORD_API_URL should be. */
  get apiUrl(): string {
    return `${this.url}/api`;
  }

  get token(): string {
    return this.state.token;
  }

  get requests(): readonly RecordedRequest[] {
    return this.recorder.requests;
  }

  waitFor(predicate: (r: RecordedRequest) => boolean, timeoutMs?: number): Promise<RecordedRequest> {
    return this.recorder.waitFor(predicate, timeoutMs);
  }

  find(method: string, path: string | RegExp): RecordedRequest[] {
    return this.recorder.find(method, path);
  }

  /** See RequestRecorder.holdNext: e.g. `holdNext('POST', `/channels/${id}/messages`)` stores the post and never answers. */
  holdNext(method: string, path: string | RegExp): void {
    this.recorder.holdNext(method, path);
  }

  /** See RequestRecorder.failNext: e.g. `failNext('POST', /\/messages$/, 403, { code: 50013, message: 'Missing Permissions' })`. */
  failNext(method: string, path: string | RegExp, status: number, body: unknown = {}, options: { times?: number; headers?: Record<string, string> } = {}): void {
    this.recorder.failNext(method, path, status, body, options);
  }

  /** The id Discord gave a registered command, for the `data.id` of its interactions. */
  commandId(name: string): string {
    const all = [...this.state.globalCommands, ...(this.state.guildCommands.get(ids.guild) ?? [])];
    return String(all.find((c) => c.name === name)?.id ?? '999000000000000001');
  }

  /** `session`: only to that gateway session (see FakeGateway.sessionNumbers), as when each bot process has its own. */
  slashCommand(name: string, options: ApiOption[] = [], asker: Asker = {}, session?: number): Identity {
    const identity = this.newIdentity();
    return this.dispatchInteraction(slashCommandPayload(identity, this.commandId(name), name, options, asker), session);
  }

  autocomplete(name: string, options: ApiOption[], asker: Asker = {}): Identity {
    const identity = this.newIdentity();
    return this.dispatchInteraction(autocompletePayload(identity, this.commandId(name), name, options, asker));
  }

  /** Presses a button on a message: by default the message the bot sent for an earlier interaction. */
  pressButton(customId: string, on: { message: Record<string, unknown> } | { answerOf: string }, asker: Asker = {}): Identity {
    const message = 'message' in on ? on.message : this.state.interactions.get(on.answerOf)?.original;
    if (!message) throw new Error(`fake Discord: interaction ${'answerOf' in on ? on.answerOf : ''} has no message to press a button on`);
    return this.dispatchInteraction(buttonPayload(this.newIdentity(), customId, message, asker));
  }

  /** Sends any INTERACTION_CREATE payload and remembers it, so its callbacks are checked like Discord does. */
  dispatchInteraction(payload: Record<string, unknown>, session?: number): Identity {
    const identity = this.remember(payload);
    if (this.gateway.dispatch('INTERACTION_CREATE', payload, typeof payload.guild_id === 'string' ? payload.guild_id : undefined, session) === 0) throw new Error('fake Discord: no identified gateway session to dispatch to');
    return identity;
  }

  /**
   * An interaction that reaches the bot over HTTP instead: remembered (so its webhook calls are checked)
   * but not dispatched. The test posts `payload` to the bot, then relays the bot's HTTP answer with
   * `relayHttpAnswer`, as Discord does.
   */
  httpSlashCommand(name: string, options: ApiOption[] = [], asker: Asker = {}): { identity: Identity; payload: Record<string, unknown> } {
    const payload = slashCommandPayload(this.newIdentity(), this.commandId(name), name, options, asker);
    return { identity: this.remember(payload), payload };
  }

  httpAutocomplete(name: string, options: ApiOption[], asker: Asker = {}): { identity: Identity; payload: Record<string, unknown> } {
    const payload = autocompletePayload(this.newIdentity(), this.commandId(name), name, options, asker);
    return { identity: this.remember(payload), payload };
  }

  /** The bot's HTTP answer taken as the interaction's callback (validated like one); returns its status. */
  async relayHttpAnswer(identity: Identity, answer: unknown): Promise<number> {
    const res = await fetch(`${this.apiUrl}/v10/interactions/${identity.id}/${identity.token}/callback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(answer),
    });
    return res.status;
  }

  private remember(payload: Record<string, unknown>): Identity {
    const identity = { id: String(payload.id), token: String(payload.token) };
    this.state.interactions.set(identity.id, {
      ...identity,
      type: Number(payload.type),
      channelId: String(payload.channel_id ?? ''),
      ...(payload.message ? { message: payload.message as Record<string, unknown> } : {}),
    });
    return identity;
  }

  /** Deletes a guild channel the way a member would in Discord: gone from REST, and CHANNEL_DELETE on the gateway. */
  deleteChannel(channelId: string): void {
    const channel = this.state.deleteChannel(channelId);
    if (channel) this.gateway.dispatch('CHANNEL_DELETE', channel);
  }

  async close(): Promise<void> {
    await this.gateway.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private newIdentity(): Identity {
    return { id: this.state.nextId(), token: `itoken-${randomBytes(12).toString('hex')}` };
  }

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    const method = (req.method ?? 'GET').toUpperCase();
    const path = decodeURIComponent(url.pathname.startsWith(PREFIX) ? url.pathname.slice(PREFIX.length) : url.pathname);
    const query = Object.fromEntries(url.searchParams);
    const parsed = await readBody(req);
    const held = this.recorder.takeHold(method, path);
    const answer = await this.answer(method, path, query, parsed, req.headers.authorization, url.pathname.startsWith(PREFIX));
    this.recorder.record({ method, path, query, ...parsed, status: answer.status });
    if (held) return; // taken, never answered: closeAllConnections ends it when the fake closes
    const headers: Record<string, string> = { ...(answer.headers ?? {}) };
    if (answer.status === 204 || answer.body === undefined) {
      res.writeHead(answer.status, headers).end();
      return;
    }
    res.writeHead(answer.status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(answer.body));
  }

  private async answer(method: string, path: string, query: Record<string, string>, parsed: Awaited<ReturnType<typeof readBody>>, authorization: string | undefined, versioned: boolean): Promise<RouteAnswer> {
    const failure = this.recorder.takeFailure(method, path);
    if (failure) {
      const retry = (failure.body as { retry_after?: number } | undefined)?.retry_after;
      const extra: Record<string, string> = failure.status === 429 && retry !== undefined ? { 'retry-after': String(retry), 'x-ratelimit-scope': 'user' } : {};
      return { status: failure.status, body: failure.body, headers: { ...extra, ...failure.headers } };
    }
    const found = versioned ? findRoute(this.routes, method, path) : undefined;
    if (!found) return { status: 404, body: { code: 0, message: '404: Not Found' } };
    if (!found.route.public && authorization !== `Bot ${this.state.token}`) return { status: 401, body: { code: 0, message: '401: Unauthorized' } };
    try {
      return await found.route.handle({ method, path, params: found.params, query, authorization, ...parsed }, this.state);
    } catch (error) {
      return { status: 500, body: { code: 0, message: `fake Discord bug: ${(error as Error).message}` } };
    }
  }
}

export async function startFakeDiscord(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  return new FakeDiscord(options).listen();
}
