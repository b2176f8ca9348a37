import { parseDayOfYear } from './dateline.js';

/**
 * Date lines anywhere on a saved page, top or bottom: "Published 6 September 2022", "Updated: Tue 21 Mar
 * 2023 09.14 GMT", "By Jane Doe | December 22, 2022 | 4 min read", "Feb. 5, 2019 Updated Feb. 6, 2019",
 * "September 6, 2022 at 2:10 p.m. EDT", ISO stamps. Each full date (with its year) is kept with what the
 * line says it is: the publication, an update, or plain (unsaid, which on a page's stamp is publication).
 */
export type DateKind = 'published' | 'updated' | 'plain';

export interface FoundDate {
  /** `YYYY-MM-DD`, the day as written. */
  day: string;
  kind: DateKind;
  line: number;
}

const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const ORD = String.raw`(?:st|nd|rd|th)?`;
/** One full date: month-first, day-first, or ISO (with an optional time, which is ignored). */
const FULL_DATE = new RegExp(
  // A page saved as text may glue a credit to its date ("Associated PressApril 28, 2023"): a capital after a small letter starts a word too.
  // So does a date glued after another's year ("December 10, 2021April 9, 2019": an update, then the publication).
  String.raw`(?:\b|(?<=[\p{Ll}\d])(?=\p{Lu}))(?:(?<mf>${MONTH}\s+\d{1,2}${ORD},?\s+(?:\d{4}))|(?<df>\d{1,2}${ORD}\s+(?:of\s+)?${MONTH},?\s+\d{4})|(?<iso>(?:19|20)\d\d-[01]\d-[0-3]\d)(?![\d-]))`,
  'giu',
);
/**
 * A numeric date ("10/17/2022 04:01 PM EDT", "18/03/2019 | Jane Doe", "Published on 30/04/2024 - 16:38",
 * "05.06.2023"): read only on a stamp line, and only where the order is plain. A dotted date is day-first;
 * with slashes, a number over 12 says which is the day, and a date that reads both ways is left alone.
 */
const NUMERIC_DATE = /(?<![\d/.])(?<a>\d{1,2})(?<sep>[/.])(?<b>\d{1,2})\k<sep>(?<y>(?:19|20)\d\d)(?![\d/.]\d)/g;
/** Separators between a stamp's parts: "February 23, 2016/0 Comments/in Business /by Jane Doe". */
const SEGMENT = /\s*[|·•/]\s*|\s+[-–—]\s+/;
const CUE_BEFORE = /\b(published|posted|updated|first published|last updated|modified)\b\s*(?:on)?\s*:?\s*$/i;

function numericDay(a: number, b: number, year: number, dotted: boolean): string | undefined {
  if (dotted || (a > 12 && b <= 12)) return isoDay(year, b, a);
  if (b > 12 && a <= 12) return isoDay(year, a, b);
  return a === b ? isoDay(year, a, b) : undefined;
}

/** "JUNE 24, 2024", "23 APR 2024": a month in capitals reads as one. */
const titleCased = (text: string) => text.replace(/\p{L}+/gu, (w) => w[0] + w.slice(1).toLowerCase());

const PUBLISHED = /\b(published|posted|first published|created|released|date)\b[^\d]{0,20}$/i;
const UPDATED = /\b(updated|modified|edited|last updated|revised|amended)(?:\b|(?=\d))[^\d]{0,20}$/i;

function isoDay(year: number, month: number, day: number): string | undefined {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  return d.toISOString().slice(0, 10);
}

/** Whether a line could be a stamp rather than a sentence of the story that mentions a date. */
function isStampShaped(line: string, dateless: string, dates: readonly { index: number; text: string }[]): boolean {
  const words = dateless.split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w)).length;
  if (/^\s*(published|posted|updated|first published|last updated|date|by)\b/i.test(line)) return words <= 16;
  if (words <= 8) return true;
  // A byline row: "Jane Doe · Herald · Posted: Aug 08, 2024 4:00 AM", "May 2, 2016/0 Comments/in Business /by Jane Doe".
  if (words > 20) return false;
  return dates.some((d) => CUE_BEFORE.test(line.slice(0, d.index)) || isWholeSegment(line, d));
}

/** Whether a date fills a part of the line between separators (the time after it aside). */
function isWholeSegment(line: string, date: { index: number; text: string }): boolean {
  const before = line.slice(0, date.index);
  const after = line.slice(date.index + date.text.length).replace(/^,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4}\b)?/i, '');
  const opens = !before.trim() || SEGMENT.test(before.slice(-3)) || /[|·•/]\s*$/.test(before);
  const closes = !after.trim() || /^\s*[|·•/]/.test(after) || /^\s+[-–—]\s/.test(after);
  return opens && closes;
}

/**
 * A magazine's issue line ("December 5, 2016 Issue", "Cover of May 1/8, 2023, Issue"): a print date, not the
 * day the story went up, yet a stamp line all the same (never a headline).
 */
