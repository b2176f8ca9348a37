import { chromeReason, looksLikeSentence, repeatedLines, wordCount, type ChromeContext } from './chrome.js';
import { parseDateline, writtenDate, type Dateline } from './dateline.js';

/** What a saved page's text yields before dates and ids are settled. */
export interface ParsedPage {
  title: string;
  dateline?: Dateline;
  /** A "Published 13 September 2023" style line near the title. */
  statedDate?: string;
  paragraphs: string[];
  /** Lines dropped as site chrome, with the reason (shown by `inspect`). */
  chrome: { line: string; reason: string }[];
}

const HEAD_LINES = 15;

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
 */
export function parsePageText(text: string, knownTitle?: string): ParsedPage {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').map((l) => l.replace(/\s+$/, ''));
  const chrome: ParsedPage['chrome'] = [];
  let datelineIndex = -1;
  let dateline: Dateline | undefined;
  for (let i = 0, seen = 0; i < lines.length && seen < HEAD_LINES; i++) {
    if (!lines[i]?.trim()) continue;
    seen++;
    const parsed = parseDateline(lines[i]!);
    if (parsed) {
      datelineIndex = i;
      dateline = parsed;
      break;
    }
  }
  const context: ChromeContext = { repeated: repeatedLines(lines), siteNames: dateline?.source ? [dateline.source] : [] };
  const reasonAt = (i: number) => chromeReason(lines[i] ?? '', context);

  // The title is the nearest content line above the dateline, or the first content line of the page.
  let titleIndex = -1;
  let statedDate: string | undefined;
  const headEnd = datelineIndex >= 0 ? datelineIndex : Math.min(lines.length, 40);
  const headCandidates: number[] = [];
  for (let i = 0; i < headEnd; i++) {
    const line = lines[i]?.trim();
    if (!line) continue;
    const reason = reasonAt(i);
    const asDate = writtenDate(line);
    if (asDate && wordCount(line) <= 8) statedDate ??= asDate;
    else if (!reason && wordCount(line) >= 2) headCandidates.push(i);
  }
  const known = knownTitleIndex(lines, headEnd, knownTitle);
  if (known >= 0) titleIndex = known;
  else if (datelineIndex >= 0) titleIndex = headCandidates[headCandidates.length - 1] ?? -1;
  else titleIndex = headCandidates.find((i) => !looksLikeSentence(lines[i]!) || wordCount(lines[i]!) <= 20) ?? -1;

  for (let i = 0; i < (titleIndex >= 0 ? titleIndex : headEnd); i++) {
    const line = lines[i]?.trim();
    if (line && !writtenDate(line)) chrome.push({ line, reason: reasonAt(i) ?? 'above the headline' });
  }

  const bodyStart = Math.max(titleIndex, datelineIndex) + 1;
  const bodyLines = lines.slice(bodyStart);
  if (dateline?.rest) bodyLines.unshift(dateline.rest);
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
    const reason = chromeReason(trimmed, context) ?? (i > lastSentence && lastSentence >= 0 && wordCount(trimmed) <= 12 ? 'after the story' : undefined);
    if (reason) chrome.push({ line: trimmed, reason });
    else kept.push(line);
  });
  return {
    title: titleIndex >= 0 ? lines[titleIndex]!.trim().replace(/^#+\s*/, '') : '',
    ...(dateline ? { dateline } : {}),
    ...(statedDate ? { statedDate } : {}),
    paragraphs: toParagraphs(kept),
    chrome,
  };
}
