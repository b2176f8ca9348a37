import type * as chrono from 'chrono-node';
import { triggerSpans, type Trigger, type TriggerSpans } from './chrono-triggers.js';

/**
 * Chrono scans every parser's pattern over the whole text, though a match can only stand near a word
 * the pattern needs (a month name, a digit, "ago"). A gate names, for a parser, such trigger words
 * and how far before the first trigger of a match the match may start (`before`, counted with
 * whitespace and digit runs at most `RUN` long). The parser's pattern is then tried only in those
 * windows, and finds exactly what its scan would have found (see `windowedExec`).
 */
interface Gate {
  /** Every match of the parser holds one of these words (or a digit). */
  trigger: Trigger;
  before: number;
  /**
   * When set, a test every match's trigger passes, of the `length` characters before it: triggers that
   * fail it are passed over (a match reads its text in full, so the whole text's characters are its own).
   */
  lead?: { pattern: RegExp; length: number };
}

/** Longest whitespace or digit run the gates' `before` allow for; a text with longer runs is scanned whole. */
const RUN = 8;

/**
 * `before` of each gate follows its pattern (quoted in part): the longest text a match can hold ahead
 * of its trigger. Parsers whose patterns open on a digit (ISO, slash and year-first dates) scan as fast
 * as the digits would be found, and have no gate.
 */
const GATES: Record<string, Gate> = {
  // (^|\s|T|\b)(?:(?:at|from)\s*)??(\d{1,4})…
  ENTimeExpressionParser: { trigger: 'digits', before: 1 + 4 + RUN },
  // (\W|^)(?:on\s{0,3})?(day)(?:\s{0,3}(?:to|-|–|until|through|till)\s{0,3}(day))?(?:-|\/|\s{0,3}(?:of)?\s{0,3})(month)…,
  // the longest day "twenty-seventh"
  ENMonthNameLittleEndianParser: { trigger: 'month', before: 1 + 5 + 14 + (3 + 7 + 3 + 14) + 8 },
  // (\W|^)(month)…
  ENMonthNameMiddleEndianParser: { trigger: 'month', before: 1 },
  // (\W|^)((?:in)\s*)?(month)…
  ENMonthNameParser: { trigger: 'month', before: 1 + 2 + RUN },
  // (\W|^)(?:(?:,|\(|（)\s*)?(?:on\s*?)?(?:(this|last|past|next)\s*)?(weekday|weekend|weekday)…
  ENWeekdayParser: { trigger: 'weekday', before: 1 + (1 + RUN) + (2 + RUN) + (4 + RUN) },
  // (\W|^)(this|last|past|next|after\s*this)\s*(unit)…
  ENRelativeDateFormatParser: { trigger: 'relativeWord', before: 1 },
  // (\W|^)(this|last|past|next|after|\+|-)\s*(number unit…)
  ENTimeUnitCasualRelativeFormatParser: { trigger: 'relative', before: 1 },
  // (\W|^)(now|today|tonight|tomorrow|overmorrow|tmr|tmrw|yesterday|last\s*night)(?=\W|$)
  ENCasualDateParser: { trigger: 'casualDate', before: 1 },
  // (\W|^)(?:this)?\s{0,3}(morning|afternoon|evening|night|midnight|midday|noon)(?=\W|$)
  ENCasualTimeParser: { trigger: 'casualTime', before: 1 + 4 + 3 },
  // (\W|^)(?:last\s+day|end)\s+of\s+(?:the\s+)?month(?=\W|$)
  ENEndOfCurrentMonthParser: { trigger: 'endOfMonth', before: 1 + (4 + RUN + 3) + RUN + 2 + RUN + (3 + RUN) },
  // (\W|^)((?:about|around)\s{0,3})?(number)\s{0,3}(unit)(?:\s{0,5},?(?:\s*and)?\s{0,5}(number)\s{0,3}(unit)){0,10}\s{0,5}(?:ago|before|earlier)…
  // a number at most "12.34" of two digit runs or "a couple of", a unit at most "quarters"
  ENTimeUnitAgoFormatParser: {
    trigger: 'ago',
    before: 1 + 9 + (2 * RUN + 1) + 3 + 8 + 10 * (5 + 1 + (RUN + 3) + 5 + (2 * RUN + 1) + 3 + 8) + 5,
    // …(number)\s{0,3}(unit)\s{0,5}(?:ago|before|earlier): its last number ends on a digit or one of these
    // words, its unit on one of these; at most 7 + 3 + 8 + 5 characters. Most "before"s follow no unit.
    lead: {
      pattern: new RegExp(
        String.raw`(?:\d|eleven|twelve|three|seven|eight|four|five|nine|one|two|six|ten|half|an?|few|several|the|couple|of)\s{0,3}` +
          String.raw`(?:quarters|seconds|minutes|quarter|second|minute|months|hours|weeks|month|years|mins|hour|days|week|year|sec|min|hrs|day|mon|mos|qtr|hr|mo|yr|s|m|h|d|w|y)\s{0,5}$`,
        'i',
      ),
      length: 32,
    },
  },
};

