import { findPosted } from './digest-marker.js';
import { attemptPost, type AttemptOutcome, type PosterDeps } from './digest-poster.js';

/**
 * Claims that were never confirmed: a process died between claiming and confirming (before sending,
 * or after sending but before writing the message id down). Only the channel knows which, so whoever
 * takes such a claim over first looks there for the digest's footer marker and posts only if it is not
 * found (`attemptPost` does that for any claim past its first attempt). Runs at start for every claim
 * whose lease is over; claims still leased are left to their holder, and the tick takes them over once
 * the lease runs out.
 */
export interface ReconcileReport {
  claims: number;
  outcomes: AttemptOutcome[];
}

export async function reconcileAbandoned(deps: PosterDeps): Promise<ReconcileReport> {
  const { ledger, schedules, clock, logger } = deps;
  const abandoned = ledger.abandoned(clock.now().toISOString());
  const outcomes: AttemptOutcome[] = [];
  for (const entry of abandoned) {
    const schedule = schedules.get(entry.scheduleId);
    if (schedule?.state === 'active') {
      outcomes.push((await attemptPost(deps, schedule, { localDate: entry.localDate, dueAt: new Date(entry.dueAt) })).outcome);
      continue;
    }
    // Turned off or removed since: settle the claim without posting (confirm it if the post is there).
    const messenger = deps.messenger();
    const key = { channelId: entry.channelId, localDate: entry.localDate };
    try {
      const found = messenger ? await findPosted(messenger, key.channelId, key.localDate, new Date(new Date(entry.dueAt).getTime() - 60_000)) : undefined;
      // As the owner last recorded: if another process took the claim over meanwhile, the update does nothing.
      if (found) ledger.confirm(key, { state: 'posted', messageId: found, at: clock.now().toISOString(), owner: entry.owner ?? '' });
      else ledger.markMissed({ ...key, scheduleId: entry.scheduleId, dueAt: entry.dueAt }, 'the schedule was turned off before this digest went out', clock.now().toISOString());
      outcomes.push(found ? 'found' : 'missed');
    } catch (error) {
      logger.warn('could not settle a digest claim', { channel: key.channelId, date: key.localDate, error });
      outcomes.push('failed');
    }
  }
  if (abandoned.length) logger.info('digest claims reconciled', { claims: abandoned.length, outcomes });
  return { claims: abandoned.length, outcomes };
}
