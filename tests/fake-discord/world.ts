/**
 * The small Discord world the fake serves: one application whose bot is in one guild with a text channel
 * everyone may use and a channel where @everyone may not embed or attach. Ids are fixed so tests can name
 * them; permission bits are Discord's.
 */
export const Perm = {
  ManageGuild: 1n << 5n,
  Administrator: 1n << 3n,
  ViewChannel: 1n << 10n,
  SendMessages: 1n << 11n,
  EmbedLinks: 1n << 14n,
  AttachFiles: 1n << 15n,
  ReadMessageHistory: 1n << 16n,
  UseApplicationCommands: 1n << 31n,
  SendMessagesInThreads: 1n << 38n,
} as const;

/** What @everyone may do in the fake guild: read, write, embed, attach, use commands. */
export const EVERYONE_PERMISSIONS =
  Perm.ViewChannel | Perm.SendMessages | Perm.EmbedLinks | Perm.AttachFiles | Perm.ReadMessageHistory | Perm.UseApplicationCommands | Perm.SendMessagesInThreads;

export const FAKE_TOKEN = 'fake-bot-token.for-loopback-tests.not-a-secret';

export const ids = {
  application: '110000000000000001',
  /** Modern bots share their application's id. */
  bot: '110000000000000001',
  guild: '220000000000000001',
  /** A second guild, only with `secondGuild: true`; its id puts it on shard 1 of 2 ((id >> 22) % 2). */
  secondGuild: '220000000004194305',
  secondGuildChannel: '440000000000000003',
  botRole: '330000000000000001',
  textChannel: '440000000000000001',
  /** @everyone is denied Embed Links and Attach Files here. */
  restrictedChannel: '440000000000000002',
  member: '550000000000000001',
  otherMember: '550000000000000002',
} as const;

export interface FakeUser {
  id: string;
  username: string;
  global_name: string | null;
}

export const users: Record<'member' | 'otherMember', FakeUser> = {
  member: { id: ids.member, username: 'reader', global_name: 'Avid Reader' },
  otherMember: { id: ids.otherMember, username: 'lurker', global_name: null },
};

export function apiUser(user: FakeUser, bot = false): Record<string, unknown> {
  return { id: user.id, username: user.username, discriminator: '0', global_name: user.global_name, avatar: null, ...(bot ? { bot: true } : {}) };
}

export const botUser: FakeUser = { id: ids.bot, username: 'newsdesk', global_name: null };

const JOINED = '2024-01-01T00:00:00.000Z';

export function apiChannel(id: string, name: string, overwrites: unknown[] = [], type = 0, guildId: string = ids.guild): Record<string, unknown> {
  return { id, type, name, guild_id: guildId, position: 0, permission_overwrites: overwrites, nsfw: false, parent_id: null, last_message_id: null };
}

export function defaultChannels(): Record<string, unknown>[] {
  return [
    apiChannel(ids.textChannel, 'news'),
    apiChannel(ids.restrictedChannel, 'no-embeds', [
      { id: ids.guild, type: 0, allow: '0', deny: String(Perm.EmbedLinks | Perm.AttachFiles) },
    ]),
  ];
}

/** The shard a guild's events travel on, as Discord assigns them. */
export function shardOf(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

export function apiGuild(channels: Record<string, unknown>[], systemChannelId: string | null = null, guildId: string = ids.guild): Record<string, unknown> {
  return {
    id: guildId,
    system_channel_id: systemChannelId,
    name: 'Fake Newsroom',
    icon: null,
    owner_id: ids.otherMember,
    unavailable: false,
    member_count: 3,
    large: false,
    joined_at: JOINED,
    preferred_locale: 'en-US',
    features: [],
    emojis: [],
    stickers: [],
    voice_states: [],
    presences: [],
    threads: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
    roles: [
      { id: guildId, name: '@everyone', permissions: String(EVERYONE_PERMISSIONS), position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 },
      { id: ids.botRole, name: 'newsdesk', permissions: '0', position: 1, color: 0, hoist: false, managed: true, mentionable: false, flags: 0, tags: { bot_id: ids.bot } },
    ],
    channels,
    members: [botMember()],
  };
}

export function botMember(): Record<string, unknown> {
  return { user: apiUser(botUser, true), roles: [ids.botRole], joined_at: JOINED, deaf: false, mute: false, flags: 0, nick: null };
}

/** A member as an interaction carries it: with their permissions in the channel, as a decimal string. */
export function interactionMember(user: FakeUser, permissions: bigint): Record<string, unknown> {
  return {
    user: apiUser(user),
    roles: [],
    joined_at: JOINED,
    deaf: false,
    mute: false,
    flags: 0,
    nick: null,
    pending: false,
    permissions: String(permissions),
  };
}
