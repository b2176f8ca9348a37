import * as chrono from 'chrono-node';

const DAY = 86_400_000;
const UNIT_DAYS: Record<string, number> = { d: 1, w: 7, m: 30, y: 365 };

const iso = (time: number) => new Date(time).toISOString().slice(0, 10);

/**
 * The `since:` option as an ISO date: `2024-05-01`, `2024-05`, `2024`, `7d`/`2w`/`3m`/`1y` back from
 * today, `today`, `yesterday`, or what chrono-node reads ("last Monday", "May 1"), leaning to the past.
 */
export function parseSince(text: string, now: Date): { date: string } | { error: string } {
  const typed = text.trim().toLowerCase();
  const full = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(typed);
  if (full) {
    const [year, month = 1, day = 1] = [Number(full[1]), Number(full[2] ?? 1), Number(full[3] ?? 1)];
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCMonth() === month - 1 && date.getUTCDate() === day) return { date: iso(date.getTime()) };
    return { error: `"${text}" is not a date.` };
  }
  const relative = /^(\d{1,4})\s*([dwmy])$/.exec(typed);
  if (relative) return { date: iso(now.getTime() - Number(relative[1]) * UNIT_DAYS[relative[2]!]! * DAY) };
  if (typed === 'today') return { date: iso(now.getTime()) };
  if (typed === 'yesterday') return { date: iso(now.getTime() - DAY) };
  // chrono finds dates inside any text; only take one that is most of what was typed.
  const found = chrono.parse(text, now, { forwardDate: false })[0];
  const parsed = found && found.text.length >= text.trim().length * 0.7 ? found.start.date() : undefined;
  if (parsed && parsed.getTime() <= now.getTime() + DAY) {
    return { date: `${parsed.getFullYear()}-${String(parsed.getMonth() + 1).padStart(2, '0')}-${String(parsed.getDate()).padStart(2, '0')}` };
  }
  return { error: `I could not read "${text}" as a date. Try 2024-05-01, 2024-05, 7d or "last Monday".` };
}
