import { addDays, dayNumber, quarterOf, seasonDays, weekday, type Day, type Season } from './calendar.js';
import { nearestWeekday, yearNotYetPast, yearOfRecurring } from './lean.js';
import { anchored, NUMBER_WORD, ORDINAL, YEAR, countNumber, norm, ordinalNumber, type RuleContext, type TimeRule } from './rule-kit.js';
import { atDecade, atQuarter, atSeason, atWeek, type TimeValue } from './time-value.js';

const FISCAL = String.raw`(?:(?:fiscal|calendar)[-\s]+)?`;

function quarterLeaning(quarter: number, ctx: RuleContext, offset: number): TimeValue {
  const first = (y: number): Day => ({ year: y, month: quarter * 3 - 2, day: 1 });
  const last = (y: number): Day => addDays({ year: y + (quarter === 4 ? 1 : 0), month: quarter === 4 ? 1 : quarter * 3 + 1, day: 1 }, -1);
  const ahead = ctx.aheadAt(offset) ? yearNotYetPast(ctx.ref, first, last) : undefined;
  if (ahead !== undefined) return atQuarter(ahead, quarter);
  return atQuarter(yearOfRecurring(ctx.ref, ctx.leanAt(offset) === 'future' ? 'future' : 'past', first, last), quarter);
}

/** The quarter `shift` quarters from the article's own. */
export function quarterFrom(ref: Day, shift: number): TimeValue {
  const index = ref.year * 4 + quarterOf(ref.month) - 1 + shift;
  return atQuarter(Math.floor(index / 4), (index % 4) + 1);
}

