import { PermissionFlagsBits, type Client } from 'discord.js';
import { DeliveryError, type ChannelMessenger, type PostedMessage } from '../../delivery/messenger.js';
import type { Reply } from '../../replies/reply.js';
import { toDeliveryError } from './delivery-errors.js';
import { channelMessageOptions } from './message-options.js';
import { renderReply } from './render-embed.js';

export interface DiscordMessenger extends ChannelMessenger {
  /** Names of the permissions the bot lacks to post our messages in a channel; empty when it can. */
  missingPermissions(channelId: string): Promise<string[]>;
}

const NEEDED = [
  { name: 'View Channel', flag: PermissionFlagsBits.ViewChannel },
  { name: 'Send Messages', flag: PermissionFlagsBits.SendMessages },
  { name: 'Embed Links', flag: PermissionFlagsBits.EmbedLinks },
  { name: 'Attach Files', flag: PermissionFlagsBits.AttachFiles },
];
const IN_THREADS = { name: 'Send Messages in Threads', flag: PermissionFlagsBits.SendMessagesInThreads };

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
    async post(channelId: string, reply: Reply): Promise<PostedMessage> {
      try {
        const channel = await sendable(channelId);
        const message = await channel.send(channelMessageOptions(renderReply(reply)));
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

    async missingPermissions(channelId: string): Promise<string[]> {
      try {
        const channel = await client.channels.fetch(channelId);
        if (!channel) throw new DeliveryError('channel-gone', `channel ${channelId} does not exist`);
        if (channel.isDMBased()) return [];
        const me = channel.guild.members.me ?? (await channel.guild.members.fetchMe());
        const granted = channel.permissionsFor(me);
        const needed = channel.isThread() ? [NEEDED[0]!, IN_THREADS, NEEDED[2]!, NEEDED[3]!] : NEEDED;
        return needed.filter((p) => !granted.has(p.flag, true)).map((p) => p.name);
      } catch (error) {
        throw toDeliveryError(error, `checking permissions in channel ${channelId}`);
      }
    },
  };
}
