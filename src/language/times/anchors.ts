import { parseDay, quarterOf, type Day } from './calendar.js';
import type { Candidate } from './candidate.js';

/**
 * Expressions that lean on one named before ("the quarter", "a year earlier", "that year"). Business
 * news names a quarter once and then says "the quarter", "the latest period", "a year ago" (the same
 * quarter a year before); narrative names a year and then says "that year", "the following year".
 */
export interface Anchors {
  /** The quarter named nearest before `offset` (else the first named after it). */
  quarterNear(offset: number): { year: number; quarter: number; start: number } | undefined;
  /** The year named in digits nearest before `offset`. */
  yearBefore(offset: number): number | undefined;
  /** The day, and the month, named nearest before `offset`. */
  dayBefore(offset: number): Day | undefined;
  monthBefore(offset: number): { year: number; month: number } | undefined;
}

const FOUR_DIGITS = /\b(?:1[6-9]|20)\d\d\b/;

/** Quarters that have begun by the article's date: a forecast ("the third quarter of 1990") is no anchor. */
export function anchorsFrom(text: string, settled: readonly Candidate[], ref: Day): Anchors {
  const begun = ref.year * 4 + quarterOf(ref.month);
  const quarters = settled
    .filter((c) => c.value.granularity === 'quarter')
    .map((c) => ({ start: c.start, year: Number(c.value.value.slice(0, 4)), quarter: Number(c.value.value.slice(6)) }))
    .filter((q) => q.year * 4 + q.quarter <= begun);
  const years = settled
    .map((c) => ({ start: c.start, digits: FOUR_DIGITS.test(text.slice(c.start, c.end)), value: c.value.value }))
    .filter((y) => y.digits && /^\d{4}/.test(y.value))
    .map((y) => ({ start: y.start, year: Number(y.value.slice(0, 4)) }));
  const days = settled.filter((c) => c.value.granularity === 'day').map((c) => ({ start: c.start, day: parseDay(c.value.value) }));
  const months = settled
    .filter((c) => c.value.granularity === 'day' || c.value.granularity === 'month')
    .map((c) => ({ start: c.start, year: Number(c.value.value.slice(0, 4)), month: Number(c.value.value.slice(5, 7)) }));
  // Candidates come in text order, so the last one before an offset is found from the end.
  const before = <T extends { start: number }>(list: readonly T[], offset: number) => list.findLast((x) => x.start < offset);
  return {
    dayBefore: (offset) => before(days, offset)?.day,
    monthBefore: (offset) => before(months, offset),
    quarterNear: (offset) => before(quarters, offset) ?? quarters.find((q) => q.start > offset),
    yearBefore: (offset) => before(years, offset)?.year,
  };
}

