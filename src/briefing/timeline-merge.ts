import type { TimelineEntry } from './timeline.js';

/**
 * One line per happening on a person's timeline. Reports already merge when they share a sentence or
 * a date, verb and actors (`buildTimeline`); a person's acts on one day are also one happening when one
 * article tells them twice ("arrived at the site…", "visited the site…") or two articles tell them in
 * other verbs with a word or a place in common ("visited South Korea", "traveled to South Korea").
 */
const STOP = new Set('a an the of to in on at for with by from and or his her their its our this that these those into over after before as'.split(' '));

function contentWords(entry: TimelineEntry): Set<string> {
  const words = (entry.what ?? '').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2 && !STOP.has(w));
  // The verb says how it was told, not what happened.
  return new Set(words.slice(1));
}

function sameHappening(a: TimelineEntry, b: TimelineEntry): boolean {
  if (a.date !== b.date || a.planned !== b.planned) return false;
  if (a.articleId === b.articleId) return true;
  const words = contentWords(a);
  if ([...contentWords(b)].some((w) => words.has(w))) return true;
  return a.places.length > 0 && a.places.some((p) => b.places.includes(p));
}

/** Later reports of a happening already listed join its line as other sources; the line keeps its first report. */
export function oneLinePerHappening(entries: readonly TimelineEntry[], outletOf: (articleId: string) => string): TimelineEntry[] {
  const kept: TimelineEntry[] = [];
  const byDate = new Map<string, TimelineEntry[]>();
  for (const entry of entries) {
    const same = byDate.get(entry.date)?.find((k) => sameHappening(k, entry));
    if (!same) {
      kept.push(entry);
      byDate.set(entry.date, [...(byDate.get(entry.date) ?? []), entry]);
      continue;
    }
    for (const id of [entry.articleId, ...entry.alsoIn]) if (id !== same.articleId && !same.alsoIn.includes(id)) same.alsoIn.push(id);
    same.outlets = new Set([same.articleId, ...same.alsoIn].map(outletOf)).size;
  }
  return kept;
}