/** Per parse (chrono's context): where the triggers stand in its text, or null for a text with long runs. */
const spansByContext = new WeakMap<chrono.ParsingContext, TriggerSpans | null>();

function spansOf(context: chrono.ParsingContext): TriggerSpans | null {
  let spans = spansByContext.get(context);
  if (spans === undefined) spansByContext.set(context, (spans = triggerSpans(context.text, RUN)));
  return spans;
}

/** The spans of `spans` (start, end pairs) whose trigger the gate's `lead` test lets through; ends still never decrease. */
function ledSpans(spans: number[], text: string, lead: NonNullable<Gate['lead']>): number[] {
  const out: number[] = [];
  for (let i = 0; i < spans.length; i += 2) {
    const start = spans[i]!;
    if (lead.pattern.test(text.slice(Math.max(0, start - lead.length), start))) out.push(start, spans[i + 1]!);
  }
  return out;
}

/** How many positions one try covers: its pattern may start up to `reach` on from where it is tried. */
const reachOf = (gate: Gate): number => Math.min(gate.before + 8, 128);
const triesOf = new WeakMap<Gate, Map<RegExp, RegExp | null>>();

/** `pattern` tried at one position and up to the gate's reach after it, the skipped text its group 1; null for a pattern with backreferences, which that group would renumber. */
function tries(gate: Gate, pattern: RegExp): RegExp | null {
  let byPattern = triesOf.get(gate);
  if (!byPattern) triesOf.set(gate, (byPattern = new Map()));
  let t = byPattern.get(pattern);
  if (t === undefined) {
    const plain = !/\\[1-9]|\\k</.test(pattern.source);
    t = plain ? new RegExp(String.raw`([\s\S]{0,${reachOf(gate)}}?)(?:${pattern.source})`, pattern.flags.replace(/[gy]/g, '') + 'y') : null;
    byPattern.set(pattern, t);
  }
  return t;
}

/**
 * What `pattern.exec(rest)` returns, for `rest` a tail of the context's text (as chrono passes it),
 * trying the pattern only where a match may start: from `before` ahead of each trigger span to its
 * end. No match starts elsewhere, since every match has a trigger within `before` of its start; the
 * first match found is then the leftmost, and the pattern reads it as it would have (same string, so
 * the same look-arounds and `^`).
 */
function windowedExec(tries: RegExp, reach: number, spans: number[], before: number, text: string, rest: string): RegExpExecArray | null {
  const offset = text.length - rest.length;
  let lo = 0;
  let hi = spans.length >> 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[2 * mid + 1]! <= offset) lo = mid + 1;
    else hi = mid;
  }
  let pos = 0; // no match starts before
  for (let i = lo; 2 * i < spans.length; i++) {
    const start = spans[2 * i]! - offset;
    const end = spans[2 * i + 1]! - offset;
    while (pos < end) {
      const from = Math.max(pos, start - before);
      tries.lastIndex = from;
      const m = tries.exec(rest);
      if (m) {
        const skipped = m[1]!.length;
        m.splice(1, 1);
        m.index += skipped;
        m[0] = m[0].slice(skipped);
        return m;
      }
      pos = from + reach + 1;
    }
  }
  return null;
}

/** The parser, trying its pattern only near its trigger words (when it has a gate and the text allows). */
export function gatedParser(parser: chrono.Parser): chrono.Parser {
  const gate = GATES[parser.constructor.name];
  if (!gate) return parser;
  return {
    pattern: (context) => {
      const pattern = parser.pattern(context);
      const all = spansOf(context)?.[gate.trigger];
      const spans = all && gate.lead ? ledSpans(all, context.text, gate.lead) : all;
      const sticky = spans && tries(gate, pattern);
      if (!sticky) return pattern;
      const { text } = context;
      const reach = reachOf(gate);
      return { exec: (rest: string) => windowedExec(sticky, reach, spans, gate.before, text, rest) } as RegExp;
    },
    extract: (context, match) => parser.extract(context, match),
  };
}
