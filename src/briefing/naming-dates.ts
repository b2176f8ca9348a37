/**
 * Dates that name a thing rather than say when something happened: "the January 6, 2021, insurrection",
 * "the Jan. 6 committee", "January 6 information". A timeline line dated by one tells the wrong day.
 */

import { MONTH } from '../language/times/rule-kit.js';

/** A date that can stand before a noun as its name: a month's day or a year ("the 2020 election"). */
const NAMING_DATE = new RegExp(String.raw`^${MONTH}\s+\d|^\d{4}\b`, 'i');
/** A month's day written without its year, the shape news uses to name an event ("Jan. 6 committee", "Sept. 11 attacks"). */
export const MONTH_DAY = new RegExp(String.raw`^${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?$`, 'i');
/** Words that may follow a date that dates the act: it goes on with the sentence, not with a noun it names. */
const GOES_ON = new Set(
  ('in at on with for to from by after before during as of into over against near amid under about and but or nor when while that which ' +
    'where because since until if so than he she they it we i you his her their its a an the this also then only just still again already ' +
    'night morning evening afternoon local time last next said says told').split(' '),
);
/** Before "the": the act took place at the thing the date names ("during the Aug. 11 briefing", "in the October 2 vote"). */
const AT_THE = /\b(?:during|at|in|amid|throughout)\s+the\s+$/i;

/**
 * Whether the date at `date` in `text` names a thing: after "the" (unless the act took place at it), or a
 * month's day right before a noun. This year's anniversary of a day is that day: "in remembrance of the
 * January 6 anniversary" dates the remembrance.
 */
export function dateNamesThing(text: string, date: { start: number; end: number }): boolean {
  const written = text.slice(date.start, date.end);
  const after = text.slice(date.end);
  if (/^\W*anniversary\b/i.test(after)) return false;
  const before = text.slice(Math.max(0, date.start - 40), date.start);
  if (AT_THE.test(before)) return false;
  if (/\bthe\s+$/i.test(before) && NAMING_DATE.test(written)) return true;
  const next = /^ (\p{Ll}[\p{Ll}-]*)/u.exec(after)?.[1];
  return MONTH_DAY.test(written.trim()) && next !== undefined && !GOES_ON.has(next) && !/(?:ed|ly)$/.test(next);
}
