import type { Clock } from '../clock.js';
import type { InspectingMessenger } from '../delivery/messenger.js';
import type { Logger } from '../logger.js';
import type { Reply } from '../replies/reply.js';
import type { DigestLedger, EntryKey } from './digest-ledger.js';
import { digestNonce, findPosted } from './digest-marker.js';
import type { DigestSchedule, ScheduleStore } from './digest-store.js';
import { DISABLE_AFTER, disabledNotice, judge, retryDelayMs, sendDisabledNotice, type FailureVerdict } from './failure-policy.js';
import type { Occurrence } from './next-run.js';

/**
 * One attempt at one (channel, local date): claim it in the ledger, look in the channel first when an
 * earlier attempt may have got through, build the digest, post it with its nonce, confirm. Whatever
 * fails is recorded on the claim (tried again later) and on the schedule (three channel-gone or
 * forbidden failures in a row turn it off).
 */
export interface Composed {
  /** Undefined on a quiet day with nothing new: nothing is posted. */
  reply?: Reply;
  periodStart: Date;
  periodEnd: Date;
}

export interface PosterDeps {
  ledger: DigestLedger;
  schedules: ScheduleStore;
  clock: Clock;
  logger: Logger;
  /** This process, as the ledger's claim owner. */
  owner: string;
  /** How long a claim is left to its holder before another process may take it over. */
  leaseMs: number;
  /** How late a post may still go out. */
  catchUpMs: number;
  compose(schedule: DigestSchedule, localDate: string, now: Date): Composed;
  messenger(): InspectingMessenger | undefined;
}

export type AttemptOutcome = 'posted' | 'empty' | 'found' | 'busy' | 'settled' | 'missed' | 'failed' | 'no-messenger';

export interface AttemptResult {
  outcome: AttemptOutcome;
  verdict?: FailureVerdict;
}

const HOUR_MS = 60 * 60_000;

function lateness(dueAt: Date, now: Date, catchUpMs: number): string {
  const hours = (now.getTime() - dueAt.getTime()) / HOUR_MS;
  return `the bot was not running: ${hours.toFixed(1)} h late, beyond the ${catchUpMs / HOUR_MS} h catch-up window`;
}

export async function attemptPost(deps: PosterDeps, schedule: DigestSchedule, occurrence: Occurrence, superseded = false): Promise<AttemptResult> {
  const { ledger, clock, logger } = deps;
  const messenger = deps.messenger();
  if (!messenger) return { outcome: 'no-messenger' };
  const key: EntryKey = { channelId: schedule.channelId, localDate: occurrence.localDate };
  const now = clock.now();
  const tooLate = now.getTime() - occurrence.dueAt.getTime() > deps.catchUpMs;
  const whyMissed = superseded ? 'a later digest for this channel was due' : lateness(occurrence.dueAt, now, deps.catchUpMs);
  const existing = ledger.get(key);
  if (existing && existing.state !== 'claimed') return { outcome: 'settled' };
  const missed = () => {
    ledger.markMissed({ ...key, scheduleId: schedule.id, dueAt: occurrence.dueAt.toISOString() }, whyMissed, now.toISOString());
    logger.warn('digest missed', { schedule: schedule.id, channel: schedule.channelId, date: occurrence.localDate, reason: whyMissed });
    return { outcome: 'missed' as const };
  };
  if (!existing && (tooLate || superseded)) return missed();

  const claim = ledger.claim({
    ...key,
    scheduleId: schedule.id,
    dueAt: occurrence.dueAt.toISOString(),
    owner: deps.owner,
    now: now.toISOString(),
    leaseUntil: new Date(now.getTime() + deps.leaseMs).toISOString(),
  });
  if (claim.kind !== 'claimed') return { outcome: claim.kind };
  try {
    if (claim.entry.attempts > 1) {
      // Discord ids are times: read forward from just before the digest fell due (no claim is earlier).
      const found = await findPosted(messenger, key.channelId, key.localDate, new Date(occurrence.dueAt.getTime() - 60_000));
      if (found) {
        ledger.confirm(key, { state: 'posted', messageId: found, at: clock.now().toISOString(), owner: deps.owner });
        logger.info('digest found already posted; confirmed', { schedule: schedule.id, channel: key.channelId, date: key.localDate, message: found });
        return { outcome: 'found' };
      }
    }
    if (tooLate || superseded) return missed();
    const composed = deps.compose(schedule, key.localDate, now);
    ledger.recordPeriod(key, composed.periodStart.toISOString(), composed.periodEnd.toISOString());
    if (!composed.reply) {
      ledger.confirm(key, { state: 'empty', at: clock.now().toISOString(), owner: deps.owner });
      return { outcome: 'empty' };
    }
    const posted = await messenger.post(key.channelId, composed.reply, { nonce: digestNonce(key.channelId, key.localDate) });
    if (!ledger.confirm(key, { state: 'posted', messageId: posted.id, at: clock.now().toISOString(), owner: deps.owner })) {
      // Our lease ran out mid-post and another process took the claim: it will find this post and confirm it.
      logger.warn('digest posted after the lease was taken over; leaving the claim to its new owner', { channel: key.channelId, date: key.localDate, message: posted.id });
    }
    deps.schedules.recordSuccess(schedule.id);
    logger.info('digest posted', { schedule: schedule.id, channel: key.channelId, date: key.localDate, message: posted.id });
    return { outcome: 'posted' };
  } catch (error) {
    return recordFailure(deps, messenger, schedule, key, claim.entry.attempts, judge(error));
  }
}

async function recordFailure(
  deps: PosterDeps,
  messenger: InspectingMessenger,
  schedule: DigestSchedule,
  key: EntryKey,
  attempts: number,
  verdict: FailureVerdict,
): Promise<AttemptResult> {
  const { ledger, schedules, clock, logger } = deps;
  const now = clock.now();
  const failures = schedules.recordFailure(schedule.id, verdict.message, now.toISOString(), verdict.counts);
  const disable = verdict.counts && failures >= DISABLE_AFTER;
  logger.warn('digest post failed', { schedule: schedule.id, channel: key.channelId, date: key.localDate, failure: verdict.failure, failures, disable, error: verdict.message });
  if (!disable) {
    ledger.release(key, deps.owner, verdict.message, new Date(now.getTime() + retryDelayMs(attempts)).toISOString());
    return { outcome: 'failed', verdict };
  }
  ledger.markMissed({ ...key, scheduleId: schedule.id, dueAt: now.toISOString() }, `schedule turned off: ${verdict.message}`, now.toISOString());
  if (schedules.disable(schedule.id, verdict.message, now.toISOString())) {
    const told = await sendDisabledNotice(messenger, schedule, disabledNotice(schedule, verdict), logger);
    logger.warn('digest schedule turned off', { schedule: schedule.id, channel: schedule.channelId, told });
  }
  return { outcome: 'failed', verdict };
}
