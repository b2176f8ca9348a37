import { discordError, invalidForm, ok, type Route } from './router.js';
import { messageProblems } from './validate-message.js';
import { apiUser, botMember, ids, users } from './world.js';

function knownUser(id: string): Record<string, unknown> {
  const user = Object.values(users).find((u) => u.id === id) ?? { id, username: `user${id.slice(-4)}`, global_name: null };
  return apiUser(user);
}

/** Channels and their messages, the guild, members, users and DM channels. */
export function channelRoutes(): Route[] {
  return [
    {
      method: 'GET',
      pattern: /^\/channels\/(?<channel>\d+)$/,
      handle: (req, state) => {
        const channel = state.channels.get(req.params.channel ?? '');
        return channel ? ok(channel) : discordError(404, 10003, 'Unknown Channel');
      },
    },
    {
      method: 'POST',
      pattern: /^\/channels\/(?<channel>\d+)\/messages$/,
      handle: (req, state) => {
        const channelId = req.params.channel ?? '';
        if (!state.channels.has(channelId)) return discordError(404, 10003, 'Unknown Channel');
        const problems = messageProblems(req.body);
        if (problems.length) return invalidForm(problems);
        // enforce_nonce: Discord answers a repeated nonce from the same author with the message it already made.
        const { nonce, enforce_nonce: enforceNonce } = (req.body ?? {}) as { nonce?: unknown; enforce_nonce?: unknown };
        const twin = enforceNonce === true && nonce !== undefined ? state.messages.get(channelId)?.find((m) => m.nonce === nonce) : undefined;
        if (twin) return ok(twin);
        const message = state.message(channelId, (req.body ?? {}) as Record<string, unknown>, req.files);
        state.store(message);
        return ok(message);
      },
    },
    {
      method: 'GET',
      pattern: /^\/channels\/(?<channel>\d+)\/messages$/,
      handle: (req, state) => {
        const channelId = req.params.channel ?? '';
        if (!state.channels.has(channelId)) return discordError(404, 10003, 'Unknown Channel');
        // Newest first, `limit` of them (1–100, default 50), as Discord pages them.
        const limit = Math.min(100, Math.max(1, Number(req.query.limit ?? 50) || 50));
        const all = state.messages.get(channelId) ?? [];
        // `after`: the oldest `limit` messages with a larger id (Discord's forward paging).
        if (req.query.after !== undefined) {
          const after = BigInt(String(req.query.after));
          return ok(all.filter((m) => BigInt(String(m.id)) > after).slice(0, limit).reverse());
        }
        return ok([...all].reverse().slice(0, limit));
      },
    },
    {
      method: 'DELETE',
      pattern: /^\/channels\/(?<channel>\d+)$/,
      handle: (req, state) => {
        const channel = state.deleteChannel(req.params.channel ?? '');
        return channel ? ok(channel) : discordError(404, 10003, 'Unknown Channel');
      },
    },
    {
      method: 'GET',
      pattern: /^\/channels\/(?<channel>\d+)\/messages\/(?<message>\d+)$/,
      handle: (req, state) => {
        const found = (state.messages.get(req.params.channel ?? '') ?? []).find((m) => m.id === req.params.message);
        return found ? ok(found) : discordError(404, 10008, 'Unknown Message');
      },
    },
    {
      method: 'GET',
      pattern: /^\/guilds\/(?<guild>\d+)$/,
      handle: (req, state) => {
        if (!state.hasGuild(req.params.guild)) return discordError(404, 10004, 'Unknown Guild');
        const { channels: _channels, members: _members, ...guild } = state.guild(req.params.guild);
        return ok(guild);
      },
    },
    {
      method: 'GET',
      pattern: /^\/guilds\/(?<guild>\d+)\/channels$/,
      handle: (req, state) => (state.hasGuild(req.params.guild) ? ok(state.guild(req.params.guild).channels) : discordError(404, 10004, 'Unknown Guild')),
    },
    {
      method: 'GET',
      pattern: /^\/guilds\/(?<guild>\d+)\/members\/(?<user>\d+)$/,
      handle: (req, state) => {
        if (!state.hasGuild(req.params.guild)) return discordError(404, 10004, 'Unknown Guild');
        if (req.params.user === ids.bot) return ok(botMember());
        const user = Object.values(users).find((u) => u.id === req.params.user);
        return user ? ok({ ...botMember(), user: apiUser(user), roles: [] }) : discordError(404, 10007, 'Unknown Member');
      },
    },
    {
      method: 'GET',
      pattern: /^\/users\/(?<user>\d+)$/,
      handle: (req) => ok(knownUser(req.params.user ?? '')),
    },
    {
      method: 'POST',
      pattern: /^\/users\/@me\/channels$/,
      handle: (req, state) => {
        const recipient = String((req.body as { recipient_id?: string } | undefined)?.recipient_id ?? '');
        if (!/^\d+$/.test(recipient)) return invalidForm(['recipient_id is required']);
        const existing = [...state.channels.values()].find((c) => c.type === 1 && (c.recipients as { id: string }[])[0]?.id === recipient);
        const channel = existing ?? { id: state.nextId(), type: 1, last_message_id: null, recipients: [knownUser(recipient)] };
        state.channels.set(String(channel.id), channel);
        return ok(channel);
      },
    },
  ];
}
