import type { Granularity } from '../analysis.js';
import {
  formatDay,
  formatMonth,
  formatQuarter,
  formatWeek,
  quarterOf,
  seasonOf,
  type Day,
  type Season,
} from './calendar.js';

/** A resolved value in TimeML's notation together with how much of the calendar it pins down. */
export interface TimeValue {
  value: string;
  granularity: Granularity;
}

export type VagueReference = 'PAST_REF' | 'PRESENT_REF' | 'FUTURE_REF';

export const atDay = (d: Day): TimeValue => ({ value: formatDay(d), granularity: 'day' });
export const atWeek = (d: Day): TimeValue => ({ value: formatWeek(d), granularity: 'week' });
export const atMonth = (year: number, month: number): TimeValue => ({ value: formatMonth(year, month), granularity: 'month' });
export const atQuarter = (year: number, quarter: number): TimeValue => ({ value: formatQuarter(year, quarter), granularity: 'quarter' });
export const atSeason = (year: number, season: Season): TimeValue => ({ value: `${year}-${season}`, granularity: 'season' });
export const atYear = (year: number): TimeValue => ({ value: String(year), granularity: 'year' });
/** `decadeStart` 1990 → `199`, TimeML's value for "the 1990s". */
export const atDecade = (decadeStart: number): TimeValue => ({ value: String(Math.floor(decadeStart / 10)), granularity: 'decade' });
export const vague = (reference: VagueReference): TimeValue => ({ value: reference, granularity: 'vague' });

/** The days, months and years a value covers, as far as they are single: enough to coarsen it. */
interface Parts {
  day?: Day;
  year?: number;
  month?: number;
  quarter?: number;
  season?: { year: number; season: Season };
}

function partsOf(v: TimeValue): Parts | undefined {
  const s = v.value;
  let m: RegExpExecArray | null;
  switch (v.granularity) {
    case 'day':
      m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
      if (m) {
        const day = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
        return { day, year: day.year, month: day.month, quarter: quarterOf(day.month), season: seasonOf(day.year, day.month) };
      }
      return undefined;
    case 'week':
      // A week can straddle months and quarters; only its ISO year is certain.
      m = /^(\d{4})-W(\d{2})$/.exec(s);
      return m ? { year: Number(m[1]) } : undefined;
    case 'month':
      m = /^(\d{4})-(\d{2})$/.exec(s);
      if (m) {
        const month = Number(m[2]);
        return { year: Number(m[1]), month, quarter: quarterOf(month), season: seasonOf(Number(m[1]), month) };
      }
      return undefined;
    case 'quarter':
      m = /^(\d{4})-Q([1-4])$/.exec(s);
      return m ? { year: Number(m[1]), quarter: Number(m[2]) } : undefined;
    case 'season': {
      m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(s);
      if (!m) return undefined;
      const season = { year: Number(m[1]), season: m[2] as Season };
      // A winter runs into the next year, so it pins no single year down.
      return season.season === 'WI' ? { season } : { season, year: season.year };
    }
    case 'year':
      return /^\d{4}$/.test(s) ? { year: Number(s) } : undefined;
    default:
      return undefined;
  }
}

/**
 * The value at a coarser (or the same) granularity: `2023-09-13` as a quarter is `2023-Q3`. Undefined
 * when the value does not pin the target down (a month says nothing of the day).
 */
export function coarsen(v: TimeValue, to: Granularity): string | undefined {
  if (v.granularity === to) return v.value;
  if (v.granularity === 'vague' || to === 'vague') return undefined;
  if (v.granularity === 'decade') return undefined;
  const p = partsOf(v);
  if (!p) return undefined;
  switch (to) {
    case 'day':
      return undefined;
    case 'week':
      return p.day ? formatWeek(p.day) : undefined;
    case 'month':
      return p.year !== undefined && p.month !== undefined ? formatMonth(p.year, p.month) : undefined;
    case 'quarter':
      return p.year !== undefined && p.quarter !== undefined ? formatQuarter(p.year, p.quarter) : undefined;
    case 'season':
      return p.season ? `${p.season.year}-${p.season.season}` : undefined;
    case 'year':
      return p.year !== undefined ? String(p.year) : undefined;
    case 'decade':
      return p.year !== undefined ? String(Math.floor(p.year / 10)) : undefined;
  }
}
