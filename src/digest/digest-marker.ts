import { createHash } from 'node:crypto';
import type { ChannelInspector, RecentMessage } from '../delivery/messenger.js';

/**
 * How a digest is recognised after the fact. Its footer starts with "Digest for <local date>", so a
 * process that took over an unconfirmed claim can find the post in the channel; its nonce is the same
 * on every attempt for that (channel, date), so Discord itself drops a repeat sent within minutes.
 */
export function digestFooter(localDate: string, scheduleId: number): string {
  return `Digest for ${localDate} · schedule ${scheduleId}`;
}

export function isDigestFor(message: RecentMessage, localDate: string): boolean {
  return message.fromMe && (message.footer ?? '').startsWith(`Digest for ${localDate}`);
}

/** At most 25 characters, as Discord requires; one value per (channel, local date). */
export function digestNonce(channelId: string, localDate: string): string {
  return `dg${createHash('sha256').update(`${channelId}:${localDate}`).digest('hex').slice(0, 23)}`;
}

/** The most messages a poster reads back when it cannot page forward by time (one page of Discord's history). */
export const LOOKBACK_MESSAGES = 100;
/** Paging forward stops after this many pages (100,000 messages), so a flooded channel still ends. */
const MAX_PAGES = 1000;
const DISCORD_EPOCH = 1_420_070_400_000n;

/** The smallest message id Discord could give a message created at `at` (ids are snowflakes of time). */
export function snowflakeAt(at: Date): string {
  const ms = BigInt(Math.max(0, at.getTime())) - DISCORD_EPOCH;
  return ms <= 0n ? '0' : (ms << 22n).toString();
}

/**
 * The id of the digest for `localDate`. With `since` (the claim's time) the channel is read forward
 * from then, page after page, so any number of later messages cannot hide it; without a way to do
 * that, only the latest page is read.
 */
export async function findPosted(messenger: ChannelInspector, channelId: string, localDate: string, since?: Date): Promise<string | undefined> {
  if (since && messenger.messagesAfter) {
    let after = snowflakeAt(since);
    for (let page = 0; page < MAX_PAGES; page++) {
      const messages = await messenger.messagesAfter(channelId, after, 100);
      const found = messages.find((m) => isDigestFor(m, localDate));
      if (found) return found.id;
      if (messages.length < 100) return undefined;
      after = messages.reduce((max, m) => (BigInt(m.id) > BigInt(max) ? m.id : max), after);
    }
    return undefined;
  }
  if (!messenger.recentMessages) return undefined;
  const recent = await messenger.recentMessages(channelId, LOOKBACK_MESSAGES);
  return recent.find((m) => isDigestFor(m, localDate))?.id;
}
