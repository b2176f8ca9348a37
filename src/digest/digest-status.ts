import { escapeMarkdown, truncateAtWord } from '../replies/markdown.js';
import type { Reply, ReplyField } from '../replies/reply.js';
import type { DigestLedger, LedgerEntry } from './digest-ledger.js';
import { channelRef } from './digest-setup.js';
import type { DigestSchedule } from './digest-store.js';
import { formatTimeOfDay, localMoment, nextOccurrence, type Occurrence } from './next-run.js';

/**
 * What `/digest status` shows for each schedule: the next post in the server's zone and in UTC, the
 * last post, a post that was missed (and why), the last error, and a retry in progress.
 */
export interface ScheduleStatus {
  schedule: DigestSchedule;
  /** Undefined when the schedule is turned off. */
  next?: Occurrence;
  lastPost?: LedgerEntry;
  /** The latest missed post, when it is later than the last post. */
  missed?: LedgerEntry;
  /** A post begun and not yet confirmed (retrying after a failure, or in flight). */
  pending?: LedgerEntry;
}

const RECENT = 14;

export function describeSchedules(schedules: readonly DigestSchedule[], ledger: DigestLedger, now: Date): ScheduleStatus[] {
  return schedules.map((schedule) => {
    const recent = ledger.recent(schedule.channelId, RECENT);
    const settled = new Set(recent.filter((e) => e.state !== 'claimed').map((e) => e.localDate));
    const after = new Date(Math.max(now.getTime(), Date.parse(schedule.setAt) - 1));
    const lastPost = recent.find((e) => e.state === 'posted' || e.state === 'empty');
    const missed = recent.find((e) => e.state === 'missed');
    const pending = recent.find((e) => e.state === 'claimed');
    return {
      schedule,
      ...(schedule.state === 'active' ? { next: nextOccurrence(schedule.time, schedule.zone, after, (date) => settled.has(date)) } : {}),
      ...(lastPost ? { lastPost } : {}),
      ...(missed && (!lastPost || missed.localDate > lastPost.localDate) ? { missed } : {}),
      ...(pending ? { pending } : {}),
    };
  });
}

// Three error texts of this length and the fixed lines still fit one field (1,024 characters).
const clip = (text: string) => escapeMarkdown(truncateAtWord(text, 200));

export function statusLines(status: ScheduleStatus): string[] {
  const { schedule } = status;
  const lines = [`${channelRef(schedule.guildId, schedule.channelId)} · every day at ${formatTimeOfDay(schedule.time)} ${schedule.zone}${schedule.quiet ? ' · quiet on empty days' : ''}`];
  if (status.next) lines.push(`Next post: ${localMoment(status.next.dueAt, schedule.zone)} (${localMoment(status.next.dueAt, 'UTC')})`);
  else lines.push(`Turned off${schedule.lastError ? `: ${clip(schedule.lastError)}` : ''}. Use /digest set to turn it on again.`);
  const last = status.lastPost;
  if (!last) lines.push('Last post: none yet');
  else {
    const when = last.settledAt ? localMoment(new Date(last.settledAt), schedule.zone) : last.localDate;
    lines.push(last.state === 'empty' ? `Last digest: ${when}, nothing new, so nothing posted (quiet)` : `Last post: ${when} (digest for ${last.localDate})`);
  }
  if (status.missed) lines.push(`Missed: the digest for ${status.missed.localDate}: ${clip(status.missed.lastError ?? 'not posted')}`);
  if (status.pending?.lastError) lines.push(`Retrying the digest for ${status.pending.localDate} after: ${clip(status.pending.lastError)}`);
  if (schedule.lastError && schedule.lastErrorAt && schedule.state === 'active') {
    lines.push(`Last error (${localMoment(new Date(schedule.lastErrorAt), schedule.zone)}): ${clip(schedule.lastError)}`);
  }
  return lines;
}

export function statusReply(statuses: readonly ScheduleStatus[]): Reply {
  if (statuses.length === 0) {
    return { text: 'No digest is set in this server. Use `/digest set` to post one every day in a channel.', ephemeral: true, tone: 'notice' };
  }
  const fields: ReplyField[] = statuses.slice(0, 25).map((s) => ({ name: `Schedule ${s.schedule.id}`, value: statusLines(s).join('\n') }));
  return {
    title: `Daily digests (${statuses.length})`,
    fields,
    ...(statuses.length > 25 ? { footer: `${statuses.length - 25} more not shown` } : {}),
    ephemeral: true,
  };
}
