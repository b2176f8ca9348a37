import * as chrono from 'chrono-node';
import { lastDayOfMonth, type Day } from './calendar.js';
import type { Candidate } from './candidate.js';
import { gatedParser } from './chrono-gates.js';
import { windowedEndOfPeriod } from './end-of-period.js';
import { knownTimezonesOnly } from './timezone-suffix.js';
import { nearestWeekday, yearNotYetPast, yearOfRecurring, type Lean } from './lean.js';
import { atDay, atMonth, atYear, vague, type TimeValue } from './time-value.js';

/** Chrono's casual English parsers, less those whose readings we drop anyway ("within a week", "3 days later"). */
const parser = chrono.en.casual.clone();
const UNUSED_PARSERS = new Set(['ENTimeUnitWithinFormatParser', 'ENTimeUnitLaterFormatParser']);
parser.parsers = parser.parsers.filter((p) => !UNUSED_PARSERS.has(p.constructor.name)).map(gatedParser);
/** Refiners that read around every result, handed only the results they could change. */
const NARROWED: Record<string, (r: chrono.Refiner) => chrono.Refiner> = {
  ENEndOfPeriodRefiner: windowedEndOfPeriod,
  ExtractTimezoneAbbrRefiner: knownTimezonesOnly,
};
parser.refiners = parser.refiners.map((r) => NARROWED[r.constructor.name]?.(r) ?? r);

/** Bare period words ("the year", "in the day") that chrono reads as a shift of one unit: noise in news. */
const BARE_UNIT = /^(?:the|a|an|one)\s+(?:day|week|month|year)s?$/i;
/** A time of day needs a clock word: chrono reads "fell 10 to 250" and "$3.625 a share" as times. */
const CLOCK = /\d:\d|\b(?:[ap]\.?m\b|o'clock|noon|midday|midnight|mid-?(?:morning|afternoon)|tonight|today|tomorrow|yesterday|now)|\b(?:this|that|the|last|tomorrow|yesterday)\s+(?:morning|afternoon|evening|night)\b/i;
/** Weekdays written out: "Sun" and "sat" are a company and a verb. */
const WEEKDAY_NAME = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;
/** Month names must be capitalised: "may", "march" are verbs. */
const MONTH_WORD = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/i;
/** Durations and offsets from an event, not dates: "for two days", "within a week", "13 days after". */
const NOT_A_DATE = /^(?:for|within)\b|\b(?:after|before|later)$|^\d{1,2}\/\d{1,2}$/i;
/** Chrono already applied an explicit "last/next/this" to a weekday; only bare weekdays are re-leaned. */
const WEEKDAY_MODIFIER = /\b(?:last|next|this|past|coming)\b/i;
/** Words before an expression that belong to it ("late Tuesday", "early this week"). */
const LEFT_MODIFIER = /\b(?:late|early|mid|earlier|later)[\s-]+$/i;
/** Where chrono's range "Sept. 14 to Thursday" divides. */
const RANGE_SEPARATOR = /\s*(?:-|–|—|\bto\b|\bthrough\b|\bthru\b|\buntil\b|\btill\b)\s*/i;

function trimmed(start: number, text: string): { start: number; end: number } {
  const lead = /^[\s,(（]*(?:(?:on|in|at|by|of|from|since|until)\s+)?/i.exec(text)?.[0].length ?? 0;
  const tail = /[\s,.)）;:]*$/.exec(text.slice(lead))?.[0].length ?? 0;
  return { start: start + lead, end: start + text.length - tail };
}

/**
 * `leanOf` and `aheadOf` are asked only by the readings that need them (a bare weekday, a month alone):
 * most readings name their year and never pay for the sentence scans behind them.
 */
function resolve(c: chrono.ParsedComponents, text: string, ref: Day, leanOf: () => Lean, aheadOf: () => boolean): TimeValue | undefined {
  if (c.tags().has('casualReference/now')) return vague('PRESENT_REF');
  const year = c.get('year');
  const month = c.get('month');
  const day = c.get('day');
  if (year === null || month === null || day === null) return undefined;
  const known = (k: chrono.Component) => c.isCertain(k);
  const monthWord = MONTH_WORD.exec(text)?.[0];
  if (monthWord && /^[a-z]/.test(monthWord)) return undefined;
  if (known('weekday') && !known('day')) {
    if (!WEEKDAY_NAME.test(text)) return undefined;
    if (!WEEKDAY_MODIFIER.test(text)) return atDay(nearestWeekday(ref, c.get('weekday') ?? 0, leanOf()));
  }
  if (known('year')) {
    if (known('day')) return atDay({ year, month, day });
    if (known('month')) return atMonth(year, month);
    return atYear(year);
  }
  if (known('month') && known('day')) {
    // A date named to the day is news of the days around the article, before or after it.
    const y = yearOfRecurring(ref, 'nearest', (yy) => ({ year: yy, month, day }), (yy) => ({ year: yy, month, day }));
    return atDay({ year: y, month, day: Math.min(day, lastDayOfMonth(y, month)) });
  }
  if (known('month')) {
    const first = (yy: number): Day => ({ year: yy, month, day: 1 });
    const last = (yy: number): Day => ({ year: yy, month, day: lastDayOfMonth(yy, month) });
    // "by July" in May is this July; a month alone in a sentence with no past-tense verb ("the summit
    // in April") is the nearest one.
    const coming = aheadOf() ? yearNotYetPast(ref, first, last) : undefined;
    if (coming !== undefined) return atMonth(coming, month);
    const lean = leanOf();
    return atMonth(yearOfRecurring(ref, lean === 'open' ? 'nearest' : lean, first, last), month);
  }
  if (!known('day') && !known('weekday') && !CLOCK.test(text)) return undefined;
  // A time of day, "tonight", "this morning": chrono places it on the reference day or beside it.
  return atDay({ year, month, day });
}

/** One result's pieces: a range "Aug. 26 to Oct. 20" gives its two ends; a sentence end cuts it. */
function pieces(result: chrono.ParsedResult, offset: number): { index: number; text: string; components: chrono.ParsedComponents }[] {
  let text = result.text;
  const index = result.index + offset;
  // A full stop after "p.m." or "Tues." is no sentence end.
  const boundary = /(?<!\b[ap]\.m|\b[A-Z][a-z]{0,4})[.!?]\s+(?=[A-Z])/.exec(text);
  if (boundary) text = text.slice(0, boundary.index + 1);
  const separator = result.end && !boundary ? RANGE_SEPARATOR.exec(text) : null;
  if (!separator || !result.end) return [{ index, text, components: result.start }];
  const right = separator.index + separator[0].length;
  return [
    { index, text: text.slice(0, separator.index), components: result.start },
    { index: index + right, text: text.slice(right), components: result.end },
  ];
}

/** Chrono's time grows faster than its input (400 KB took 1.8 s whole, 0.4 s in pieces): it reads pieces this long. */
export const CHRONO_PIECE = 8000;

/** Where the text is cut for chrono: at the last line break before the limit, else the last space; never inside a word. */
export function chronoPieces(text: string, limit = CHRONO_PIECE): { offset: number; text: string }[] {
  const out: { offset: number; text: string }[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + limit);
    if (end < text.length) {
      const line = text.lastIndexOf('\n', end - 1);
      const space = text.lastIndexOf(' ', end - 1);
      end = line >= start ? line + 1 : space >= start ? space + 1 : end;
    }
    out.push({ offset: start, text: text.slice(start, end) });
    start = end;
  }
  return out;
}

