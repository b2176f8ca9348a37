import { format, isValid, parseISO } from 'date-fns';
import type { DateSource } from '../articles/article.js';
import { dateProblem } from './date-sanity.js';
import { writtenDate, type DayOfYear } from './dateline.js';
import { inferDatelineYear, isoDay, yearsMentioned } from './year-clues.js';

export interface DateResolution {
  /** `YYYY-MM-DD` */
  date: string;
  source: DateSource;
  note: string;
  /** A date the text gave that cannot be right ("9999-99-99", next year), to be logged once by the caller. */
  rejected?: { value: string; reason: string };
}

export interface DateClues {
  /** A date string a structured source states (ISO 8601, RFC 2822…). */
  stated?: string;
  /** The dateline's day and month, and year if it gives one. */
  dateline?: DayOfYear;
  /** The story's lead (first paragraph), where a weekday names the day of the event. */
  lead: string;
  /** All the article's text, for the years it mentions. */
  text: string;
  today: Date;
  /** Used, and marked unknown, when nothing else dates the article. */
  fallback: Date;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];


/** The weekday the lead names first ("met Wednesday afternoon"), 0 = Sunday. */
export function leadWeekday(lead: string): number | undefined {
  const match = /\b(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/i.exec(lead);
  return match?.[1] ? WEEKDAYS.indexOf(match[1].toLowerCase()) : undefined;
}

/** The latest plausible year the text mentions (a four-digit year not after this year). */
export function latestYearMentioned(text: string, thisYear: number): number | undefined {
  const years = yearsMentioned(text, thisYear);
  return years.length ? Math.max(...years) : undefined;
}

/** A stated date (ISO 8601, RFC 2822, "September 3, 2025") as the day written, or undefined. */
export function statedDay(stated: string): string | undefined {
  const trimmed = stated.trim();
  const fromIso = parseISO(trimmed);
  if (isValid(fromIso)) return /^\d{4}-\d{2}-\d{2}/.test(trimmed) ? trimmed.slice(0, 10) : format(fromIso, 'yyyy-MM-dd');
  // RSS's RFC 2822 dates, like ISO ones, keep the day they were written on: 9 p.m. in New York is not tomorrow.
  const written = writtenDate(trimmed);
  if (written) return written;
  const parsed = new Date(trimmed);
  return isValid(parsed) ? parsed.toISOString().slice(0, 10) : undefined;
}

export function resolveArticleDate(clues: DateClues): DateResolution {
  let rejected: DateResolution['rejected'];
  // A date that cannot be right is dropped (and named once), and the next clue is tried.
  const sane = (date: string | undefined, value: string): string | undefined => {
    if (!date) return undefined;
    const reason = dateProblem(date, clues.today);
    if (reason) rejected ??= { value: value.trim(), reason };
    return reason ? undefined : date;
  };
  const withRejection = (resolution: DateResolution): DateResolution => (rejected ? { ...resolution, rejected } : resolution);
  if (clues.stated) {
    const date = sane(statedDay(clues.stated) ?? (/^\d{4}-\d{2}-\d{2}/.test(clues.stated.trim()) ? clues.stated.trim() : undefined), clues.stated);
    if (date) return { date, source: 'stated', note: `stated by the source (${clues.stated.trim()})` };
  }
  const dl = clues.dateline;
  if (dl?.year) {
    const date = sane(isoDay(dl.year, dl.month, dl.day) ?? `${dl.year}-${String(dl.month).padStart(2, '0')}-${String(dl.day).padStart(2, '0')}`, `${dl.day}/${dl.month}/${dl.year}`);
    if (date) return withRejection({ date, source: 'stated', note: 'stated in the dateline' });
  }
  let why = 'no date in the text';
  if (dl && !dl.year) {
    const answer = inferDatelineYear({ dateline: dl, weekday: leadWeekday(clues.lead), text: clues.text, today: clues.today });
    if (answer.date) return withRejection({ date: answer.date, source: 'inferred', note: `dateline gives day and month; year inferred (${answer.why})` });
    why = `dateline gives day and month but the year is unknown (${answer.why})`;
  }
  if (rejected) why = `${why}; rejected ${rejected.value} (${rejected.reason})`;
  const fallback = dateProblem(clues.fallback.toISOString().slice(0, 10), clues.today) ? clues.today : clues.fallback;
  return withRejection({ date: fallback.toISOString().slice(0, 10), source: 'unknown', note: `${why}; the file time is used` });
}
