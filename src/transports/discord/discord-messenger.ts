import { PermissionFlagsBits, type Client } from 'discord.js';
import { DeliveryError, type ChannelFacts, type ChannelInspector, type ChannelMessenger, type PostedMessage, type PostOptions, type RecentMessage } from '../../delivery/messenger.js';
import type { Reply } from '../../replies/reply.js';
import { toDeliveryError } from './delivery-errors.js';
import { channelMessageOptions } from './message-options.js';
import { renderReply } from './render-embed.js';

export interface DiscordMessenger extends ChannelMessenger, Required<ChannelInspector> {
  /** Names of the permissions the bot lacks to post our messages in a channel; empty when it can. */
  missingPermissions(channelId: string, options?: { readHistory?: boolean }): Promise<string[]>;
}

const NEEDED = [
  { name: 'View Channel', flag: PermissionFlagsBits.ViewChannel },
  { name: 'Send Messages', flag: PermissionFlagsBits.SendMessages },
  { name: 'Embed Links', flag: PermissionFlagsBits.EmbedLinks },
  { name: 'Attach Files', flag: PermissionFlagsBits.AttachFiles },
];
const IN_THREADS = { name: 'Send Messages in Threads', flag: PermissionFlagsBits.SendMessagesInThreads };
const READ_HISTORY = { name: 'Read Message History', flag: PermissionFlagsBits.ReadMessageHistory };

/**
 * Posts replies into channels and DMs through the logged-in client. Every failure becomes a
 * DeliveryError whose kind tells the caller what to do (drop a schedule, retry later, tell an admin).
 */
export function createDiscordMessenger(client: Client): DiscordMessenger {
  const sendable = async (channelId: string) => {
    const channel = await client.channels.fetch(channelId);
    if (!channel) throw new DeliveryError('channel-gone', `channel ${channelId} does not exist`);
    if (!channel.isSendable()) throw new DeliveryError('other', `channel ${channelId} is not one the bot can post in`);
    return channel;
  };

  return {
    async post(channelId: string, reply: Reply, options: PostOptions = {}): Promise<PostedMessage> {
      try {
        const channel = await sendable(channelId);
        const nonce = options.nonce ? { nonce: options.nonce, enforceNonce: true } : {};
        const message = await channel.send({ ...channelMessageOptions(renderReply(reply)), ...nonce });
        return { id: message.id, channelId: message.channelId };
      } catch (error) {
        throw toDeliveryError(error, `posting in channel ${channelId}`);
      }
    },

    async directMessage(userId: string, reply: Reply): Promise<void> {
      try {
        const channel = await client.users.createDM(userId);
        await channel.send(channelMessageOptions(renderReply(reply)));
      } catch (error) {
        throw toDeliveryError(error, `sending a direct message to ${userId}`);
      }
    },

    async missingPermissions(channelId: string, options: { readHistory?: boolean } = {}): Promise<string[]> {
      try {
        const channel = await client.channels.fetch(channelId);
        if (!channel) throw new DeliveryError('channel-gone', `channel ${channelId} does not exist`);
        if (channel.isDMBased()) return [];
        const me = channel.guild.members.me ?? (await channel.guild.members.fetchMe());
        const granted = channel.permissionsFor(me);
        const needed = channel.isThread() ? [NEEDED[0]!, IN_THREADS, NEEDED[2]!, NEEDED[3]!] : NEEDED;
        return [...needed, ...(options.readHistory ? [READ_HISTORY] : [])].filter((p) => !granted.has(p.flag, true)).map((p) => p.name);
      } catch (error) {
        throw toDeliveryError(error, `checking permissions in channel ${channelId}`);
      }
    },

    async messagesAfter(channelId: string, afterId: string, limit: number): Promise<RecentMessage[]> {
      try {
        const channel = await sendable(channelId);
        const messages = await channel.messages.fetch({ after: afterId, limit: Math.min(100, Math.max(1, limit)), cache: false });
        return [...messages.values()]
          .sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : BigInt(a.id) > BigInt(b.id) ? 1 : 0))
          .map((m) => {
            const footer = m.embeds[0]?.footer?.text;
            return { id: m.id, fromMe: m.author.id === client.user?.id, ...(footer !== undefined ? { footer } : {}) };
          });
      } catch (error) {
        throw toDeliveryError(error, `reading messages in channel ${channelId}`);
      }
    },

    async recentMessages(channelId: string, limit: number): Promise<RecentMessage[]> {
      try {
        const channel = await sendable(channelId);
        const messages = await channel.messages.fetch({ limit: Math.min(100, Math.max(1, limit)), cache: false });
        return [...messages.values()]
          .sort((a, b) => b.createdTimestamp - a.createdTimestamp || b.id.localeCompare(a.id))
          .map((m) => {
            const footer = m.embeds[0]?.footer?.text;
            return { id: m.id, fromMe: m.author.id === client.user?.id, ...(footer !== undefined ? { footer } : {}) };
          });
      } catch (error) {
        throw toDeliveryError(error, `reading recent messages in channel ${channelId}`);
      }
    },

    async systemChannelOf(guildId: string): Promise<string | undefined> {
      try {
        return (await client.guilds.fetch(guildId)).systemChannelId ?? undefined;
      } catch (error) {
        throw toDeliveryError(error, `looking up the system channel of server ${guildId}`);
      }
    },

    async describeChannel(channelId: string): Promise<ChannelFacts> {
      try {
        const channel = await client.channels.fetch(channelId);
        if (!channel) throw new DeliveryError('channel-gone', `channel ${channelId} does not exist`);
        return { type: channel.type, ...('guildId' in channel && channel.guildId ? { guildId: channel.guildId } : {}) };
      } catch (error) {
        throw toDeliveryError(error, `looking up channel ${channelId}`);
      }
    },
  };
}
