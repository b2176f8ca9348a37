/**
 * A date an article may carry: a real calendar day, not in year 0, and not more than a day after now
 * (a page's clock may run ahead of ours by hours, never by days). Anything else is rejected and the
 * article kept with its date unknown.
 */

const DAY_MS = 24 * 60 * 60 * 1000;
const EARLIEST_YEAR = 1800;

/** Why `date` (`YYYY-MM-DD` or longer) cannot be an article's date, or undefined when it can. */
export function dateProblem(date: string, now: Date): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!m) return 'not a calendar date';
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || month > 12 || day < 1 || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return 'no such day';
  if (year < EARLIEST_YEAR) return `before ${EARLIEST_YEAR}`;
  if (d.getTime() > now.getTime() + DAY_MS) return 'more than a day in the future';
  return undefined;
}
