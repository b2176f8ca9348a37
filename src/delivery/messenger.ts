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

export interface ChannelMessenger {
  post(channelId: string, reply: Reply): Promise<PostedMessage>;
  directMessage(userId: string, reply: Reply): Promise<void>;
}

/** Records what would have been sent. */
export function createCapturingMessenger(): ChannelMessenger & { posts: { channelId: string; reply: Reply }[]; dms: { userId: string; reply: Reply }[] } {
  const posts: { channelId: string; reply: Reply }[] = [];
  const dms: { userId: string; reply: Reply }[] = [];
  return {
    posts,
    dms,
    async post(channelId, reply) {
      posts.push({ channelId, reply });
      return { id: String(posts.length), channelId };
    },
    async directMessage(userId, reply) {
      dms.push({ userId, reply });
    },
  };
}
