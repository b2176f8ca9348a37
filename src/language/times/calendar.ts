/**
 * Plain calendar arithmetic on year/month/day numbers. Everything runs in UTC day numbers so that the
 * machine's time zone can never shift a date by one.
 */

export interface Day {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
}

const MS_PER_DAY = 86_400_000;

export function dayNumber(d: Day): number {
  return Date.UTC(d.year, d.month - 1, d.day) / MS_PER_DAY;
}

export function fromDayNumber(n: number): Day {
  const date = new Date(n * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(d: Day, days: number): Day {
  return fromDayNumber(dayNumber(d) + days);
}

/** 0 = Sunday … 6 = Saturday, as `Date.getDay()`. */
export function weekday(d: Day): number {
  return new Date(dayNumber(d) * MS_PER_DAY).getUTCDay();
}

/** `YYYY-MM-DD` (extra characters such as a time are ignored). */
export function parseDay(iso: string): Day {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) throw new Error(`not an ISO date: ${iso}`);
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function formatDay(d: Day): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

export function formatMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}`;
}

/** The ISO 8601 week (Monday first; week 1 holds the year's first Thursday), as TimeML writes it. */
export function isoWeek(d: Day): { year: number; week: number } {
  const n = dayNumber(d);
  const thursday = n - ((weekday(d) + 6) % 7) + 3;
  const year = fromDayNumber(thursday).year;
  const week = Math.floor((thursday - dayNumber({ year, month: 1, day: 1 })) / 7) + 1;
  return { year, week };
}

export function formatWeek(d: Day): string {
  const { year, week } = isoWeek(d);
  return `${pad(year, 4)}-W${pad(week)}`;
}

export function quarterOf(month: number): number {
  return Math.floor((month - 1) / 3) + 1;
}

export function formatQuarter(year: number, quarter: number): string {
  return `${pad(year, 4)}-Q${quarter}`;
}

/**
 * Meteorological seasons of the northern hemisphere, in TimeML's codes. A winter is named for the year
 * it starts in: December 2022 to February 2023 is `2022-WI`.
 */
export type Season = 'SP' | 'SU' | 'FA' | 'WI';
const SEASON_START: Record<Season, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/** First and last day of a season of a year. */
export function seasonDays(year: number, season: Season): { first: Day; last: Day } {
  const start = SEASON_START[season];
  const first = { year, month: start, day: 1 };
  const endMonth = start + 2 > 12 ? start + 2 - 12 : start + 2;
  const endYear = start + 2 > 12 ? year + 1 : year;
  return { first, last: { year: endYear, month: endMonth, day: lastDayOfMonth(endYear, endMonth) } };
}

export function seasonOf(year: number, month: number): { year: number; season: Season } {
  if (month >= 3 && month <= 5) return { year, season: 'SP' };
  if (month >= 6 && month <= 8) return { year, season: 'SU' };
  if (month >= 9 && month <= 11) return { year, season: 'FA' };
  return { year: month <= 2 ? year - 1 : year, season: 'WI' };
}

/** Months since year 0, so month arithmetic crosses year ends simply. */
export function monthIndex(year: number, month: number): number {
  return year * 12 + (month - 1);
}

export function fromMonthIndex(index: number): { year: number; month: number } {
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
