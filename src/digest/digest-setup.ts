import { DeliveryError, type InspectingMessenger } from '../delivery/messenger.js';
import { escapeMarkdown, truncateAtWord } from '../replies/markdown.js';
import type { ScheduleStatus } from './digest-status.js';
import type { DigestSchedule, ScheduleInput } from './digest-store.js';
import { parseTimeOfDay } from './next-run.js';
import { resolveZone } from './zone-names.js';

/**
 * Checks a `/digest set` before anything is stored: a time of day, a zone the runtime knows, and a
 * channel the bot can really post in (a text or announcement channel or a thread of this server,
 * where it may view, send, embed, attach, and read back history to find its own posts after a crash).
 * Every refusal says exactly what to change.
 */
export interface SetRequest {
  guildId: string;
  channelId: string;
  time: string;
  zone: string;
  quiet?: boolean;
  userId?: string;
}

export type SetResult = { ok: true; schedule: DigestSchedule; status: ScheduleStatus } | { ok: false; reason: string };

/** Text (0), announcement (5), and announcement, public and private threads (10, 11, 12). */
export const DIGEST_CHANNEL_TYPES: readonly number[] = [0, 5, 10, 11, 12];

/** A channel as members see it: a mention in a server, a plain name in the console. */
export function channelRef(guildId: string, channelId: string): string {
  return guildId ? `<#${channelId}>` : `channel ${channelId}`;
}

type Checked = { ok: true; input: Omit<ScheduleInput, 'setAt'> } | { ok: false; reason: string };

const shown = (text: string) => `\`${escapeMarkdown(truncateAtWord(text.replace(/`/g, "'"), 60))}\``;

async function channelProblem(messenger: InspectingMessenger | undefined, request: SetRequest): Promise<string | undefined> {
  const where = channelRef(request.guildId, request.channelId);
  try {
    const facts = await messenger?.describeChannel?.(request.channelId);
    if (facts && !DIGEST_CHANNEL_TYPES.includes(facts.type)) return `${where} is not a channel a digest can go to: use a text channel, an announcement channel or a thread.`;
    if (facts?.guildId && request.guildId && facts.guildId !== request.guildId) return `${where} is not in this server.`;
    const missing = (await messenger?.missingPermissions?.(request.channelId, { readHistory: true })) ?? [];
    if (missing.length) {
      const list = missing.map((m) => `**${m}**`).join(', ');
      return `I cannot post the digest in ${where}: the bot is missing ${list} there. Give the bot's role ${missing.length === 1 ? 'that permission' : 'those permissions'} in the channel's settings, then try again.`;
    }
  } catch (error) {
    if (error instanceof DeliveryError && error.failure === 'channel-gone') return `I cannot find ${where}: it may have been deleted, or the bot cannot see it.`;
    if (error instanceof DeliveryError && error.failure === 'forbidden') return `The bot cannot see ${where}: it is missing **View Channel** there.`;
    if (error instanceof DeliveryError) return `Discord did not answer while I checked ${where}; nothing was set. Try again in a moment.`;
    throw error;
  }
  return undefined;
}

export async function checkChannel(request: SetRequest, messenger: InspectingMessenger | undefined): Promise<Checked> {
  const time = parseTimeOfDay(request.time);
  if (!time) return { ok: false, reason: `${shown(request.time)} is not a time of day. Use 24-hour HH:MM, such as 07:30 or 18:00.` };
  const zone = resolveZone(request.zone);
  if (!zone) {
    return { ok: false, reason: `I do not know the time zone ${shown(request.zone)}. Use a name such as Europe/Berlin or America/New_York, or an abbreviation such as CET or EST.` };
  }
  if (!request.channelId) return { ok: false, reason: 'Name the channel the digest should go to.' };
  const problem = await channelProblem(messenger, request);
  if (problem) return { ok: false, reason: problem };
  return {
    ok: true,
    input: {
      guildId: request.guildId,
      channelId: request.channelId,
      time,
      zone,
      quiet: request.quiet ?? false,
      ...(request.userId ? { setBy: request.userId } : {}),
    },
  };
}
