import { describe, expect, it } from 'vitest';
import { goldTarget } from '../src/eval/dates.js';
import { isoWeek, seasonOf } from '../src/language/times/calendar.js';
import { coarsen } from '../src/language/times/time-value.js';

describe('calendar arithmetic', () => {
  it('numbers ISO weeks across a year end', () => {
    expect(isoWeek({ year: 2021, month: 1, day: 3 })).toEqual({ year: 2020, week: 53 });
    expect(isoWeek({ year: 2024, month: 12, day: 30 })).toEqual({ year: 2025, week: 1 });
    expect(isoWeek({ year: 2023, month: 9, day: 13 })).toEqual({ year: 2023, week: 37 });
  });

  it('names a winter for the year it starts in', () => {
    expect(seasonOf(2023, 1)).toEqual({ year: 2022, season: 'WI' });
    expect(seasonOf(2023, 12)).toEqual({ year: 2023, season: 'WI' });
    expect(seasonOf(2023, 7)).toEqual({ year: 2023, season: 'SU' });
  });
});

describe('coarsening a value', () => {
  it('reads a day at any coarser granularity', () => {
    const day = { value: '2023-09-13', granularity: 'day' as const };
    expect(['week', 'month', 'quarter', 'season', 'year', 'decade'].map((g) => coarsen(day, g as never))).toEqual([
      '2023-W37', '2023-09', '2023-Q3', '2023-FA', '2023', '202',
    ]);
  });

  it('never makes a value finer than it is', () => {
    expect(coarsen({ value: '2023-09', granularity: 'month' }, 'day')).toBeUndefined();
    expect(coarsen({ value: '2023-W37', granularity: 'week' }, 'month')).toBeUndefined();
    expect(coarsen({ value: 'PAST_REF', granularity: 'vague' }, 'year')).toBeUndefined();
  });
});

describe('dates eval', () => {
  it('reads TimeML gold values at our granularities', () => {
    expect(goldTarget('1998-08-07T10:35')).toEqual({ value: '1998-08-07', granularity: 'day' });
    expect(goldTarget('1968-XX')).toEqual({ value: '1968', granularity: 'year' });
    expect(goldTarget('2000-W7')).toEqual({ value: '2000-W07', granularity: 'week' });
    expect(goldTarget('1990-W32-WE')).toEqual({ value: '1990-W32', granularity: 'week' });
    expect(goldTarget('198X')).toEqual({ value: '198', granularity: 'decade' });
    expect(goldTarget('PRESENT_REF')).toEqual({ value: 'PRESENT_REF', granularity: 'vague' });
    expect(goldTarget('P1D')).toBeUndefined();
  });
});
