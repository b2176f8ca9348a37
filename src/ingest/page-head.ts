import { PUBLICATION_WORDS } from '../language/gazetteer/organisations.js';
import { chromeReason, looksLikeSentence, wordCount, type ChromeContext } from './chrome.js';
import { datesInLine } from './date-lines.js';
import { isAgencyName } from './title.js';

/**
 * The head of a saved page: what each short line above the story is (a date stamp, a byline, a credit,
 * the masthead, site chrome, or a possible headline), where the story starts, and which line is its
 * headline. The headline is the line the lead follows, once the stamps between them are set aside, never
 * the site's name, a section, a byline, a credit or a date.
 */
export type HeadKind = 'date' | 'byline' | 'credit' | 'chrome' | 'prose' | 'headline' | 'other';

/** The cue word in any case, the name capitalised: with the `i` flag \p{Lu} would match any letter ("From chess sets to…"). */
const BYLINE = /^(?:[Bb][Yy]|[Ww]ritten [Bb]y|[Ww]ords [Bb]y|[Rr]eporting [Bb]y|[Ss]tory [Bb]y|[Pp]roduced [Bb]y|[Ee]dited [Bb]y|[Ff]rom)\s+["“‘']?\p{Lu}/u;
export const CREDIT = /^(photo|photos|image|images|picture|video|credit|source|caption|file photo)s?\b\s*[:/|-]|\b(getty images|ap photo|afp via getty|reuters\/|shutterstock|pool photo)\b/i;
/** List bullets, numbered menu items, stars, slashes: a line opening on a symbol is furniture, not a headline. */
const LIST_MARK = /^\s*(?:(?!\p{Extended_Pictographic})[^\p{L}\p{N}\s"'“‘¿¡(]|\d+\.\s)/u;

/** A short line naming an outlet: "USA Today", "AP NEWS", "The Daily Ledger", "Associated Press", "CNN". */
export function isOutletName(line: string): boolean {
  if (line.length > 80) return false;
  const text = line.trim().replace(/[.:]$/, '');
  const words = text.split(/\s+/);
  if (!text || words.length > 5 || looksLikeSentence(text) || /[|•·?!]/.test(text)) return false;
  if (isAgencyName(text)) return true;
  const last = words[words.length - 1]!.toLowerCase().replace(/[^\p{L}]/gu, '');
  return PUBLICATION_WORDS.has(last) && words.every((w) => /^[\p{Lu}\d&'’.-]/u.test(w) || /^(of|the|and|de|du|la|le)$/i.test(w));
}

const NONE: ReadonlySet<string> = new Set();

/** `stamped`: whether the line holds a date stamp, when the caller has read its dates already. */
export function headKind(line: string, context: ChromeContext, stamped = datesInLine(line.trim()).length > 0): HeadKind {
  const text = line.trim();
  if (!text) return 'other';
  if (stamped) return 'date';
  // No byline, credit, menu or headline runs to a thousand characters: a long line is story text, read no further.
  if (text.length > 1000) return 'prose';
  // "From Metrorail to bike paths, …" spans a headline's subject; "From Jane Doe" signs a story.
  if (BYLINE.test(text) && wordCount(text) <= 14 && !/^from\b.*\bto\b/i.test(text)) return 'byline';
  if (CREDIT.test(text) || isOutletName(text)) return 'credit';
  let reason = chromeReason(text, context);
  // A headline is often printed twice (the article's heading and a sticky header): repetition alone does not make it chrome.
  if (reason === 'repeated line' && isHeadlineShaped(text)) reason = chromeReason(text, { ...context, repeated: NONE });
  if (reason) return 'chrome';
  // A headline may ask a question ("What is the OBR and what does it do?") or exclaim ("… it's for sale!"); a
  // story's question or exclamation sits inside a paragraph.
  // One of two sentences ("… nation building. We cool with that?") when the page prints the line again apart, as
  // it prints a headline (its heading and a sticky header): a story's question is no line of its own.
  const question = /[?!]["'”’]?$/.test(text) && wordCount(text) <= 24 && (!/(?<!\.\.)[.!?]\s+\p{Lu}/u.test(text.slice(0, -1)) || (wordCount(text) <= 16 && Boolean(context.repeatedApart?.has(text))));
  // A teaser cut short ("… forever 'pissed' at Ariana...") links to another story; it is no sentence of this one.
  const cut = /[\p{L}\d'’"”](?:\.{3}|…)$/u.test(text) && wordCount(text) <= 25;
  if (!question && !cut && ((looksLikeSentence(text) && wordCount(text) >= 8) || wordCount(text) >= 30)) return 'prose';
  return isHeadlineShaped(text) ? 'headline' : 'other';
}

function isHeadlineShaped(text: string): boolean {
  const words = wordCount(text);
  // A line wholly in brackets is a credit or an aside ("(Photos by …)"), never a headline.
  return words >= 2 && words <= 30 && /\p{Ll}/u.test(text) && !LIST_MARK.test(text) && !/^\(.*\)$/.test(text) && !/[.,;:]$/.test(text) && !/\]|\[|_{3,}|https?:/.test(text);
}

/**
 * Where the story starts: the first prose line followed closely by more prose (a story is several
 * paragraphs; a lone caption or teaser is not). Lines repeated on the page (captions shown twice,
 * headers) do not count.
 */
const STRETCH = 30;

export function findStoryStart(lines: readonly string[], kinds: readonly HeadKind[], repeated: ReadonlySet<string>, from = 0): number {
  // A bulleted sentence is a menu's blurb or a key-points box, which may come before the headline; the story is not bulleted.
  const prose = kinds.map((k, i) => k === 'prose' && !repeated.has(lines[i]!.trim()));
  // Lines printed twice (a caption under its picture and in a gallery, a header) do not break a run of prose.
  const nonEmpty = lines.map((l, i) => (l.trim() && !repeated.has(l.trim()) ? i : -1)).filter((i) => i >= 0);
  // The prose lines among the next STRETCH non-empty lines, for every line (a sliding count, linear).
  const ahead: number[] = new Array<number>(nonEmpty.length + 1).fill(0);
  for (let n = nonEmpty.length - 1; n >= 0; n--) ahead[n] = ahead[n + 1]! + (prose[nonEmpty[n]!] ? 1 : 0);
  const stretch = (n: number) => ahead[n]! - ahead[Math.min(nonEmpty.length, n + STRETCH)]!;
  let most = 0;
  for (let n = 0; n < nonEmpty.length; n++) if (prose[nonEmpty[n]!]) most = Math.max(most, stretch(n));
  for (let n = 0; n < nonEmpty.length; n++) {
    const i = nonEmpty[n]!;
    if (!prose[i] || i < from) continue;
    const window = nonEmpty.slice(n, n + 6);
    // A site's blurb or a teaser list has a few sentences; the story has the page's longest run of them.
    if (stretch(n) < most * 0.35) continue;
    if (window.filter((j) => prose[j]).length >= 3 || n + window.length >= nonEmpty.length) return i;
  }
  return nonEmpty.find((i) => prose[i] && i >= from) ?? -1;
}


/** The outlet a page names: its first line as a masthead, or a "© Outlet" / "Copyright Outlet" line. */
export function pageOutlet(lines: readonly string[]): string | undefined {
  const first = lines.find((l) => l.trim())?.trim();
  if (first && isOutletName(first)) return normaliseOutlet(first);
  for (const line of lines) {
    const m = /^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(?<name>[\p{Lu}][\p{L}&'’. ]{1,40}?)(?:[.,]|\s+all rights|\s*$)/iu.exec(line.trim());
    const name = m?.groups?.name?.trim();
    if (name && isOutletName(name)) return normaliseOutlet(name);
  }
  return undefined;
}

/** "AP NEWS" → "AP News": a masthead in capitals reads as a name. Known short forms (CNN, AP) stay. */
function normaliseOutlet(name: string): string {
  const text = name.trim().replace(/[.:]$/, '');
  if (text !== text.toUpperCase() || text.length <= 5) return text;
  return text
    .split(/\s+/)
    .map((w) => (w.length <= 3 && /^[A-Z]+$/.test(w) ? w : w[0] + w.slice(1).toLowerCase()))
    .join(' ');
}
