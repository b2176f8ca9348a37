import { chromeReason, looksLikeSentence, repeatedLines, wordCount, type ChromeContext } from './chrome.js';
import { parseDateline, parseDayOfYear, type Dateline } from './dateline.js';

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

/** "Published: 5 May 2024 10:31 BST", "Updated September 13, 2023" → the date part. */
function dateLine(line: string): string | undefined {
  const m = /^(?:(?:published|updated|posted|last updated|date)\s*:?\s*)?(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)[a-z]*,?\s+)?(.+?)(?:,?\s+\d{1,2}[:.]\d{2}.*)?$/i.exec(line.trim());
  const candidate = m?.[1]?.trim();
  if (!candidate) return undefined;
  if (/^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/.test(candidate)) return candidate.slice(0, 10);
  const day = parseDayOfYear(candidate);
  return day?.year ? `${day.year}-${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}` : undefined;
}

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

export function parsePageText(text: string): ParsedPage {
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
    const asDate = dateLine(line);
    if (asDate && wordCount(line) <= 8) statedDate ??= asDate;
    else if (!reason && wordCount(line) >= 2) headCandidates.push(i);
  }
  if (datelineIndex >= 0) titleIndex = headCandidates[headCandidates.length - 1] ?? -1;
  else titleIndex = headCandidates.find((i) => !looksLikeSentence(lines[i]!) || wordCount(lines[i]!) <= 20) ?? -1;

  for (let i = 0; i < (titleIndex >= 0 ? titleIndex : headEnd); i++) {
    const line = lines[i]?.trim();
    if (line && !dateLine(line)) chrome.push({ line, reason: reasonAt(i) ?? 'above the headline' });
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