export function namesPrintIssue(line: string): boolean {
  return /\d{4}\b.{0,12}\b(?:issue|edition)\W*$/i.test(line) && line.length <= 120;
}

/**
 * Whether a line is a date stamp, even one whose day cannot be told ("Published on 06/01/2026 - 13:55",
 * which reads both ways): it is still no headline.
 */
export function isStampLine(line: string): boolean {
  return stampDates(line) !== undefined;
}

/** The full dates of one line, each with its kind, when the line is a stamp. */
export function datesInLine(line: string, index = 0): FoundDate[] {
  const dates = stampDates(line);
  if (!dates) return [];
  const found: FoundDate[] = [];
  for (const match of dates) {
    const day = match.day;
    if (!day) continue;
    // "Published 11:14 a.m. EDT April 28, 2020": the time between the word and the date does not hide the word.
    const before = line.slice(0, match.index).replace(/(?:\b|(?<=\p{L}))\d{1,2}[:.]\d{2}\b/gu, ' ');
    const kind: DateKind = UPDATED.test(before) ? 'updated' : PUBLISHED.test(before) ? 'published' : 'plain';
    found.push({ day, kind, line: index });
  }
  // Two plain dates on one stamp ("December 10, 2021April 9, 2019 by Jane Doe"): a story is updated after it
  // is published, so the earliest is the publication and the others updates.
  const plain = found.filter((f) => f.kind === 'plain');
  const earliest = plain.reduce<string | undefined>((a, f) => (a === undefined || f.day < a ? f.day : a), undefined);
  return found.map((f) => (f.kind === 'plain' && f.day !== earliest ? { ...f, kind: 'updated' } : f));
}

/** The dates written on a stamp line (a day undefined where it cannot be told), or undefined when the line is no stamp. */
function stampDates(line: string): { index: number; text: string; day: string | undefined }[] | undefined {
  // A full date has a four-digit year: most lines are out at once.
  if (line.length > 300 || !/\d{4}/.test(line)) return undefined;
  const dates: { index: number; text: string; day: string | undefined }[] = [];
  for (const match of line.matchAll(FULL_DATE)) {
    const groups = match.groups ?? {};
    let day: string | undefined;
    if (groups.iso) day = isoDay(Number(groups.iso.slice(0, 4)), Number(groups.iso.slice(5, 7)), Number(groups.iso.slice(8, 10)));
    else {
      const parsed = parseDayOfYear(titleCased((groups.mf ?? groups.df ?? '').replace(/,/g, '')));
      if (parsed?.year) day = isoDay(parsed.year, parsed.month, parsed.day);
    }
    dates.push({ index: match.index, text: match[0], day });
  }
  for (const match of line.matchAll(NUMERIC_DATE)) {
    const { a, b, y, sep } = match.groups!;
    dates.push({ index: match.index, text: match[0], day: numericDay(Number(a), Number(b), Number(y), sep === '.') });
  }
  if (!dates.length) return undefined;
  dates.sort((x, y) => x.index - y.index);
  const dateless = line.replace(FULL_DATE, ' ').replace(NUMERIC_DATE, ' ').replace(/\b\d{1,2}[:.]\d{2}\b.*?(?=[|·•]|$)/g, ' ');
  if (!isStampShaped(line, dateless, dates)) return undefined;
  // An embedded post's signature ("— Jane Doe (@janedoe) June 7, 2016") dates the post, not the page.
  if (/\(@\w+\)/.test(line) || namesPrintIssue(line)) return dates.map((d) => ({ ...d, day: undefined }));
  return dates;
}

export function datesInLines(lines: readonly string[]): FoundDate[] {
  return lines.flatMap((line, i) => datesInLine(line.trim(), i));
}

const DAY_MS = 86_400_000;
const apart = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) / DAY_MS;

export type PublicationDay = { day: string; why: string } | { conflict: string } | undefined;

/**
 * The publication day the stamps give: a date said to be the publication wins; else the plain stamps,
 * when they agree (within a day: a stamp may be local, another UTC); an update alone is used only when it
 * is all there is. Stamps that disagree give no date at all: a wrong date is worse than an unknown one.
 */
export function publicationDay(found: readonly FoundDate[]): PublicationDay {
  const published = found.filter((f) => f.kind === 'published');
  if (published.length) return { day: published[0]!.day, why: 'a "published" stamp' };
  const plain = found.filter((f) => f.kind === 'plain');
  if (plain.length) {
    const first = plain[0]!.day;
    const updates = found.filter((f) => f.kind === 'updated');
    // A plain date after an update is the update's own, not a second publication date.
    const disagreeing = plain.filter((f) => apart(f.day, first) > 1 && !updates.some((u) => u.day === f.day));
    if (disagreeing.length) return { conflict: `stamps disagree (${first}, ${disagreeing[0]!.day})` };
    return { day: first, why: 'a date stamp' };
  }
  const updated = found.filter((f) => f.kind === 'updated');
  if (updated.length) return { day: updated.reduce((a, b) => (a.day <= b.day ? a : b)).day, why: 'the earliest "updated" stamp' };
  return undefined;
}
