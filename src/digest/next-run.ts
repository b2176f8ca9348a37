import { tz, tzName, tzOffset } from '@date-fns/tz';
import { addDays, format } from 'date-fns';

/**
 * When a daily wall-clock time happens in a time zone, and how an instant reads there, by date-fns and
 * @date-fns/tz (the runtime's zone data). Daylight saving: a time the clocks skip (02:30 on a
 * spring-forward night) happens when they resume (03:00 local, the instant of the change); a time that
 * happens twice (fall-back) happens the first time. One digest per local date is the ledger's job, so the second 02:30 is never a second post.
 */
export interface TimeOfDay {
  hour: number;
  minute: number;
}

export interface Occurrence {
  /** The local calendar date the post belongs to, `YYYY-MM-DD`. */
  localDate: string;
  dueAt: Date;
}

const DAY_MS = 24 * 60 * 60_000;
const MINUTE_MS = 60_000;

/** "08:00", "8:00", "8", "7:30pm", "7 PM" → a time of day; undefined when it is none. */
export function parseTimeOfDay(text: string): TimeOfDay | undefined {
  const match = /^(\d{1,2})(?:[:.h](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?$/i.exec(text.trim());
  if (!match) return undefined;
  let hour = Number(match[1]);
  const minute = Number(match[2] ?? 0);
  const half = match[3]?.toLowerCase().replace(/\./g, '');
  if (half) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (half === 'pm' ? 12 : 0);
  }
  if (hour > 23 || minute > 59) return undefined;
  return { hour, minute };
}

export function formatTimeOfDay(time: TimeOfDay): string {
  return `${String(time.hour).padStart(2, '0')}:${String(time.minute).padStart(2, '0')}`;
}

/** The calendar date at an instant in a zone, `YYYY-MM-DD`. */
export function localDateOf(instant: Date, zone: string): string {
  return format(instant, 'yyyy-MM-dd', { in: tz(zone) });
}

/** "CET", "EDT", "GMT+9": US English names only American zones, British English European ones. */
export function zoneLabel(zone: string, instant: Date): string {
  if (!zone.startsWith('Europe/')) return tzName(zone, instant, 'short');
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: zone, timeZoneName: 'short' }).formatToParts(instant);
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? tzName(zone, instant, 'short');
}

/** "Fri 27 Mar, 08:00 CET": a moment as the server's members read it. */
export function localMoment(instant: Date, zone: string): string {
  return `${format(instant, 'EEE d MMM, HH:mm', { in: tz(zone) })} ${zoneLabel(zone, instant)}`;
}

/** A calendar date moved by whole days (no zone involved: dates are labels here). */
export function shiftDate(date: string, days: number): string {
  return format(addDays(`${date}T12:00:00Z`, days, { in: tz('UTC') }), 'yyyy-MM-dd');
}

function wallClockMs(date: string, time: TimeOfDay): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day, time.hour, time.minute);
}

/** The instant `time` happens on local `date` in `zone`, with the daylight-saving rules above. */
export function instantOf(date: string, time: TimeOfDay, zone: string): Date {
  const wall = wallClockMs(date, time);
  // The offsets in force around that day; a wall time belongs to whichever of them maps back onto it.
  const offsets = new Set([-DAY_MS, 0, DAY_MS].map((shift) => tzOffset(zone, new Date(wall + shift))));
  const fits = [...offsets].map((offset) => wall - offset * MINUTE_MS).filter((t) => tzOffset(zone, new Date(t)) * MINUTE_MS === wall - t);
  if (fits.length > 0) return new Date(Math.min(...fits));
  // Skipped by a change forward: it happens at the change itself, when the clocks resume. Between the
  // two readings the offset flips once; find that minute (tzScan only steps by the hour).
  const low = Math.min(...offsets);
  const high = Math.max(...offsets);
  let before = wall - high * MINUTE_MS; // still on the old offset
  let after = wall - low * MINUTE_MS; // already on the new one
  while (after - before > MINUTE_MS) {
    const middle = before + Math.floor((after - before) / 2 / MINUTE_MS) * MINUTE_MS;
    if (tzOffset(zone, new Date(middle)) === low) before = middle;
    else after = middle;
  }
  return new Date(after);
}

/** Occurrences due in [from, to], oldest first. */
export function occurrencesBetween(time: TimeOfDay, zone: string, from: Date, to: Date): Occurrence[] {
  const out: Occurrence[] = [];
  const last = shiftDate(localDateOf(to, zone), 1);
  for (let date = shiftDate(localDateOf(from, zone), -1); date <= last; date = shiftDate(date, 1)) {
    const dueAt = instantOf(date, time, zone);
    if (dueAt >= from && dueAt <= to) out.push({ localDate: date, dueAt });
  }
  return out;
}

/** The first occurrence strictly after `after` whose date `skip` does not rule out (already posted, say). */
export function nextOccurrence(time: TimeOfDay, zone: string, after: Date, skip: (localDate: string) => boolean = () => false): Occurrence {
  for (let date = shiftDate(localDateOf(after, zone), -1); ; date = shiftDate(date, 1)) {
    const dueAt = instantOf(date, time, zone);
    if (dueAt > after && !skip(date)) return { localDate: date, dueAt };
  }
}
