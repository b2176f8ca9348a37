import { addDays, fromMonthIndex, monthIndex } from './calendar.js';
import type { Anchors } from './anchors.js';
import { quarterFrom } from './period-rules.js';
import { anchored, YEAR, type RuleContext, type TimeRule } from './rule-kit.js';
import { atDay, atMonth, atQuarter, atYear, type TimeValue } from './time-value.js';

/** Rules that resolve against expressions named earlier in the article. */
export interface AnaphoraContext extends RuleContext {
  anchors: Anchors;
}

const shiftQuarter = (q: { year: number; quarter: number }, by: number): TimeValue => {
  const index = q.year * 4 + q.quarter - 1 + by;
  return atQuarter(Math.floor(index / 4), (index % 4) + 1);
};

/** "a year earlier" is the named quarter a year before in a report on a quarter; else the day a year before. */
function yearAgo(m: RegExpExecArray, ctx: AnaphoraContext): TimeValue {
  const q = ctx.anchors.quarterNear(m.index);
  if (q) return shiftQuarter(q, -4);
  return atDay({ ...ctx.ref, year: ctx.ref.year - 1, day: ctx.ref.month === 2 && ctx.ref.day === 29 ? 28 : ctx.ref.day });
}

export const anaphoraRules: TimeRule<AnaphoraContext>[] = [
  {
    gate: /quarter|period/i,
    pattern: /\b(?:the|that)\s+((?:same\s+|latest\s+|most\s+recent\s+|recent\s+|comparable\s+|fiscal\s+)*)(quarter|period)\b/gi,
    resolve: (m, ctx) => {
      const q = ctx.anchors.quarterNear(m.index);
      const completed = quarterFrom(ctx.ref, -1);
      // "the latest quarter" is one already over; an anchor still running is not it.
      if (q && !(/latest|recent/i.test(m[1] ?? '') && atQuarter(q.year, q.quarter).value > completed.value)) return atQuarter(q.year, q.quarter);
      return m[2]?.toLowerCase() === 'quarter' || /latest|recent/i.test(m[1] ?? '') ? completed : undefined;
    },
  },
  anchored('quarter period', 6, {
    gate: /quarter|period/i,
    pattern:
      /\b(?:the\s+)?(?:comparable\s+|corresponding\s+|same\s+)?(?:year[-\s]ago|year[-\s]earlier|year[-\s]before|prior[-\s]year|previous[-\s]year|last[-\s]year['’]s)\s+(?:fiscal\s+)?(?:quarter|period)\b|\bthe\s+(?:same|corresponding|comparable)\s+(?:quarter|period)\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year|(?:of\s+)?the\s+(?:previous|prior)\s+year)\b/gi,
    resolve: (m, ctx) => {
      const q = ctx.anchors.quarterNear(m.index);
      return q ? shiftQuarter(q, -4) : quarterFrom(ctx.ref, -5);
    },
  }),
  anchored('year', 1, {
    gate: /year/i,
    pattern: /\b(?:a\s+)?year[-\s](?:earlier|ago|before)\b/gi,
    resolve: (m, ctx) => yearAgo(m, ctx),
  }),
  anchored('quarter period', 3, {
    gate: /quarter|period/i,
    pattern: new RegExp(String.raw`\bthe\s+(${YEAR})\s+(?:fiscal\s+)?(?:quarter|period)\b`, 'gi'),
    resolve: (m, ctx) => {
      const q = ctx.anchors.quarterNear(m.index);
      return q ? atQuarter(Number(m[1]), q.quarter) : atYear(Number(m[1]));
    },
  }),
  anchored('year', 2, {
    gate: /year/i,
    pattern: /\b(?:that|the\s+same)\s+year\b/gi,
    resolve: (m, ctx) => {
      const y = ctx.anchors.yearBefore(m.index);
      return y === undefined ? undefined : atYear(y);
    },
  }),
  anchored('year', 2, {
    gate: /year/i,
    pattern: /\bthe\s+(following|next|subsequent|previous|prior|preceding)\s+year\b/gi,
    resolve: (m, ctx) => {
      const by = /^(?:following|next|subsequent)$/i.test(m[1] ?? '') ? 1 : -1;
      return atYear((ctx.anchors.yearBefore(m.index) ?? ctx.ref.year) + by);
    },
  }),
  anchored('day morning afternoon evening night', 3, {
    // "later that day", "the same evening": the day named before.
    gate: /day|morning|afternoon|evening|night/i,
    pattern: /\b(?:(?:earlier|later)\s+)?(?:that|the\s+same)\s+(?:day|morning|afternoon|evening|night)\b/gi,
    resolve: (m, ctx) => {
      const day = ctx.anchors.dayBefore(m.index);
      return day ? atDay(day) : undefined;
    },
  }),
  anchored('earlier later', 0, {
    gate: /day|morning|afternoon|evening|night/i,
    pattern: /\b(?:earlier|later)\s+in\s+the\s+(?:day|morning|afternoon|evening)\b/gi,
    resolve: (m, ctx) => atDay(ctx.anchors.dayBefore(m.index) ?? ctx.ref),
  }),
  anchored('day morning afternoon evening night', 2, {
    gate: /day|morning|afternoon|evening|night/i,
    pattern: /\bthe\s+(next|following|previous|preceding)\s+(?:day|morning|afternoon|evening|night)\b/gi,
    resolve: (m, ctx) => {
      const day = ctx.anchors.dayBefore(m.index);
      return day ? atDay(addDays(day, /^(?:next|following)$/i.test(m[1] ?? '') ? 1 : -1)) : undefined;
    },
  }),
  anchored('month', 2, {
    gate: /month/i,
    pattern: /\b(?:(that|the\s+same)|the\s+(following|next|subsequent)|the\s+(previous|preceding|prior))\s+month\b/gi,
    resolve: (m, ctx) => {
      const anchor = ctx.anchors.monthBefore(m.index);
      if (!anchor) return undefined;
      const to = fromMonthIndex(monthIndex(anchor.year, anchor.month) + (m[2] ? 1 : m[3] ? -1 : 0));
      return atMonth(to.year, to.month);
    },
  }),
];
