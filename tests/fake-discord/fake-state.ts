import { apiChannel, apiGuild, apiUser, botUser, defaultChannels, FAKE_TOKEN, ids } from './world.js';

/** One interaction the fake dispatched, and how it has been answered so far. */
export interface InteractionRecord {
  id: string;
  token: string;
  type: number;
  channelId: string;
  /** The callback type it was acknowledged with (4, 5, 6, 7, 8), once it was. */
  acknowledgedWith?: number;
  /** The message the interaction's `@original` refers to, once there is one. */
  original?: Record<string, unknown>;
  /** For buttons: the message the button sits on. */
  message?: Record<string, unknown>;
}

export type ApiCommand = Record<string, unknown> & { name: string };

/** Everything the fake remembers. Tests may read it; routes change it. */
export class FakeState {
  readonly token: string;
  readonly channels = new Map<string, Record<string, unknown>>();
  readonly messages = new Map<string, Record<string, unknown>[]>();
  readonly interactions = new Map<string, InteractionRecord>();
  readonly globalCommands: ApiCommand[] = [];
  readonly guildCommands = new Map<string, ApiCommand[]>();
  /** The guild's system channel (where Discord posts joins and boosts); none by default. */
  systemChannelId: string | null = null;
  /** The guilds the bot is in: the fake guild, and the second one when asked for. */
  readonly guildIds: string[] = [ids.guild];
  /** What GET /gateway/bot recommends. */
  recommendedShards = 1;
  private counter = 0;

  constructor(options: { token?: string; channels?: Record<string, unknown>[]; secondGuild?: boolean; shards?: number } = {}) {
    this.token = options.token ?? FAKE_TOKEN;
    if (options.secondGuild) {
      this.guildIds.push(ids.secondGuild);
      this.channels.set(ids.secondGuildChannel, apiChannel(ids.secondGuildChannel, 'world-news', [], 0, ids.secondGuild));
    }
    this.recommendedShards = options.shards ?? 1;
    for (const channel of [...defaultChannels(), ...(options.channels ?? [])]) this.channels.set(String(channel.id), channel);
  }

  /** Real snowflakes (the time is in the top bits, as Discord's): unique within the fake and increasing. */
  nextId(): string {
    this.counter += 1;
    const fromTime = (BigInt(Date.now()) - 1_420_070_400_000n) << 22n;
    this.lastId = fromTime > this.lastId ? fromTime : this.lastId + 1n;
    return String(this.lastId);
  }

  private lastId = 0n;

  /** Discord remembers a nonce for a few minutes only: the test says when they have passed. */
  forgetNonces(channelId: string): void {
    for (const message of this.messages.get(channelId) ?? []) delete message.nonce;
  }

  guild(guildId: string = ids.guild): Record<string, unknown> {
    const channels = [...this.channels.values()].filter((c) => c.guild_id === guildId);
    return apiGuild(channels, guildId === ids.guild ? this.systemChannelId : null, guildId);
  }

  hasGuild(guildId: string | undefined): boolean {
    return guildId !== undefined && this.guildIds.includes(guildId);
  }

  /** Forgets a channel and its messages, as deleting it in Discord does; returns what it was. */
  deleteChannel(channelId: string): Record<string, unknown> | undefined {
    const channel = this.channels.get(channelId);
    this.channels.delete(channelId);
    this.messages.delete(channelId);
    return channel;
  }

  interactionByToken(token: string): InteractionRecord | undefined {
    return [...this.interactions.values()].find((i) => i.token === token);
  }

  /** A message object as Discord returns it, authored by the bot. */
  message(channelId: string, body: Record<string, unknown>, files: { name: string; size: number; contentType: string }[], id = this.nextId()): Record<string, unknown> {
    const attachments = files.map((f) => ({
      id: this.nextId(),
      filename: f.name,
      size: f.size,
      content_type: f.contentType,
      url: `https://cdn.invalid/${f.name}`,
      proxy_url: `https://media.invalid/${f.name}`,
    }));
    return {
      id,
      channel_id: channelId,
      author: apiUser(botUser, true),
      content: body.content ?? '',
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments,
      embeds: body.embeds ?? [],
      components: body.components ?? [],
      pinned: false,
      type: 0,
      ...(body.nonce !== undefined ? { nonce: body.nonce } : {}),
      flags: body.flags ?? 0,
      application_id: ids.application,
    };
  }

  store(message: Record<string, unknown>): void {
    const channelId = String(message.channel_id);
    const list = this.messages.get(channelId) ?? [];
    const at = list.findIndex((m) => m.id === message.id);
    if (at >= 0) list[at] = message;
    else list.push(message);
    this.messages.set(channelId, list);
  }

  /** What `GET …/commands` returns: the definitions as Discord stores them, defaults filled in. */
  storeCommands(definitions: ApiCommand[], guildId?: string): ApiCommand[] {
    const stored = definitions.map((d) => storedCommand(d, this.nextId(), guildId));
    if (guildId) this.guildCommands.set(guildId, stored);
    else this.globalCommands.splice(0, this.globalCommands.length, ...stored);
    return stored;
  }
}

/** Discord adds ids and defaults, and leaves out `required`/`autocomplete` when false. */
function storedOption(option: Record<string, unknown>): Record<string, unknown> {
  const { required, autocomplete, options, ...rest } = option;
  return {
    ...rest,
    name_localizations: null,
    description_localizations: null,
    ...(required ? { required: true } : {}),
    ...(autocomplete ? { autocomplete: true } : {}),
    ...(Array.isArray(options) ? { options: options.map((o) => storedOption(o as Record<string, unknown>)) } : {}),
  };
}

function storedCommand(definition: ApiCommand, id: string, guildId: string | undefined): ApiCommand {
  const { options, ...rest } = definition;
  return {
    type: 1,
    default_member_permissions: null,
    contexts: null,
    ...rest,
    id,
    application_id: ids.application,
    version: id,
    nsfw: false,
    integration_types: [0],
    name_localizations: null,
    description_localizations: null,
    ...(guildId ? { guild_id: guildId } : {}),
    ...(Array.isArray(options) ? { options: options.map((o) => storedOption(o as Record<string, unknown>)) } : {}),
  };
}
