import { format, getDay, isValid, parseISO } from 'date-fns';
import type { DateSource } from '../articles/article.js';
import { writtenDate, type DayOfYear } from './dateline.js';

export interface DateResolution {
  /** `YYYY-MM-DD` */
  date: string;
  source: DateSource;
  note: string;
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

function iso(year: number, month: number, day: number): string | undefined {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  return d.toISOString().slice(0, 10);
}

/** The weekday the lead names first ("met Wednesday afternoon"), 0 = Sunday. */
export function leadWeekday(lead: string): number | undefined {
  const match = /\b(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/i.exec(lead);
  return match?.[1] ? WEEKDAYS.indexOf(match[1].toLowerCase()) : undefined;
}

/** The latest plausible year the text mentions (a four-digit year not after this year). */
export function latestYearMentioned(text: string, thisYear: number): number | undefined {
  let latest: number | undefined;
  for (const match of text.matchAll(/(?<![\d$£€.,])\b(1[89]\d\d|20\d\d)\b(?![\d.,]\d)/g)) {
    const year = Number(match[1]);
    if (year <= thisYear && (latest === undefined || year > latest)) latest = year;
  }
  return latest;
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

/**
 * A dateline without a year: the year is not before the latest year the text mentions and not after
 * today, and a weekday the lead names beside the event must fall on that date. Of the years left, the
 * earliest is the one closest to what the text itself talks about.
 */
function inferYear(dateline: DayOfYear, clues: DateClues): DateResolution | undefined {
  const todayIso = clues.today.toISOString().slice(0, 10);
  const thisYear = clues.today.getUTCFullYear();
  const mentioned = latestYearMentioned(clues.text, thisYear);
  const weekday = leadWeekday(clues.lead);
  const candidates: string[] = [];
  for (let year = mentioned ?? thisYear - 1; year <= thisYear; year++) {
    const date = iso(year, dateline.month, dateline.day);
    if (date && date <= todayIso) candidates.push(date);
  }
  const withWeekday = weekday === undefined ? candidates : candidates.filter((d) => getDay(parseISO(d)) === weekday);
  const why = [
    mentioned === undefined ? 'no year in the text' : `latest year in the text ${mentioned}`,
    weekday === undefined ? 'no weekday in the lead' : `lead names ${WEEKDAYS[weekday]}`,
  ].join(', ');
  if (withWeekday.length > 0) {
    const date = mentioned === undefined && weekday === undefined ? withWeekday[withWeekday.length - 1]! : withWeekday[0]!;
    return { date, source: 'inferred', note: `dateline gives day and month; year inferred (${why})` };
  }
  if (candidates.length > 0 && weekday !== undefined) {
    // The weekday fits no allowed year: trust the years, and say the weekday disagreed.
    return { date: candidates[0]!, source: 'inferred', note: `dateline gives day and month; year inferred (${why}; no allowed year matches that weekday)` };
  }
  return undefined;
}

export function resolveArticleDate(clues: DateClues): DateResolution {
  if (clues.stated) {
    const date = statedDay(clues.stated);
    if (date) return { date, source: 'stated', note: `stated by the source (${clues.stated.trim()})` };
  }
  const dl = clues.dateline;
  if (dl?.year) {
    const date = iso(dl.year, dl.month, dl.day);
    if (date) return { date, source: 'stated', note: 'stated in the dateline' };
  }
  if (dl) {
    const inferred = inferYear(dl, clues);
    if (inferred) return inferred;
  }
  return {
    date: clues.fallback.toISOString().slice(0, 10),
    source: 'unknown',
    note: 'no date in the text; the file time is used',
  };
}
