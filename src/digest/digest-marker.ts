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

/** The most messages a poster reads back when looking for its own digest (one page of Discord's history). */
export const LOOKBACK_MESSAGES = 100;

/** The id of the digest for `localDate` among the channel's latest messages, if it is there. */
export async function findPosted(messenger: ChannelInspector, channelId: string, localDate: string): Promise<string | undefined> {
  if (!messenger.recentMessages) return undefined;
  const recent = await messenger.recentMessages(channelId, LOOKBACK_MESSAGES);
  return recent.find((m) => isDigestFor(m, localDate))?.id;
}
