import { EVERYONE_PERMISSIONS, ids, interactionMember, users, type FakeUser } from './world.js';

/**
 * Builders for INTERACTION_CREATE payloads with every field discord.js 14 needs (see the protocol
 * notes): ids, token, version, entitlements, authorizing_integration_owners, and in a guild the channel,
 * the member with their permissions, app_permissions and locale.
 */
export interface ApiOption {
  type: number;
  name: string;
  value?: string | number | boolean;
  focused?: boolean;
  options?: ApiOption[];
}

/** Option values as Discord sends them. */
export const opt = {
  string: (name: string, value: string, focused = false): ApiOption => ({ type: 3, name, value, ...(focused ? { focused } : {}) }),
  integer: (name: string, value: number): ApiOption => ({ type: 4, name, value }),
  boolean: (name: string, value: boolean): ApiOption => ({ type: 5, name, value }),
  channel: (name: string, id: string): ApiOption => ({ type: 7, name, value: id }),
  subcommand: (name: string, options: ApiOption[] = []): ApiOption => ({ type: 1, name, options }),
};

export interface Asker {
  user?: FakeUser;
  /** The member's permissions in the channel; default what @everyone has. */
  permissions?: bigint;
  channelId?: string;
  /** The guild asked in (default the fake guild). */
  guildId?: string;
}

export interface Identity {
  id: string;
  token: string;
}

function base(identity: Identity, type: number, asker: Asker): Record<string, unknown> {
  const channelId = asker.channelId ?? ids.textChannel;
  const guildId = asker.guildId ?? ids.guild;
  return {
    id: identity.id,
    application_id: ids.application,
    type,
    token: identity.token,
    version: 1,
    entitlements: [],
    authorizing_integration_owners: { '0': guildId },
    context: 0,
    guild_id: guildId,
    guild: { id: guildId, locale: 'en-US', features: [] },
    channel: { id: channelId, type: 0, guild_id: guildId, name: 'news' },
    channel_id: channelId,
    member: interactionMember(asker.user ?? users.member, asker.permissions ?? EVERYONE_PERMISSIONS),
    app_permissions: String(EVERYONE_PERMISSIONS),
    locale: 'en-US',
    guild_locale: 'en-US',
    attachment_size_limit: 26_214_400,
  };
}

/** Discord sends the objects behind channel options in `data.resolved`, keyed by id. */
function resolved(options: ApiOption[]): Record<string, unknown> {
  const channels: Record<string, unknown> = {};
  const walk = (list: ApiOption[]) => {
    for (const o of list) {
      if (o.type === 7) channels[String(o.value)] = { id: String(o.value), type: 0, name: 'news', permissions: String(EVERYONE_PERMISSIONS) };
      walk(o.options ?? []);
    }
  };
  walk(options);
  return Object.keys(channels).length ? { resolved: { channels } } : {};
}

export function slashCommandPayload(identity: Identity, commandId: string, name: string, options: ApiOption[], asker: Asker = {}): Record<string, unknown> {
  return { ...base(identity, 2, asker), data: { id: commandId, name, type: 1, options, guild_id: asker.guildId ?? ids.guild, ...resolved(options) } };
}

export function autocompletePayload(identity: Identity, commandId: string, name: string, options: ApiOption[], asker: Asker = {}): Record<string, unknown> {
  return { ...base(identity, 4, asker), data: { id: commandId, name, type: 1, options, guild_id: asker.guildId ?? ids.guild } };
}

export function buttonPayload(identity: Identity, customId: string, message: Record<string, unknown>, asker: Asker = {}): Record<string, unknown> {
  return { ...base(identity, 3, asker), data: { custom_id: customId, component_type: 2 }, message };
}
