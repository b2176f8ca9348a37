import type { Briefings } from './briefings.js';
import { entityTimeline, timelineRefs } from './timeline-pages.js';
import { timelineMemo, type TimelineEntry } from './timeline.js';

/**
 * The newest lines of an entity's timeline, for a briefing's first screen. Reading every happening of the
 * archive's biggest names (thousands of analyses) for six lines would be most of a `/brief about:`, so
 * past WINDOW happenings the timeline is worked out from the newest articles first, in windows that
 * double, until its newest `want` lines are settled: each starts on or after the oldest article read, and
 * a happening is reported no earlier than it happens, so no article left unread can tell of them (a plan
 * is taken from the articles read). `complete` says whether every happening was read: only then is the
 * count of lines the whole timeline's.
 */
const WINDOW = 200;

export interface LatestTimeline {
  entries: TimelineEntry[];
  complete: boolean;
}

export function latestTimeline(b: Briefings, key: string, want: number, since?: string, window = WINDOW): LatestTimeline {
  const refs = timelineRefs(b, key);
  if (refs.length <= window) return { entries: entityTimeline(b, key, since, refs), complete: true };
  // Each window reads again what the smaller one read: its articles' lines and verdicts are reused.
  const memo = timelineMemo();
  const dated = refs.map((ref) => ({ ref, date: b.archive.get(ref.articleId)?.date ?? '' })).sort((x, y) => y.date.localeCompare(x.date));
  for (let take = window; take < dated.length; take *= 2) {
    const boundary = dated[take - 1]!.date;
    // Whole days: the window never cuts one day's articles in two.
    while (take < dated.length && dated[take]!.date === boundary) take++;
    if (take >= dated.length) break;
    const entries = entityTimeline(b, key, since, dated.slice(0, take).map((d) => d.ref), memo);
    const newest = entries.filter((e) => !e.planned).slice(-want);
    if (newest.length === want && newest.every((e) => settled(e, boundary))) return { entries, complete: false };
  }
  return { entries: entityTimeline(b, key, since, refs, memo), complete: true };
}

/**
 * No unread article (dated before `boundary`) can tell of this line: its month starts on or after the
 * boundary. A year line is never settled: a look back ("took power in 2011") may be told years later.
 */
function settled(entry: TimelineEntry, boundary: string): boolean {
  if (entry.granularity === 'year' || !/^\d{4}-\d{2}/.test(entry.sortKey)) return false;
  return `${entry.sortKey.slice(0, 7)}-01` >= boundary;
}
