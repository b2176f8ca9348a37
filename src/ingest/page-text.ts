import { chromeReason, looksLikeSentence, repeatedApart, repeatedLines, wordCount, type ChromeContext } from './chrome.js';
import { datesInLine, isStampLine, publicationDay } from './date-lines.js';
import { parseDateline, type Dateline } from './dateline.js';
import { pageWideStamps, storyStamps } from './page-stamps.js';
import { wrappedParagraphs, wrappedTails } from './wrapped-lines.js';
import { findHeadline, isNameLine } from './headline-pick.js';
import { findStoryStart, headKind, pageOutlet, type HeadKind } from './page-head.js';
import { withoutStoryLists } from './story-tail.js';

/** What a saved page's text yields before dates and ids are settled. */
export interface ParsedPage {
  title: string;
  dateline?: Dateline;
  /** The publication day the page's date stamps give ("Published 13 September 2023", top or bottom). */
  statedDate?: string;
  /** Why the stamps gave no date, when they disagree. */
  dateConflict?: string;
  /** Which stamp gave `statedDate` (shown by `inspect`). */
  dateWhy?: string;
  /** The outlet the page names (its masthead, or a copyright line). */
  outlet?: string;
  paragraphs: string[];
  /** Lines dropped as site chrome, with the reason (shown by `inspect`). */
  chrome: { line: string; reason: string }[];
}

const HEAD_LINES = 15;
/** A best headline line scoring below this shares none of the lead's words and is shaped like a label or a button. */
const HEADLINE_FLOOR = 0;

