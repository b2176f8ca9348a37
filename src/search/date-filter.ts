import * as chrono from 'chrono-node';

/**
 * Reads the date of a `from:` or `to:` filter: `2023-09-01`, `2023-09`, `2023`, `today`, `yesterday`,
 * `7d` / `2w` / `3m` / `1y` ago, or words chrono understands ("last monday", "1 September 2023").
 * Relative dates count from the injected clock's day (UTC). A month or a year is taken at its first
 * day for `from` and at its last for `to`. Returns an ISO day, or undefined when unreadable.
 */
export type DateEdge = 'start' | 'end';

const DAY = 86_400_000;

function iso(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function utcDay(date: Date): number {
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
}

function valid(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

export function resolveDate(value: string, now: Date, edge: DateEdge): string | undefined {
  const text = value.trim().toLowerCase();
  const today = utcDay(now);
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return valid(y, mo, d) ? iso(Date.UTC(y, mo - 1, d)) : undefined;
  }
  m = /^(\d{4})-(\d{1,2})$/.exec(text);
  if (m) {
    const [y, mo] = [Number(m[1]), Number(m[2])];
    if (mo < 1 || mo > 12) return undefined;
    return iso(edge === 'start' ? Date.UTC(y, mo - 1, 1) : Date.UTC(y, mo, 0));
  }
  m = /^(\d{4})$/.exec(text);
  if (m) return edge === 'start' ? `${m[1]}-01-01` : `${m[1]}-12-31`;
  if (text === 'today' || text === 'now') return iso(today);
  if (text === 'yesterday') return iso(today - DAY);
  if (text === 'tomorrow') return iso(today + DAY);
  m = /^(\d{1,4})\s*(d|days?|w|weeks?|m|months?|y|years?)(?:\s+ago)?$/.exec(text);
  if (m) {
    const n = Number(m[1]);
    const unit = m[2]![0];
    if (unit === 'd') return iso(today - n * DAY);
    if (unit === 'w') return iso(today - 7 * n * DAY);
    const back = new Date(today);
    if (unit === 'm') back.setUTCMonth(back.getUTCMonth() - n);
    else back.setUTCFullYear(back.getUTCFullYear() - n);
    return iso(back.getTime());
  }
  const parsed = chrono.parse(value, { instant: now, timezone: 0 })[0];
  if (!parsed || parsed.text.trim().length < text.length * 0.6) return undefined;
  const start = parsed.start;
  const year = start.get('year');
  const month = start.get('month');
  const day = start.get('day');
  if (year === null || month === null || day === null) return undefined;
  // "September 2023" names a month: its edge day, as with `2023-09`.
  if (!start.isCertain('day') && start.isCertain('month')) return iso(edge === 'start' ? Date.UTC(year, month - 1, 1) : Date.UTC(year, month, 0));
  return iso(Date.UTC(year, month - 1, day));
}
