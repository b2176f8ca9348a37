/**
 * Datelines: the "where, when, who" stamp that opens a news story. We read the common forms:
 *   Tokyo, 13 September, /AJMEDIA/          Berlin, 5 May 2024 /AJMEDIA/
 *   WASHINGTON, March 3 (Reuters) - …       LONDON (AP) — …         PARIS — …
 * A dateline may stand on its own line or open the first paragraph; `rest` is the text after it.
 */

export interface DayOfYear {
  day: number;
  /** 1–12 */
  month: number;
  year?: number;
}

export interface Dateline {
  place: string;
  date?: DayOfYear;
  source?: string;
  /** Text that followed the dateline on the same line (the start of the story), trimmed. */
  rest: string;
}

/** Month names by their first three letters, which tell every English month apart. */
const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const ORD = String.raw`(?:st|nd|rd|th)?`;
const DATE = String.raw`(?:${MONTH}\s+\d{1,2}${ORD}(?:,?\s+\d{4})?|\d{1,2}${ORD}\s+(?:of\s+)?${MONTH}(?:,?\s+\d{4})?)`;
const LINK = String.raw`(?:de|da|del|do|dos|la|le|les|el|al|on|upon|am|im|an|der|sur|di|of)`;
const WORD = String.raw`[\p{Lu}][\p{L}'’.\-]*`;
const PLACE = String.raw`${WORD}(?:\s+(?:${WORD}|${LINK}))*`;
const REGION = String.raw`(?:,\s*(?!${DATE})${WORD}(?:\s+${WORD})?)?`;

const WITH_SOURCE = new RegExp(
  String.raw`^(?<place>${PLACE}${REGION})\s*(?:,\s*(?<date>${DATE}))?\s*,?\s*(?:\((?<paren>[^()]{1,40})\)|/(?<slash>[^/]{1,40})/)\s*,?\s*(?:[-—–‒―−:]+\s*)?(?<rest>.*)$`,
  'u',
);
const CAPS_DASH = new RegExp(
  String.raw`^(?<place>[\p{Lu}][\p{Lu}'’.\- ]{1,40}?)(?:,\s*(?<date>${DATE}))?\s+[—–‒―−-]{1,2}\s+(?<rest>\S.*)$`,
  'u',
);

const MONTH_FIRST = new RegExp(String.raw`^(?<m>${MONTH})\s+(?<d>\d{1,2})${ORD}(?:,?\s+(?<y>\d{4}))?$`, 'u');
const DAY_FIRST = new RegExp(String.raw`^(?<d>\d{1,2})${ORD}\s+(?:of\s+)?(?<m>${MONTH})(?:,?\s+(?<y>\d{4}))?$`, 'u');

const monthNumber = (name: string): number | undefined => MONTHS[name.toLowerCase().slice(0, 3)];

export function parseDayOfYear(text: string): DayOfYear | undefined {
  const trimmed = text.trim();
  const groups = (MONTH_FIRST.exec(trimmed) ?? DAY_FIRST.exec(trimmed))?.groups;
  if (!groups?.m || !groups.d) return undefined;
  const month = monthNumber(groups.m);
  const day = Number(groups.d);
  if (!month || day < 1 || day > 31) return undefined;
  return { day, month, ...(groups.y ? { year: Number(groups.y) } : {}) };
}

/**
 * A date line as written, to the day: "Published: 5 May 2024 10:31 BST", "Updated September 13, 2023",
 * an RFC 2822 "Tue, 12 Mar 2024 21:00:00 -0500" → `YYYY-MM-DD`. The day is the one written, never shifted
 * by the time zone (as ISO dates keep theirs); undefined without a full date.
 */
export function writtenDate(line: string): string | undefined {
  const m = /^(?:(?:published|updated|posted|last updated|date)\s*:?\s*)?(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)[a-z]*,?\s+)?(.+?)(?:,?\s+\d{1,2}[:.]\d{2}.*)?$/i.exec(line.trim());
  const candidate = m?.[1]?.trim();
  if (!candidate) return undefined;
  if (/^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/.test(candidate)) return candidate.slice(0, 10);
  const day = parseDayOfYear(candidate);
  return day?.year ? `${day.year}-${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}` : undefined;
}

/** A word that is a capitalised sentence opener, not a place ("The", "In", "Officials"…). */
const NOT_A_PLACE = /^(The|A|An|In|On|At|As|But|And|This|That|It|He|She|They|We|I|Officials?|Police|Photo|Image|Video|Updated|Published|Posted)$/;

/** "Zelensky (left) may be forced to fire Syrsky (right)": a caption's pointer in the bracket, not who filed the story. */
const PICTURE_DIRECTION = /^(?:(?:(?:second|third) )?(?:from )?(?:left|right)|cent(?:er|re)|pictured|inset|top|bottom|above|below|front|back|file|l|r|c)$/i;

export function parseDateline(line: string): Dateline | undefined {
  const text = line.trim().replace(/\s+/g, ' ');
  const match = WITH_SOURCE.exec(text) ?? CAPS_DASH.exec(text);
  const groups = match?.groups;
  if (!groups?.place) return undefined;
  const place = groups.place.trim().replace(/,$/, '');
  if (NOT_A_PLACE.test(place.split(' ')[0] ?? '') || place.split(' ').length > 5) return undefined;
  const source = (groups.paren ?? groups.slash)?.trim();
  if (source !== undefined && (!/^[\p{L}][\p{L}\d&.' -]*$/u.test(source) || PICTURE_DIRECTION.test(source))) return undefined;
  const date = groups.date ? parseDayOfYear(groups.date) : undefined;
  // A bare "PLACE —" opener must be in capitals, or it could be any sentence with a dash.
  if (!source && !date && place !== place.toUpperCase()) return undefined;
  return { place: titleCase(place), ...(date ? { date } : {}), ...(source ? { source } : {}), rest: groups.rest?.trim() ?? '' };
}

/** "WASHINGTON" → "Washington", "NEW YORK" → "New York"; mixed case is kept as written. */
function titleCase(place: string): string {
  return place
    .split(', ')
    .map((part) =>
      part !== part.toUpperCase()
        ? part
        : part.toLowerCase().replace(/(^|[\s\-’'])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase()),
    )
    .join(', ');
}
