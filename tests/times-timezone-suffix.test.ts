import * as chrono from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { knownTimezonesOnly } from '../src/language/times/timezone-suffix.js';

const TEXTS = [
  'Polls close at 8 p.m. EST on Tuesday, and results are due by 11 p.m. (GMT).',
  'The talks resumed on Monday in Geneva and ended on Friday at noon PST.',
  'Shares fell 3% on Wednesday and the index closed at 4:30 pm, ET said.',
  'He arrived on March 3 for the summit, and left at 10 a.m. JST the next day.',
];

function readings(parser: chrono.Chrono, text: string): string[] {
  const ref = new Date(2024, 2, 5, 12);
  return parser.parse(text, ref).map((r) => `${r.index} ${r.text} ${r.start.get('timezoneOffset')} ${r.start.date().toISOString()}`);
}

describe("chrono's time zone refiner handed only results a known zone follows", () => {
  it('reads zones after times as the full refiner does, and leaves "in", "and", "the" alone', () => {
    const narrowed = chrono.en.casual.clone();
    narrowed.refiners = narrowed.refiners.map((r) => (r.constructor.name === 'ExtractTimezoneAbbrRefiner' ? knownTimezonesOnly(r) : r));
    for (const text of TEXTS) expect(readings(narrowed, text)).toEqual(readings(chrono.en.casual, text));
    expect(readings(narrowed, TEXTS[0]!).some((r) => r.includes('p.m. EST'))).toBe(true);
  });
});
