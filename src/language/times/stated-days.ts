import type { Candidate } from './candidate.js';
import { MONTH, YEAR as YEAR_TEXT } from './rule-kit.js';

/** A month's name and a day in a date's text: "January 6", "Jan. 6", "6 January". */
const MONTH_DAY = new RegExp(String.raw`\b${MONTH}\s+\d{1,2}\b|\b\d{1,2}\s+${MONTH}(?![a-z])`, 'i');
const YEAR = new RegExp(String.raw`\b${YEAR_TEXT}\b`);

/**
 * "The January 6, 2021, attack … what Meadows did on January 6": a day the article has written in full,
 * written again without its year, is that same day; read from the article's date it would be the latest
 * January 6 before it, a year off in every story told after the anniversary. Returns the candidates with
 * such days set to the year written; a day written in full with two years is left as it was read.
 */
export function daysAsStated(text: string, candidates: readonly Candidate[]): Candidate[] {
  const stated = new Map<string, string | null>();
  const monthDay = (c: Candidate) => (c.value.granularity === 'day' ? c.value.value.slice(5) : undefined);
  for (const c of candidates) {
    const written = text.slice(c.start, c.end);
    const md = monthDay(c);
    if (!md || !YEAR.test(written) || !MONTH_DAY.test(written)) continue;
    const seen = stated.get(md);
    stated.set(md, seen === undefined || seen === c.value.value ? c.value.value : null);
  }
  if (stated.size === 0) return [...candidates];
  return candidates.map((c) => {
    const md = monthDay(c);
    const full = md ? stated.get(md) : undefined;
    if (!full || full === c.value.value) return c;
    const written = text.slice(c.start, c.end);
    // "the January 6 anniversary" is this year's January 6.
    const anniversary = /^\W*anniversary\b/i.test(text.slice(c.end, c.end + 16));
    return YEAR.test(written) || !MONTH_DAY.test(written) || anniversary ? c : { ...c, value: { value: full, granularity: 'day' } };
  });
}
