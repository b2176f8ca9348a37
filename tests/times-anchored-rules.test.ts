import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anaphoraRules, type AnaphoraContext } from '../src/language/times/anaphora-rules.js';
import { calendarRules } from '../src/language/times/calendar-rules.js';
import { holidayRules } from '../src/language/times/holiday-rules.js';
import { periodRules } from '../src/language/times/period-rules.js';
import { anchorVocabulary, runRules, type TimeRule } from '../src/language/times/rule-kit.js';
import { spelledYearRules } from '../src/language/times/spelled-year-rules.js';
import { vague } from '../src/language/times/time-value.js';
import { vagueRules } from '../src/language/times/vague-rules.js';
import { wordIndex } from '../src/language/times/word-index.js';

const rules: TimeRule<AnaphoraContext>[] = [...periodRules, ...calendarRules, ...spelledYearRules, ...holidayRules, ...vagueRules, ...anaphoraRules];
const anchoredRules = rules.filter((r) => r.anchors);
const ctx: AnaphoraContext = {
  ref: { year: 2024, month: 5, day: 14 },
  leanAt: () => 'past',
  aheadAt: () => false,
  sentenceAt: () => 0,
  anchors: { quarterNear: () => undefined, yearBefore: () => undefined, dayBefore: () => undefined, monthBefore: () => undefined },
};

/** Every match as a span: a rule that always resolves, run anchored or scanning the whole text. */
function spans(text: string, rule: TimeRule<AnaphoraContext>, scan: boolean): string[] {
  const always = { ...rule, ...(scan ? { anchors: undefined } : {}), resolve: () => vague('PAST_REF') };
  return runRules(text, [always], ctx, wordIndex(text, anchorVocabulary([rule]))).map((c) => text.slice(c.start, c.end));
}

describe('time rules tried only at their anchor words', () => {
  it('covers most rules, and none with a Unicode pattern (anchor words are ASCII words)', () => {
    expect(anchoredRules.length).toBeGreaterThan(30);
    for (const rule of anchoredRules) expect(rule.pattern.flags).not.toContain('u');
  });

  it('find what scanning the whole text finds', () => {
    const text =
      'In the third quarter of 1989, the fiscal 1990 first quarter and the year-ago third quarter. Last week, early this week and the week before; ' +
      'two weeks ago, this past weekend, the early summer of 2020 and in the fall. This year, the full year, earlier in the year and the end of the year. ' +
      'Three decades ago, late last March, July of next year, nineteen ninety-six, the Fourth of July, new year’s day. Right now, these\ndays, in recent ' +
      'weeks, the past, a few months ago, the near future, the next few days, at a later date, the near term, the coming days. The year-earlier period, a year ago, that same year, the following year, ' +
      'later that day, earlier in the morning, the next day and the previous month. Earlier in the current fiscal year, on Valentines Day, in the ' +
      'fiscal year 1990’s fiscal first quarter and the comparable last year’s fiscal quarter, the last year’s fiscal first fiscal quarter, early this past May.';
    for (const rule of anchoredRules) expect(spans(text, rule, false)).toEqual(spans(text, rule, true));
  });

  it('find what scanning finds on any text made of their own words, mostly in their order', () => {
    const pieces = ['1989', '2020', '3', '1st', 's', 'Q3', 'the', 'in', 'FY', 'FY2019', '12020'];
    const separators = [' ', ' ', ' ', '  ', '\n', '-', "'", '’', '. ', ', ', ''];
    for (const rule of anchoredRules) {
      // The pattern's words in the order it names them, so runs of them often read as a match.
      const words = [...(rule.pattern.source.match(/[a-z]{2,}/g) ?? []), ...pieces];
      const step = fc.tuple(fc.nat(words.length - 1), fc.constantFrom(0, 1, 1, 1, 1, 1, 1, 2, 3, 7), fc.constantFrom(...separators), fc.constantFrom('lower', 'upper', 'title'));
      fc.assert(
        fc.property(fc.array(step, { maxLength: 10 }), (steps) => {
          let at = 0;
          const text = steps
            .map(([jump, next, sep, shape], i) => {
              at = i === 0 || next === 7 ? jump : (at + next) % words.length;
              const w = words[at]!;
              return (shape === 'upper' ? w.toUpperCase() : shape === 'title' ? w.charAt(0).toUpperCase() + w.slice(1) : w) + sep;
            })
            .join('');
          expect(spans(text, rule, false)).toEqual(spans(text, rule, true));
        }),
        { numRuns: 400 },
      );
    }
  });
});
