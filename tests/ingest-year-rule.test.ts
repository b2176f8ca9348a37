import { describe, expect, it } from 'vitest';
import { resolveArticleDate } from '../src/ingest/article-date.js';
import { dateProblem } from '../src/ingest/date-sanity.js';
import { inferDatelineYear } from '../src/ingest/year-clues.js';

const at = (iso: string) => new Date(`${iso}T12:00:00Z`);

describe('year of a dateline without one', () => {
  it('takes the year a span points to: "first in 24 years … since 2000"', () => {
    const text = 'The leader arrived for the first visit in 24 years. The two leaders have not met here since 2000.';
    expect(inferDatelineYear({ dateline: { day: 19, month: 6 }, text, today: at('2026-03-01') }).date).toBe('2024-06-19');
  });

  it('takes the latest year not after today, not the earliest year the text mentions', () => {
    const text = 'The quake of 2015 destroyed the valley; rebuilding began in 2008 plans.';
    expect(inferDatelineYear({ dateline: { day: 9, month: 9 }, text, today: at('2025-10-01') }).date).toBe('2025-09-09');
  });

  it('goes back to the latest year whose weekday fits: Sept 13 + Wednesday is 2023-09-13', () => {
    for (const today of ['2025-10-01', '2026-06-01']) {
      const answer = inferDatelineYear({ dateline: { day: 13, month: 9 }, weekday: 3, text: 'Ministers met on Wednesday.', today: at(today) });
      expect(answer.date).toBe('2023-09-13');
    }
  });

  it('counter-example: a weekday that no year since the text\'s latest year fits is unknown, never the earliest year', () => {
    // 13 September was a Wednesday in 2023 only, between 2024 and 2026.
    const answer = inferDatelineYear({ dateline: { day: 13, month: 9 }, weekday: 3, text: 'Talks resumed in 2024.', today: at('2026-10-01') });
    expect(answer.date).toBeUndefined();
    expect(answer.why).toMatch(/no year fits/);
  });

  it('counter-example: a span the weekday contradicts is unknown', () => {
    // 19 June 2024 was a Wednesday, not a Monday.
    const text = 'It is the first visit in 24 years, the first since 2000.';
    const answer = inferDatelineYear({ dateline: { day: 19, month: 6 }, weekday: 1, text, today: at('2026-03-01') });
    expect(answer.date).toBeUndefined();
  });

  it('"for 30 years since 1990" is a duration, not a date', () => {
    const answer = inferDatelineYear({ dateline: { day: 2, month: 2 }, text: 'She has run the shop for 30 years since 1990.', today: at('2026-03-01') });
    expect(answer.date).toBe('2026-02-02');
  });

  it('with nothing but day and month, only this year or last: a date later than today is last year', () => {
    expect(inferDatelineYear({ dateline: { day: 30, month: 12 }, text: '', today: at('2026-03-01') }).date).toBe('2025-12-30');
  });

  it('an unknown year leaves the date unknown, with a note that says why', () => {
    const resolved = resolveArticleDate({
      dateline: { day: 13, month: 9 },
      lead: 'Ministers met on Wednesday.',
      text: 'Ministers met on Wednesday. Talks resumed in 2024.',
      today: at('2026-10-01'),
      fallback: at('2026-09-30'),
    });
    expect(resolved).toMatchObject({ source: 'unknown', date: '2026-09-30' });
    expect(resolved.note).toMatch(/year is unknown/);
  });
});

describe('impossible and future dates', () => {
  const now = at('2026-06-01');

  it.each(['2024-02-30', '0000-00-00', '9999-99-99', '2026-13-01'])('rejects %s', (date) => {
    expect(dateProblem(date, now)).toBeDefined();
  });

  it('rejects a date more than a day after now, and accepts tomorrow', () => {
    expect(dateProblem('2999-01-01', now)).toMatch(/future/);
    expect(dateProblem('2026-06-03', now)).toMatch(/future/);
    expect(dateProblem('2026-06-02', now)).toBeUndefined();
    expect(dateProblem('2024-02-29', now)).toBeUndefined();
  });

  it('a stated impossible date leaves the article undated, with the value named', () => {
    for (const stated of ['9999-99-99', '2024-02-30', '0000-00-00', '2999-01-01']) {
      const resolved = resolveArticleDate({ stated, lead: '', text: '', today: now, fallback: at('2026-05-30') });
      expect(resolved).toMatchObject({ source: 'unknown', date: '2026-05-30', rejected: { value: stated } });
    }
  });

  it('an impossible dateline year falls through to the next clue', () => {
    const resolved = resolveArticleDate({ dateline: { day: 4, month: 7, year: 2999 }, lead: '', text: '', today: now, fallback: at('2026-05-30') });
    expect(resolved.source).toBe('unknown');
    expect(resolved.rejected?.reason).toMatch(/future/);
  });
});
