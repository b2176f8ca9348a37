import { addDays, dayNumber, weekday, type Day } from './calendar.js';
import { yearOfRecurring } from './lean.js';
import { anchored, norm, type TimeRule } from './rule-kit.js';
import { atDay, atWeek } from './time-value.js';

/** Easter Sunday (Gregorian computus, the anonymous algorithm). */
function easter(year: number): Day {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const h = (19 * a + b - Math.floor(b / 4) - Math.floor((8 * b + 13) / 25) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { year, month, day: ((h + l - 7 * m + 114) % 31) + 1 };
}

/** The n-th given weekday of a month (n = -1: the last). */
function nthWeekday(year: number, month: number, target: number, n: number): Day {
  if (n < 0) {
    const last = addDays({ year: month === 12 ? year + 1 : year, month: month === 12 ? 1 : month + 1, day: 1 }, -1);
    return addDays(last, -((weekday(last) - target + 7) % 7));
  }
  const first = { year, month, day: 1 };
  return addDays(first, ((target - weekday(first) + 7) % 7) + 7 * (n - 1));
}

/** Public holidays that news dates events by (US, UK and Christian calendars), as a day of a year. */
const HOLIDAYS: [RegExp, (year: number) => Day][] = [
  [/^new year'?s day$/, (y) => ({ year: y, month: 1, day: 1 })],
  [/^new year'?s eve$/, (y) => ({ year: y, month: 12, day: 31 })],
  [/^valentine'?s day$/, (y) => ({ year: y, month: 2, day: 14 })],
  [/^(?:independence day|(?:the )?fourth of july|july fourth)$/, (y) => ({ year: y, month: 7, day: 4 })],
  [/^halloween$/, (y) => ({ year: y, month: 10, day: 31 })],
  [/^(?:veterans|armistice|remembrance) day$/, (y) => ({ year: y, month: 11, day: 11 })],
  [/^christmas eve$/, (y) => ({ year: y, month: 12, day: 24 })],
  [/^christmas(?: day)?$/, (y) => ({ year: y, month: 12, day: 25 })],
  [/^boxing day$/, (y) => ({ year: y, month: 12, day: 26 })],
  [/^thanksgiving(?: day)?$/, (y) => nthWeekday(y, 11, 4, 4)],
  [/^labou?r day$/, (y) => nthWeekday(y, 9, 1, 1)],
  [/^memorial day$/, (y) => nthWeekday(y, 5, 1, -1)],
  [/^election day$/, (y) => addDays(nthWeekday(y, 11, 1, 1), 1)],
  [/^easter(?: sunday)?$/, easter],
  [/^good friday$/, (y) => addDays(easter(y), -2)],
  [/^easter monday$/, (y) => addDays(easter(y), 1)],
];
const NAMES = String.raw`new\s+year'?s\s+(?:day|eve)|valentine'?s\s+day|independence\s+day|(?:the\s+)?fourth\s+of\s+july|july\s+fourth|halloween|(?:veterans|armistice|remembrance)\s+day|christmas(?:\s+(?:eve|day))?|boxing\s+day|thanksgiving(?:\s+day)?|labou?r\s+day|memorial\s+day|election\s+day|easter(?:\s+(?:sunday|monday))?|good\s+friday`;

export const holidayRules: TimeRule[] = [
  anchored('new valentine valentines independence fourth halloween veterans armistice remembrance christmas boxing thanksgiving labor labour memorial election easter good', 3, {
    // Capitalised only: "election day" in lower case is any election's.
    gate: /year|valentine|independence|fourth|halloween|veterans|armistice|remembrance|christmas|boxing|thanksgiving|labou?r day|memorial|election day|easter|good friday/i,
    pattern: new RegExp(String.raw`\b(?:(last|this|next|this\s+past|this\s+coming)\s+)?(${NAMES})(\s+week)?\b`, 'gi'),
    resolve: (m, ctx) => {
      const name = m[2] ?? '';
      if (!/^[A-Z]/.test(name.replace(/^the\s+/i, ''))) return undefined;
      const holiday = HOLIDAYS.find(([re]) => re.test(norm(name).replace(/’/g, "'")))?.[1];
      if (!holiday) return undefined;
      const modifier = norm(m[1]);
      const today = dayNumber(ctx.ref);
      let day: Day;
      if (modifier === 'this') day = holiday(ctx.ref.year);
      else if (modifier) {
        const forward = modifier === 'next' || modifier === 'this coming';
        let y = ctx.ref.year;
        while (forward ? dayNumber(holiday(y)) <= today : dayNumber(holiday(y)) >= today) y += forward ? 1 : -1;
        day = holiday(y);
      } else {
        const lean = ctx.leanAt(m.index);
        const y = yearOfRecurring(ctx.ref, lean === 'open' ? 'nearest' : lean, holiday, holiday);
        day = holiday(y);
      }
      return m[3] ? atWeek(day) : atDay(day);
    },
  }),
];
