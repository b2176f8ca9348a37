import type { Reply } from '../replies/reply.js';

/**
 * How the core posts on its own (digests, feed announcements, notices) without knowing Discord.
 * The Discord transport implements it; tests use the capturing fake beside it.
 */
export interface PostedMessage {
  id: string;
  channelId: string;
}

export type DeliveryFailure = 'channel-gone' | 'forbidden' | 'rate-limited' | 'server-error' | 'other';

/** A failure the caller can act on (disable a schedule after three `channel-gone`, retry `server-error`). */
export class DeliveryError extends Error {
  constructor(
    readonly failure: DeliveryFailure,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'DeliveryError';
  }
}

export interface PostOptions {
  /**
   * Discord drops a second message with the same nonce from the same bot sent within a few minutes
   * (`enforce_nonce`), returning the first: a retry after a lost answer cannot post twice.
   */
  nonce?: string;
}

export interface ChannelMessenger {
  post(channelId: string, reply: Reply, options?: PostOptions): Promise<PostedMessage>;
  directMessage(userId: string, reply: Reply): Promise<void>;
}

/** A message already in a channel, as much of it as a poster needs to recognise its own work. */
export interface RecentMessage {
  id: string;
  /** Written by this bot. */
  fromMe: boolean;
  /** The footer of its first embed, where scheduled posts put their marker. */
  footer?: string;
}

export interface ChannelFacts {
  /** Discord's channel type number (0 text, 5 announcement, 10–12 threads). */
  type: number;
  guildId?: string;
}

/**
 * What a scheduled poster (digests) may also ask a transport. Every method is optional: a console has no
 * channels to read back, and callers treat a missing one as "nothing known".
 */
export interface ChannelInspector {
  /** The newest messages in a channel, newest first. */
  recentMessages?(channelId: string, limit: number): Promise<RecentMessage[]>;
  /** Up to `limit` (at most 100) messages posted after message id `afterId`, oldest first. */
  messagesAfter?(channelId: string, afterId: string, limit: number): Promise<RecentMessage[]>;
  /** Names of the permissions the bot lacks to post there; `readHistory` also asks for Read Message History. */
  missingPermissions?(channelId: string, options?: { readHistory?: boolean }): Promise<string[]>;
  /** The channel a server has chosen for system messages, if any. */
  systemChannelOf?(guildId: string): Promise<string | undefined>;
  describeChannel?(channelId: string): Promise<ChannelFacts>;
}

export type InspectingMessenger = ChannelMessenger & ChannelInspector;

/** Records what would have been sent, and reads it back as a channel's recent messages. */
export function createCapturingMessenger(): ChannelMessenger &
  Required<Pick<ChannelInspector, 'recentMessages'>> & { posts: { channelId: string; reply: Reply; options?: PostOptions }[]; dms: { userId: string; reply: Reply }[] } {
  const posts: { channelId: string; reply: Reply; options?: PostOptions }[] = [];
  const dms: { userId: string; reply: Reply }[] = [];
  return {
    posts,
    dms,
    async post(channelId, reply, options) {
      posts.push({ channelId, reply, ...(options ? { options } : {}) });
      return { id: String(posts.length), channelId };
    },
    async directMessage(userId, reply) {
      dms.push({ userId, reply });
    },
    async recentMessages(channelId, limit) {
      return posts
        .map((p, i) => ({ id: String(i + 1), channelId: p.channelId, footer: p.reply.footer }))
        .filter((p) => p.channelId === channelId)
        .reverse()
        .slice(0, limit)
        .map(({ id, footer }) => ({ id, fromMe: true, ...(footer !== undefined ? { footer } : {}) }));
    },
  };
}
