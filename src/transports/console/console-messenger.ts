import type { ChannelMessenger } from '../../delivery/messenger.js';
import { renderText } from './render-text.js';

/**
 * Posts and direct messages in console mode: printed as text, each marked with where it would have
 * gone, so the operator sees feed announcements and notices as they happen.
 */
export function createConsoleMessenger(output: NodeJS.WritableStream): ChannelMessenger {
  let sent = 0;
  return {
    async post(channelId, reply) {
      sent++;
      output.write(`\n[post to channel ${channelId}]\n${renderText(reply)}\n`);
      return { id: `console-${sent}`, channelId };
    },
    async directMessage(userId, reply) {
      output.write(`\n[direct message to ${userId}]\n${renderText(reply)}\n`);
    },
  };
}