/** Hard-wrapped text (lines cut at ~70 columns) joins into paragraphs at blank lines; otherwise a line is a paragraph. */
function toParagraphs(lines: string[]): string[] {
  const nonEmpty = lines.filter((l) => l.trim());
  const ending = nonEmpty.filter((l) => /[.!?…"”’)]$/.test(l.trim())).length;
  const hardWrapped = nonEmpty.length >= 4 && ending / nonEmpty.length < 0.5 && nonEmpty.every((l) => l.length <= 100);
  if (!hardWrapped) return nonEmpty.map((l) => l.trim().replace(/\s+/g, ' '));
  const out: string[] = [];
  let current: string[] = [];
  for (const line of [...lines, '']) {
    if (line.trim()) current.push(line.trim());
    else if (current.length) {
      out.push(current.join(' ').replace(/\s+/g, ' '));
      current = [];
    }
  }
  return out;
}

/** The head line that is the headline a structured source already gave, if the page repeats it. */
function knownTitleIndex(lines: readonly string[], headEnd: number, knownTitle: string | undefined): number {
  const wanted = knownTitle?.trim().replace(/\s+/g, ' ');
  if (!wanted) return -1;
  for (let i = 0; i < headEnd; i++) if (lines[i]?.trim().replace(/^#+\s*/, '').replace(/\s+/g, ' ') === wanted) return i;
  return -1;
}

/**
 * `knownTitle`: the headline a feed item or front matter gives. Where the page repeats it, that line is the
 * title, so a headline that looks like chrome ("Police search for missing hiker") or has one word does not
 * make the guess take the lead paragraph for the title.
 *
 * Without one, a wire dateline near the top marks the story (the headline is just above it); else the story
 * is where the prose starts, and the headline is the line that lead follows (see page-head.ts). Date stamps
 * anywhere on the page, top or bottom, give the publication date (date-lines.ts).
 */
export function parsePageText(text: string, knownTitle?: string): ParsedPage {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').map((l) => l.trimEnd());
  const chrome: ParsedPage['chrome'] = [];
  let datelineIndex = -1;
  let dateline: Dateline | undefined;
  for (let i = 0, seen = 0; i < lines.length && seen < HEAD_LINES; i++) {
    if (!lines[i]?.trim()) continue;
    seen++;
    const parsed = parseDateline(lines[i]!);
    // A row of menu links glued together ("All SecurityCyber-crimePatches (X)") is no place.
    if (parsed && (parsed.place.match(/\p{Ll}\p{Lu}/gu)?.length ?? 0) < 2) {
      datelineIndex = i;
      dateline = parsed;
      break;
    }
  }
  const outlet = pageOutlet(lines);
  const repeated = repeatedLines(lines);
  const context: ChromeContext = { repeated, repeatedApart: repeatedApart(lines), siteNames: [dateline?.source, outlet].filter((s): s is string => Boolean(s)) };
  // Each line's date stamps are read once: the head, the body and the publication date all use them.
  // A date on a wrapped paragraph's run-on line is the story's sentence, not a stamp.
  const tails = wrappedTails(lines);
  const stamps = lines.map((line, i) => (tails[i] ? [] : datesInLine(line.trim(), i)));
  const kinds = lines.map((line, i) => headKind(line, context, stamps[i]!.length > 0 || (!tails[i] && isStampLine(line.trim()))));
  // A wrapped paragraph's lines are cut mid-sentence and are no headline: its first line is prose when the
  // paragraph ends as a sentence does (a wrapped row of menu links does not).
  const paragraphs = wrappedParagraphs(lines, tails);
  kinds.forEach((kind, i) => {
    if (kind === 'headline' && tails[i + 1]) kinds[i] = looksLikeSentence(paragraphs[i]!) ? 'prose' : 'other';
    else if (kind === 'headline' && tails[i]) kinds[i] = 'other';
  });
  const reasonAt = (i: number) => chromeReason(lines[i] ?? '', context) ?? (kinds[i] === 'date' ? 'date stamp' : kinds[i] === 'byline' ? 'byline' : kinds[i] === 'credit' ? 'credit or site name' : undefined);

  let titleIndex = knownTitleIndex(lines, Math.min(lines.length, 80), knownTitle);
  let storyStart = -1;
  if (titleIndex < 0 && datelineIndex >= 0) {
    titleIndex = findHeadline(lines, kinds, datelineIndex, HEAD_LINES);
    if (titleIndex < 0) titleIndex = fallbackTitle(lines, kinds, datelineIndex, reasonAt);
  } else if (titleIndex < 0) {
    storyStart = findStoryStart(lines, kinds, repeated);
    const first = storyStart;
    titleIndex = storyStart >= 0 ? findHeadline(lines, kinds, storyStart, undefined, HEADLINE_FLOOR) : -1;
    // No headline above it (none, or only a button's or a label's words): that prose was a banner or a menu's
    // blurb, and the story is further down. Where no later run has a headline either, the first run stands.
    for (let tries = 0, from = storyStart; titleIndex < 0 && from >= 0 && tries < 3; tries++) {
      from = findStoryStart(lines, kinds, repeated, from + 1);
      const title = from >= 0 ? findHeadline(lines, kinds, from, undefined, HEADLINE_FLOOR) : -1;
      if (title >= 0) [storyStart, titleIndex] = [from, title];
    }
    if (titleIndex < 0 && first >= 0) [storyStart, titleIndex] = [first, findHeadline(lines, kinds, first)];
    if (titleIndex < 0) titleIndex = fallbackTitle(lines, kinds, Math.min(lines.length, 40), reasonAt);
  }

  for (let i = 0; i < titleIndex; i++) {
    const line = lines[i]?.trim();
    if (line) chrome.push({ line, reason: reasonAt(i) ?? 'above the headline' });
  }
  const bodyStart = Math.max(titleIndex, datelineIndex) + 1;
  const bodyLines = lines.slice(bodyStart);
  const bodyKinds = kinds.slice(bodyStart);
  // Stamps, bylines and credits between the headline and the story are the page's, not the story's.
  const headEnd = storyStart > bodyStart ? storyStart - bodyStart : 0;
  for (let i = 0; i < headEnd; i++) {
    const kind = kinds[bodyStart + i];
    if (kind === 'date' || kind === 'byline' || kind === 'credit') {
      chrome.push({ line: bodyLines[i]!.trim(), reason: reasonAt(bodyStart + i)! });
      bodyLines[i] = '';
    }
  }
  if (dateline?.rest) {
    bodyLines.unshift(dateline.rest);
    bodyKinds.unshift('prose');
  }
  if (datelineIndex < 0) {
    // A wire dateline often opens the first paragraph ("LONDON (AP) — …").
    const first = bodyLines.findIndex((l) => l.trim());
    const opener = first >= 0 ? parseDateline(bodyLines[first]!) : undefined;
    if (opener?.rest) {
      dateline = opener;
      bodyLines[first] = opener.rest;
    }
  }
  // Trailing lines after the last real sentence are footer chrome ("Exit mobile version", "Tags: …").
  let lastSentence = bodyLines.length - 1;
  while (lastSentence >= 0 && !(bodyLines[lastSentence]?.trim() && looksLikeSentence(bodyLines[lastSentence]!))) lastSentence--;
  const kept: string[] = [];
  bodyLines.forEach((line, i) => {
    const trimmed = line.trim();
    if (!trimmed) return void kept.push('');
    const stamp = bodyKinds[i] === 'date' && !looksLikeSentence(trimmed) ? 'date stamp' : undefined;
    const reason = chromeReason(trimmed, context) ?? stamp ?? (i > lastSentence && lastSentence >= 0 && wordCount(trimmed) <= 12 ? 'after the story' : undefined);
    if (reason) chrome.push({ line: trimmed, reason });
    else kept.push(line);
  });
  const firstStoryLine = bodyStart + Math.max(0, bodyLines.findIndex((l, i) => l.trim() && bodyKinds[i] === 'prose'));
  const frame = { title: titleIndex, storyStart: storyStart >= 0 ? storyStart : firstStoryLine, storyEnd: bodyStart + Math.max(0, lastSentence) - (dateline?.rest && datelineIndex >= 0 ? 1 : 0) };
  // Where the story's frame holds no stamp (its headline or lead may be misread), the page as a whole is weighed, warily.
  const own = storyStamps(stamps, lines, frame);
  const wide = pageWideStamps(stamps, lines, Math.max(0, frame.title));
  // A stamp that says it is the publication, naming one day wherever it stands, outweighs bare stamps near a frame that may be misread.
  const widePublished = wide.some((s) => s.kind === 'published') && !own.some((s) => s.kind === 'published');
  const pageWide = !own.length || widePublished;
  // The stamp between the headline and the lead is the story's own; one above the headline is as often the
  // site's day or a related story's, and one further down a related story's or a comment's.
  const beside = frame.title >= 0 && !pageWide ? own.filter((s) => s.line > frame.title && s.line < frame.storyStart) : [];
  // The story's own footer, right under its last sentence, still has its say: a disagreement there leaves the day unknown.
  // (A stamp under a related story's headline is not that footer: the footer's line follows the story's prose.)
  const footer = own.filter((s) => s.line > frame.storyEnd && s.line <= frame.storyEnd + 4 && s.kind !== 'updated' && kinds[previousLine(lines, s.line)] === 'prose');
  const besideDay = beside.length && !own.some((s) => s.kind === 'published' && !beside.includes(s)) ? publicationDay([...beside, ...footer]) : undefined;
  const published = besideDay && 'day' in besideDay ? besideDay : publicationDay(pageWide ? wide : own);
  const story = withoutStoryLists(toParagraphs(kept));
  return {
    title: titleIndex >= 0 ? withoutShareLabel(lines[titleIndex]!.trim().replace(/^#+\s*/, '')) : '',
    ...(dateline ? { dateline } : {}),
    ...(published && 'day' in published ? { statedDate: published.day, dateWhy: `${published.why}${pageWide ? ' (anywhere on the page)' : ''}` } : {}),
    ...(published && 'conflict' in published ? { dateConflict: published.conflict } : {}),
    ...(outlet ? { outlet } : {}),
    paragraphs: story.kept,
    chrome: [...chrome, ...story.dropped.map((line) => ({ line, reason: 'after the story' }))],
  };
}

/** The nearest non-empty line above line `i` (or -1). */
function previousLine(lines: readonly string[], i: number): number {
  let j = i - 1;
  while (j >= 0 && !lines[j]!.trim()) j--;
  return j;
}

/**
 * The first content line above `end` that is not chrome or a stamp: the old rule, for pages with little
 * shape. A headline-shaped line (not a list item, a name or a sentence) is preferred.
 */
function fallbackTitle(lines: readonly string[], kinds: readonly HeadKind[], end: number, reasonAt: (i: number) => string | undefined): number {
  const candidates: number[] = [];
  for (let i = 0; i < end; i++) {
    const line = lines[i]?.trim();
    if (line && !reasonAt(i) && wordCount(line) >= 2) candidates.push(i);
  }
  return (
    candidates.find((i) => kinds[i] === 'headline' && !isNameLine(lines[i]!)) ??
    candidates.find((i) => !looksLikeSentence(lines[i]!) || wordCount(lines[i]!) <= 20) ??
    candidates[0] ??
    -1
  );
}

/**
 * "Share this Story : Headline": a sharing widget repeats the headline behind its label; the label goes.
 * "New York|Headline": a section link glued to the headline by the text dump (no space around the bar) goes too.
 */
function withoutShareLabel(title: string): string {
  const rest = title.replace(/^(?:share|email|tweet|send)(?: this)?(?: story| article| post| page)?\s*:\s*/i, '').replace(/^[\p{L}][\p{L}&'’. -]{0,24}(?<! )\|(?=[^\s|])/u, '');
  return rest !== title && wordCount(rest) >= 3 && !rest.includes('|') ? rest : title;
}
