import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../src/language/sentences.js';
import { endOfPeriodBefore } from '../src/language/times/end-of-period.js';
import { extractTimes } from '../src/language/times/extract-times.js';

/** Chrono's test, run on all the text before the offset. */
const PREFIX = /\b(?:last\s+day|end)\s+of\s+(?:the\s+)?$/i;
const whole = (text: string, end: number): boolean => PREFIX.test(text.slice(0, end));

describe('the "end of" test before a date, read from a window', () => {
  it('still moves a month or a relative month to its last day', () => {
    const found = (text: string) => extractTimes(text, splitSentences(text), '2024-05-14').map((t) => [t.text, t.value]);
    expect(found('The harbour talks will run until the end of March, the council said.')).toEqual([['end of March', '2024-03-31']]);
    expect(found('The ferry lease expires on the last day of next month.')).toEqual([['last day of next month', '2024-06-30']]);
  });

  it('agrees with the test on all the text before', () => {
    const texts = ['At the end of the month', 'the last  day\n of\tthe ', 'weekend of ', 'LAST DAY OF ', 'legend of the ', 'end of', 'x.end of the\u00a0', 'the end of   '];
    for (const text of texts) for (let end = 0; end <= text.length; end++) expect(endOfPeriodBefore(text, end)).toBe(whole(text, end));
  });

  it('agrees on any text of its words and spaces', () => {
    const parts = ['end', 'last', 'day', 'of', 'the', 'weekend', 'x', ' ', '  ', '\n', '\u00a0', '\u2003', ',', 'End', 'THE'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 14 }), (chosen) => {
        const text = chosen.join('');
        for (let end = 0; end <= text.length; end++) expect(endOfPeriodBefore(text, end)).toBe(whole(text, end));
      }),
      { numRuns: 2000 },
    );
  });
});