const SEASONS: Record<string, Season> = { spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI' };

function seasonRelative(season: Season, modifier: string, ctx: RuleContext, offset: number): TimeValue {
  const ref = ctx.ref;
  const today = dayNumber(ref);
  if (modifier === 'this') return atSeason(season === 'WI' && ref.month <= 2 ? ref.year - 1 : ref.year, season);
  if (modifier === 'next' || modifier === 'this coming' || modifier === 'coming') {
    const y = dayNumber(seasonDays(ref.year, season).first) > today ? ref.year : ref.year + 1;
    return atSeason(y, season);
  }
  if (modifier) {
    // "last summer", "this past spring": the latest one already over.
    let y = ref.year;
    while (dayNumber(seasonDays(y, season).last) >= today) y--;
    return atSeason(y, season);
  }
  const first = (yy: number): Day => seasonDays(yy, season).first;
  const last = (yy: number): Day => seasonDays(yy, season).last;
  const ahead = ctx.aheadAt(offset) ? yearNotYetPast(ref, first, last) : undefined;
  if (ahead !== undefined) return atSeason(ahead, season);
  return atSeason(yearOfRecurring(ref, ctx.leanAt(offset) === 'future' ? 'future' : 'past', first, last), season);
}

/** "the '80s" in a 1998 article is the 1980s; "the '20s" in 2023 the 2020s. */
function decadeOfTwoDigits(tens: number, ref: Day): number {
  const century = Math.floor(ref.year / 100) * 100;
  return century + tens * 10 <= ref.year ? century + tens * 10 : century - 100 + tens * 10;
}
const DECADE_WORDS = ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'];

/** Quarters, weeks, weekends, seasons and decades: periods chrono has no component for. */
export const periodRules: TimeRule[] = [
  anchored('quarter', 4, {
    // "the third quarter of 1989", "the fourth fiscal quarter of fiscal 1990"
    gate: /quarter|Q[1-4]/i,
    pattern: new RegExp(String.raw`\b(?:the\s+)?${FISCAL}(${ORDINAL}|last)[-\s]+${FISCAL}quarter\s+of\s+(?:the\s+)?(?:(?:fiscal|calendar)\s+(?:year\s+)?)?(${YEAR})\b`, 'gi'),
    resolve: (m) => atQuarter(Number(m[2]), m[1]?.toLowerCase() === 'last' ? 4 : ordinalNumber(m[1] ?? '')),
  }),
  anchored('quarter', 7, {
    // "the 1988 third quarter", "fiscal 1990's first quarter"
    gate: /quarter|Q[1-4]/i,
    pattern: new RegExp(String.raw`\b(?:the\s+)?(?:fiscal\s+(?:year\s+)?)?(${YEAR})(?:'s)?\s+${FISCAL}(${ORDINAL})[-\s]+quarter\b`, 'gi'),
    resolve: (m) => atQuarter(Number(m[1]), ordinalNumber(m[2] ?? '')),
  }),
  anchored('quarter', 7, {
    // "the year-ago third quarter", "next year's first quarter"
    gate: /quarter|Q[1-4]/i,
    pattern: new RegExp(String.raw`\b(?:the\s+)?(year[-\s]ago|year[-\s]earlier|prior[-\s]year|last\s+year['’]s|this\s+year['’]s|next\s+year['’]s)\s+${FISCAL}(${ORDINAL})[-\s]+${FISCAL}quarter\b`, 'gi'),
    resolve: (m, ctx) => {
      const quarter = ordinalNumber(m[2] ?? '');
      const w = norm(m[1]);
      if (w.startsWith('last')) return atQuarter(ctx.ref.year - 1, quarter);
      if (w.startsWith('this')) return atQuarter(ctx.ref.year, quarter);
      if (w.startsWith('next')) return atQuarter(ctx.ref.year + 1, quarter);
      return atQuarter(Number(quarterLeaning(quarter, ctx, m.index).value.slice(0, 4)) - 1, quarter);
    },
  }),
  {
    gate: /quarter|Q[1-4]/i,
    pattern: new RegExp(String.raw`\b(?:(${YEAR})\s*)?Q([1-4])(?:\s*(?:of\s+)?(${YEAR}))?\b`, 'g'),
    resolve: (m, ctx) => (m[1] || m[3] ? atQuarter(Number(m[1] || m[3]), Number(m[2])) : quarterLeaning(Number(m[2]), ctx, m.index)),
  },
  anchored('quarter', 4, {
    // "third-quarter", "the fiscal first quarter": this year's if it has begun, else last year's.
    gate: /quarter|Q[1-4]/i,
    pattern: new RegExp(String.raw`\b(?:the\s+)?${FISCAL}(${ORDINAL})[-\s]+${FISCAL}quarter\b`, 'gi'),
    resolve: (m, ctx) => quarterLeaning(ordinalNumber(m[1] ?? ''), ctx, m.index),
  }),
  anchored('quarter', 3, {
    gate: /quarter|Q[1-4]/i,
    pattern: /\b(?:the\s+)?(last|past|previous|prior|preceding|this|current|present|next|coming)\s+(?:fiscal\s+)?quarter\b/gi,
    resolve: (m, ctx) => {
      const w = norm(m[1]);
      return quarterFrom(ctx.ref, ['this', 'current', 'present'].includes(w) ? 0 : ['next', 'coming'].includes(w) ? 1 : -1);
    },
  }),
  anchored('week', 4, {
    // "last week", "early this week"; "the past week" is a duration, not a calendar week.
    gate: /week/i,
    pattern: /\b(?:(?:early|late|earlier|later)\s+(?:in\s+)?)?(this|last|next|the\s+previous|the\s+following|the\s+coming)\s+week\b(?![-\s]?end)/gi,
    resolve: (m, ctx) => {
      const w = norm(m[1]);
      return atWeek(addDays(ctx.ref, w === 'this' ? 0 : w === 'last' || w === 'the previous' ? -7 : 7));
    },
  }),
  anchored('week', 3, {
    // "for the week": the week the article is in.
    gate: /week/i,
    pattern: /\b(?:(?:early|late|earlier|later)\s+(?:in\s+)?)?the\s+week\b(?!\s+(?:of|before|after|earlier|later|ended|ending|to|through|in|that)\b)(?![-\s]?end|s\b|'(?!s\b))/gi,
    resolve: (_m, ctx) => atWeek(ctx.ref),
  }),
  anchored('week weeks', 1, {
    gate: /week/i,
    pattern: new RegExp(String.raw`\b(${NUMBER_WORD})\s+weeks?\s+(?:ago|earlier|before)\b`, 'gi'),
    resolve: (m, ctx) => atWeek(addDays(ctx.ref, -7 * countNumber(m[1] ?? ''))),
  }),
  anchored('weekend', 2, {
    gate: /weekend/i,
    pattern: /\b(the|this|last|next|the\s+past|the\s+previous|the\s+coming)\s+weekend\b/gi,
    resolve: (m, ctx) => {
      const w = norm(m[1]);
      const onWeekend = [0, 6].includes(weekday(ctx.ref));
      const lean = w === 'next' || w === 'the coming' ? 'future' : w === 'the' || w === 'this' ? ctx.leanAt(m.index) : 'past';
      let saturday = nearestWeekday(ctx.ref, 6, lean);
      if (onWeekend && (w === 'last' || w === 'the past' || w === 'the previous')) saturday = addDays(saturday, -7);
      return atWeek(saturday);
    },
  }),
  anchored('spring summer autumn fall winter', 2, {
    gate: /spring|summer|autumn|fall|winter/i,
    pattern: new RegExp(String.raw`\b(?:the\s+)?(?:(?:early|late|mid)[-\s]+)?(spring|summer|autumn|fall|winter)\s+(?:of\s+)?(${YEAR})\b`, 'gi'),
    resolve: (m) => atSeason(Number(m[2]), SEASONS[norm(m[1])] ?? 'SU'),
  }),
  anchored('spring summer autumn fall winter', 3, {
    gate: /spring|summer|autumn|fall|winter/i,
    pattern: /\b(?:(?:early|late|mid)[-\s]+)?(last|this\s+past|past|this|next|this\s+coming|coming)\s+(spring|summer|autumn|fall|winter)\b/gi,
    resolve: (m, ctx) => seasonRelative(SEASONS[norm(m[2])] ?? 'SU', norm(m[1]), ctx, m.index),
  }),
  anchored('spring summer autumn fall winter', 2, {
    // A bare season only after a preposition ("in the spring") or "the": "spring" and "fall" are common
    // words, and "the fall" is too ("the fall of the Berlin Wall", "the fall in prices").
    gate: /spring|summer|autumn|fall|winter/i,
    pattern:
      /(?<=\b(?:in|during|by|before|until|through|throughout|over|since|into)\s+)(?:the\s+)?(?:(?:early|late|mid)[-\s]+)?(spring|summer|autumn|fall|winter)\b(?!\s+(?:of|and)\b)|\bthe\s+(?:(?:early|late|mid)[-\s]+)?(spring|summer|autumn|winter)\b(?!\s+(?:of|and)\b)/gi,
    resolve: (m, ctx) => seasonRelative(SEASONS[norm(m[1] ?? m[2])] ?? 'SU', '', ctx, m.index),
  }),
  {
    gate: /0'?s|0’s/,
    pattern: /\b(?:the\s+)?(?:(?:early|mid|late)[-\s]?)?(1[6-9]\d0|20\d0)'?s\b/gi,
    resolve: (m) => atDecade(Number(m[1])),
  },
  {
    gate: /0'?s|0’s/,
    pattern: /\b(?:the\s+)?(?:(?:early|mid|late)[-\s]?)?['’](\d)0s\b/gi,
    resolve: (m, ctx) => atDecade(decadeOfTwoDigits(Number(m[1]), ctx.ref)),
  },
  anchored(DECADE_WORDS.join(' '), 2, {
    gate: /ties\b/i,
    pattern: /\bthe\s+(?:(?:early|mid|late)[-\s])?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b/gi,
    resolve: (m, ctx) => atDecade(decadeOfTwoDigits(DECADE_WORDS.indexOf(norm(m[1])) + 2, ctx.ref)),
  }),
];
