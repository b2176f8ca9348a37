import { resolveDate } from '../search/date-filter.js';

/**
 * The `since:` option as an ISO date. It reads exactly what `/search`'s `from:` reads (`2024-05-01`,
 * `2024-05`, `2024`, `today`, `yesterday`, `7d`/`2w`/`3m`/`1y`, "last Monday"), counted from the
 * injected clock's day, so members learn one date syntax. A day still to come is refused: nothing can
 * be news since then, and chrono reads some words ("Friday") forwards.
 */
export function parseSince(text: string, now: Date): { date: string } | { error: string } {
  const date = resolveDate(text, now, 'start');
  if (!date) return { error: `I could not read "${text}" as a date. Try 2024-05-01, 2024-05, 7d or "last Monday".` };
  if (date > now.toISOString().slice(0, 10)) return { error: `${date} has not happened yet: since: takes a day in the past.` };
  return { date };
}
