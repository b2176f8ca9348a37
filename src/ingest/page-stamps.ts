import type { FoundDate } from './date-lines.js';

/**
 * Which of a saved page's date stamps speak for the story. A page lists other stories with their dates
 * (related links, "most read", comments, embedded posts), so a stamp anywhere does not count: the story's
 * own stamps stand around its headline and lead; on the line or two after its last sentence; and further down
 * or on the page's last lines, only a stamp that says what it is ("Published 13 January 2019"): bare dates
 * there head other stories.
 */
export interface StoryFrame {
  /** The headline's line, or -1. */
  title: number;
  /** The story's first line. */
  storyStart: number;
  /** The story's last sentence's line. */
  storyEnd: number;
}

const ABOVE_TITLE = 12;
const INTO_STORY = 8;
const AFTER_STORY = 6;
const CLOSING_LINES = 2;
const LAST_LINES = 8;

export function storyStamps(stamps: readonly (readonly FoundDate[])[], lines: readonly string[], frame: StoryFrame): FoundDate[] {
  const top = frame.title >= 0 ? frame.title : frame.storyStart;
  const near = new Set<number>();
  const addNonEmpty = (from: number, step: 1 | -1, count: number, into = near, until = lines.length - 1) => {
    for (let i = from, n = 0; i >= 0 && i <= until && n < count; i += step) {
      if (!lines[i]!.trim()) continue;
      into.add(i);
      n++;
    }
  };
  addNonEmpty(top - 1, -1, ABOVE_TITLE);
  for (let i = Math.max(0, top); i < Math.min(lines.length, frame.storyStart); i++) near.add(i);
  addNonEmpty(Math.max(0, frame.storyStart), 1, INTO_STORY, near, Math.max(frame.storyStart, frame.storyEnd));
  const tail = new Set<number>();
  const head = near;
  // The line or two right after the last sentence is the story's own footer ("June 9, 2020"): any stamp there counts.
  addNonEmpty(frame.storyEnd + 1, 1, CLOSING_LINES);
  addNonEmpty(frame.storyEnd + 1, 1, AFTER_STORY, tail);
  addNonEmpty(lines.length - 1, -1, LAST_LINES, tail);
  const indexes = [...new Set([...head, ...tail])].sort((a, b) => a - b);
  return indexes.flatMap((i) => (stamps[i] ?? []).filter((s) => head.has(i) || s.kind !== 'plain'));
}

/** Words a stamp line holds besides its dates and times: a byline's name at most ("December 19, 2016 by Jane Doe"). */
const PURE_STAMP_WORDS = 4;

/**
 * Where the story's frame holds no stamp (its headline or lead may be misread), the page as a whole may
 * still date it, but only plainly: "published" stamps that all name one day; or else bare stamp lines (not
 * a caption that mentions a date) below the headline (`top`), when every stamp on the page names that
 * same day. A lone stamp far from the story is as likely another story's as the story's own, and one
 * above the headline is often the site's header giving the day the page was saved.
 */
export function pageWideStamps(stamps: readonly (readonly FoundDate[])[], lines: readonly string[], top = 0): FoundDate[] {
  const all = stamps.flat();
  const published = all.filter((s) => s.kind === 'published');
  if (published.length) return published.every((s) => s.day === published[0]!.day) ? published : [];
  if (!all.length || !all.every((s) => s.day === all[0]!.day)) return [];
  return all.filter((s) => s.kind !== 'plain' || (s.line >= top && otherWords(lines[s.line] ?? '') <= PURE_STAMP_WORDS));
}

function otherWords(line: string): number {
  const dateless = line
    .replace(/(?:\d{4}-\d\d-\d\d)(?:T[\d:.+Z-]*)?/g, ' ')
    .replace(/\b\d{1,2}(?:[:.]\d{2})+\s*(?:[ap]\.?m\.?)?/gi, ' ')
    .replace(/\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\w*,?\s+\d{4}|\b\d{1,2}\w*\s+(?:of\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,?\s+\d{4}/gi, ' ');
  return dateless.split(/\s+/).filter((w) => /\p{L}{2,}/u.test(w)).length;
}
