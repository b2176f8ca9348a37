import * as chrono from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../src/language/sentences.js';
import { gatedParser } from '../src/language/times/chrono-gates.js';
import { extractTimes } from '../src/language/times/extract-times.js';

const found = (text: string) => extractTimes(text, splitSentences(text), '2024-05-14').map((t) => [t.text, t.value]);

/** Phrases every gated parser reads, and near-misses, to be joined in many orders and spacings. */
const PHRASES = [
  'three years, two months and 5 days ago', 'a couple of weeks earlier', 'the day before', '12.5 hours ago', 'Chicago',
  'on the twenty-seventh to thirtieth of March 2021', '12march', '1st of Sept. 99', 'March 3-5, 2020', 'in  May', '2019 of June',
  'summary', 'innovation', 'on Monday', ', this  Tues.)', 'last weekend', 'the weekday', 'money', 'next 3 months', '- 2 weeks',
  'after this year', 'tonight', 'last   night', 'tmrw', 'overmorrow', 'now', 'midnight', 'this  morning', 'noon', 'end of the month',
  'last day of  month', 'at 3:30 p.m.', 'from 10 to 11 am', '5 o clock', 'T12:00', '2024-05-14T09:30:00Z', '2024/05/14', '5/14/2024',
  'shortly before', 'half an hour earlier', 'a few     days before', '3hrs ago', 'several years  earlier', 'dragons',
  '12/2023', '14.05.2024', '1234567', 'the 1990s', '$3.625 a share', 'fell 10 to 250', 'Sat', 'sat down', 'Wed.', 'the 4th',
  // the longest each pattern reaches ahead of its trigger word
  'on   twenty-seventh   through   twenty-seventh   of   March', '2020  BCE      of     May', '(      on      this      Friday',
  'about   12.5   years,    and  2 months , 3 weeks, 4 days, 5 hours, 6 minutes, 7 seconds, 8 years, 9 months, 10 weeks and 11 days ago',
];
const SEPARATORS = [' ', '  ', '\n\n', ', ', '. ', '-', '', '\t', ' and ', '(', ')'];

function texts(count: number): string[] {
  let seed = 7;
  const next = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0), (seed >>> 16) % n);
  return Array.from({ length: count }, () =>
    Array.from({ length: 3 + next(8) }, () => PHRASES[next(PHRASES.length)]! + SEPARATORS[next(SEPARATORS.length)]!).join(''),
  );
}

describe('chrono parsers tried only near the words they need', () => {
  const parsers = chrono.en.casual.clone().parsers;
  const gated = parsers.filter((p) => gatedParser(p) !== p);

  it('gate every parser with a costly scan (a renamed parser would lose its gate, not its readings)', () => {
    const ungated = parsers.filter((p) => gatedParser(p) === p).map((p) => p.constructor.name);
    expect(ungated.sort()).toEqual([
      'ENSlashMonthFormatParser', 'ENTimeUnitLaterFormatParser', 'ENTimeUnitWithinFormatParser', 'ENYearMonthDayParser',
      'ENYearMonthNameParser', 'ISOFormatParser', 'SlashDateFormatParser',
    ]);
  });

  it('find exactly the matches the whole scan finds, from every position chrono may resume at', () => {
    for (const text of [...texts(150), 'May', ' 5', 'x'.repeat(40) + 'ago', 'in      \n\n       May']) {
      const context = new chrono.ParsingContext(text, new Date(2024, 4, 14));
      for (const p of gated) {
        const whole = p.pattern(context);
        const windowed = gatedParser(p).pattern(context);
        for (let from = 0; from < text.length; from += 3) {
          const rest = text.substring(from);
          const a = whole.exec(rest);
          const b = windowed.exec(rest);
          expect(b && { index: b.index, groups: [...b] }, `${p.constructor.name} at ${from} of ${JSON.stringify(text)}`).toEqual(
            a && { index: a.index, groups: [...a] },
          );
        }
      }
    }
  });

  it('scan a text with long whitespace runs whole, their reach being unbounded', () => {
    const text = `It was five${' '.repeat(40)}years ago.`;
    const context = new chrono.ParsingContext(text, new Date(2024, 4, 14));
    for (const p of gated) expect(gatedParser(p).pattern(context)).toBe(p.pattern(context));
  });

  it('read texts as before', () => {
    expect(found('Protesters gathered again this morning outside the harbour office.')).toEqual([['this morning', '2024-05-14']]);
    expect(found('The grant money runs out at the end of the month, the mayor said.')).toEqual([['end of the month', '2024-05-31']]);
  });
});
