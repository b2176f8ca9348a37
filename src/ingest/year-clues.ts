import type { DayOfYear } from './dateline.js';

/**
 * The year of a dateline that gives only day and month ("Pyongyang, 19 June"). The year is the LATEST one
 * that fits every clue the text gives: the weekday the lead names, the years it mentions (the story is not
 * older than the latest of them), a span it states ("the first visit in 24 years … since 2000" → 2024),
 * and not after today. Where the clues disagree or leave nothing, the year is unknown: a wrong date is
 * worse than an unknown one.
 */

export interface YearClues {
  dateline: DayOfYear;
  /** Weekday the lead names (0 = Sunday), if any. */
  weekday?: number;
  /** All the article's text, for the years and spans it mentions. */
  text: string;
  today: Date;
}

export type YearAnswer = { date: string; why: string } | { date?: undefined; why: string };

/** With a weekday to check, how many years back a dateline may reach (a day's weekday recurs within 11). */
const WEEKDAY_REACH = 11;
/** With nothing but day and month, only this year or last: anything older needs a clue. */
const BARE_REACH = 1;
const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

export function isoDay(year: number, month: number, day: number): string | undefined {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  return d.toISOString().slice(0, 10);
}

/** Four-digit years the text mentions, not after this year (money and decimals left out). */
export function yearsMentioned(text: string, thisYear: number): number[] {
  const years: number[] = [];
  for (const match of text.matchAll(/(?<![\d$£€.,])\b(1[89]\d\d|20\d\d)\b(?![\d.,]\d)/g)) {
    const year = Number(match[1]);
    if (year <= thisYear) years.push(year);
  }
  return years;
}

/**
 * "the first visit in 24 years … since 2000": the year they point to. Only "in N years" counts: "for 30
 * years since 1990" tells how long something lasted, not when the story was written.
 */
export function spanYears(text: string, thisYear: number): number[] {
  const spans = [...text.matchAll(/\bin (\d{1,3}) years\b/gi)].map((m) => Number(m[1]));
  const anchors = [...text.matchAll(/\bsince (1[89]\d\d|20\d\d)\b/gi)].map((m) => Number(m[1]));
  const years = new Set<number>();
  for (const span of spans) for (const anchor of anchors) if (span > 0 && anchor + span <= thisYear) years.add(anchor + span);
  return [...years];
}

export function inferDatelineYear(clues: YearClues): YearAnswer {
  const { dateline, weekday, text, today } = clues;
  const todayIso = today.toISOString().slice(0, 10);
  const thisYear = today.getUTCFullYear();
  const mentioned = yearsMentioned(text, thisYear);
  const latestMentioned = mentioned.length ? Math.max(...mentioned) : undefined;
  const spans = spanYears(text, thisYear).filter((y) => latestMentioned === undefined || y >= latestMentioned);
  const reach = weekday === undefined ? BARE_REACH : WEEKDAY_REACH;
  const floor = latestMentioned ?? thisYear - reach;
  const reasons = [
    latestMentioned === undefined ? 'no year in the text' : `latest year in the text ${latestMentioned}`,
    ...(spans.length ? [`a span points to ${spans.join(' or ')}`] : []),
    weekday === undefined ? 'no weekday in the lead' : `lead names ${WEEKDAY_NAMES[weekday]}`,
  ];
  const fits = (year: number): string | undefined => {
    const date = isoDay(year, dateline.month, dateline.day);
    if (!date || date > todayIso) return undefined;
    if (weekday !== undefined && new Date(`${date}T00:00:00Z`).getUTCDay() !== weekday) return undefined;
    return date;
  };
  if (spans.length > 0) {
    const dates = spans.map(fits).filter((d): d is string => Boolean(d));
    if (dates.length === 1) return { date: dates[0]!, why: reasons.join(', ') };
    return { why: `${reasons.join(', ')}; ${dates.length ? 'the spans point to several years' : 'the span disagrees with the other clues'}` };
  }
  for (let year = thisYear; year >= floor; year--) {
    const date = fits(year);
    if (date) return { date, why: reasons.join(', ') };
  }
  return { why: `${reasons.join(', ')}; no year fits every clue` };
}
