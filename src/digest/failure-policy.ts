import { DeliveryError, type DeliveryFailure, type InspectingMessenger } from '../delivery/messenger.js';
import type { Logger } from '../logger.js';
import type { Reply } from '../replies/reply.js';
import { channelRef } from './digest-setup.js';
import type { DigestSchedule } from './digest-store.js';

/**
 * What a failed post means. discord.js has already retried a 5xx three times and waited out a short
 * 429 before we see the failure, so here retries are slow (minutes, growing) and one at a time: a
 * rate limit or a server error also ends the current tick, so a Discord outage costs one request per
 * tick, not one per schedule. A channel that is gone or forbidden counts toward disabling its schedule
 * (three in a row); nothing else does, and no failure touches other schedules.
 */
export const DISABLE_AFTER = 3;
export const RETRY_MINUTES = [1, 5, 15, 30, 60] as const;

export interface FailureVerdict {
  failure: DeliveryFailure;
  message: string;
  /** Counts toward disabling the schedule. */
  counts: boolean;
  /** Stop posting anything else this tick. */
  backOffEverything: boolean;
}

export function judge(error: unknown): FailureVerdict {
  const failure: DeliveryFailure = error instanceof DeliveryError ? error.failure : 'other';
  const message = error instanceof Error ? error.message : String(error);
  return {
    failure,
    message,
    counts: failure === 'channel-gone' || failure === 'forbidden',
    backOffEverything: failure === 'rate-limited' || failure === 'server-error',
  };
}

/** Minutes before attempt `attempts + 1`, after `attempts` failed ones. */
export function retryDelayMs(attempts: number): number {
  const minutes = RETRY_MINUTES[Math.min(Math.max(attempts, 1), RETRY_MINUTES.length) - 1]!;
  return minutes * 60_000;
}

const REASONS: Partial<Record<DeliveryFailure, string>> = {
  'channel-gone': 'the channel no longer exists (or the bot can no longer see it)',
  forbidden: 'the bot is no longer allowed to post there',
};

export function disabledNotice(schedule: DigestSchedule, verdict: FailureVerdict): Reply {
  const why = REASONS[verdict.failure] ?? verdict.message;
  const where = channelRef(schedule.guildId, schedule.channelId);
  return {
    title: 'Daily digest turned off',
    text: [
      `The daily digest for ${where} failed ${DISABLE_AFTER} times in a row and has been turned off: ${why}.`,
      'Fix the channel or its permissions, then use `/digest set` to turn it on again. Other digests are not affected.',
    ].join('\n'),
    footer: `schedule ${schedule.id}`,
    tone: 'notice',
  };
}

/** Tells the member who set the schedule (DM); failing that, the server's system channel; failing that, the log. */
export async function sendDisabledNotice(messenger: InspectingMessenger, schedule: DigestSchedule, notice: Reply, logger: Logger): Promise<string> {
  if (schedule.setBy) {
    try {
      await messenger.directMessage(schedule.setBy, notice);
      return `direct message to ${schedule.setBy}`;
    } catch (error) {
      logger.warn('could not send the digest notice by direct message', { schedule: schedule.id, user: schedule.setBy, error });
    }
  }
  try {
    const system = schedule.guildId ? await messenger.systemChannelOf?.(schedule.guildId) : undefined;
    if (system && system !== schedule.channelId) {
      await messenger.post(system, notice);
      return `system channel ${system}`;
    }
  } catch (error) {
    logger.warn('could not post the digest notice in the system channel', { schedule: schedule.id, error });
  }
  logger.warn('digest turned off; nobody could be told', { schedule: schedule.id, channel: schedule.channelId });
  return 'log only';
}
