import { dayNumber, formatDay, formatMonth, fromDayNumber, seasonDays, weekday, type Season } from '../language/times/calendar.js';

/**
 * A sortable form of a calendar value of any granularity: days and months sort as written, and a week,
 * quarter, season or decade sorts at its first month, so "2023-W37" falls among September's days.
 */
export function timeSortKey(value: string, articleDate = ''): string {
  // Vague references sit at the article's date: "now" on it, a plan with no date just after it.
  if (value === 'FUTURE_REF') return `${articleDate}~`;
  if (value === 'PRESENT_REF' || value === 'PAST_REF') return articleDate;
  const week = /^(\d{4})-W(\d{2})$/.exec(value);
  if (week) {
    // ISO week 1 holds 4 January; its Monday starts the count.
    const jan4 = { year: Number(week[1]), month: 1, day: 4 };
    const monday = dayNumber(jan4) - ((weekday(jan4) + 6) % 7);
    return formatDay(fromDayNumber(monday + (Number(week[2]) - 1) * 7));
  }
  const quarter = /^(\d{4})-Q([1-4])$/.exec(value);
  if (quarter) return formatMonth(Number(quarter[1]), Number(quarter[2]) * 3 - 2);
  const season = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value);
  if (season) return formatMonth(Number(season[1]), seasonDays(Number(season[1]), season[2] as Season).first.month);
  if (/^\d{3}$/.test(value)) return `${value}0`;
  return value;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** How a timeline shows a date: days as written, months and others spelt out ("April 2019", "the 1990s"). */
export function timeLabel(value: string, articleDate = ''): string {
  const vague: Record<string, string> = { FUTURE_REF: `after ${articleDate}`, PRESENT_REF: `now, ${articleDate}`, PAST_REF: `before ${articleDate}` };
  if (vague[value]) return vague[value]!.replace(/[, ]+$/, '');
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (month) return `${MONTHS[Number(month[2]) - 1] ?? month[2]} ${month[1]}`;
  if (/^\d{3}$/.test(value)) return `the ${value}0s`;
  if (/^\d{4}-W\d{2}$/.test(value)) return `week of ${timeSortKey(value)}`;
  const season = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value);
  if (season) return `${{ SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' }[season[2] as 'SP']} ${season[1]}`;
  return value;
}