/**
 * Chrono's reading of the text in bounded pieces cut at paragraph breaks (a date never spans one),
 * re-leaned to the past as news is, with spans trimmed of prepositions and stretched over "late"/"early".
 */
export function chronoCandidates(text: string, ref: Day, leanAt: (offset: number) => Lean, aheadAt: (offset: number) => boolean): Candidate[] {
  const reference = new Date(ref.year, ref.month - 1, ref.day, 12);
  const out: Candidate[] = [];
  const results = chronoPieces(text).flatMap((part) =>
    parser.parse(part.text, reference, { forwardDate: false }).map((result) => ({ result, offset: part.offset })),
  );
  for (const { result, offset } of results) {
    for (const piece of pieces(result, offset)) {
      const span = trimmed(piece.index, piece.text);
      const end = span.end;
      let start = span.start;
      const spanText = text.slice(start, end);
      if (!spanText || BARE_UNIT.test(spanText) || NOT_A_DATE.test(piece.text.trim()) || /[$\d.,]/.test(text[start - 1] ?? '')) continue;
      const at = start;
      const value = resolve(piece.components, spanText, ref, () => leanAt(at), () => aheadAt(at));
      if (!value) continue;
      const modifier = LEFT_MODIFIER.exec(text.slice(Math.max(0, start - 12), start));
      if (modifier) start -= modifier[0].length;
      out.push({ start, end, value, source: 'chrono' });
    }
  }
  return out;
}
