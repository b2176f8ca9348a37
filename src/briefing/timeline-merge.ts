import { COUNTRIES } from '../language/gazetteer/countries.js';
import { entityKey } from '../language/entities/keys.js';
import { timeSortKey } from './time-order.js';
import type { TimelineEntry } from './timeline.js';

/**
 * One line per happening on a person's timeline. Reports already merge when they share a sentence or
 * a date, verb and actors (`buildTimeline`); a person's acts on one day are also one happening when one
 * article tells them twice ("arrived at the site…", "visited the site…"), two articles tell them in
 * other verbs with a word or a place in common ("visited South Korea", "traveled to South Korea"; a capital
 * and its country are one place), or a
 * month and a day within it share a word stem ("visited Taiwan" in August, "landed in Taiwan" on Aug. 2), or,
 * on one day, one report's other participant is named in the other's sentence.
 * The same phrase given two neighbouring years is dropped: one of them is wrong.
 */
const STOP = new Set('a an the of to in on at for with by from and or his her their its our this that these those into over after before as'.split(' '));

function contentWords(entry: TimelineEntry): Set<string> {
  const words = (entry.what ?? '').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2 && !STOP.has(w));
  // The verb says how it was told, not what happened.
  return new Set(words.slice(1));
}

/** Ways news tells that someone took up an office: "took office", "was sworn in", "succeeded Angela Merkel". */
const TOOK_OFFICE = /^(?:took (?:office|power)|was sworn in|was inaugurated|succeeded (?!in\b)|assumed (?:office|power|the presidency)|came to power|entered office)/i;

/**
 * Word stems of the whole phrase, verb included ("resigned", "resignation" → "resig"); a phrase that tells
 * of taking office also shares "#office" with every other such phrase.
 */
const stems = (entry: TimelineEntry) => {
  const out = new Set((entry.what ?? '').toLowerCase().split(/[^\p{L}]+/u).filter((w) => w.length >= 5).map((w) => w.slice(0, 5)));
  if (TOOK_OFFICE.test(entry.what ?? '')) out.add('#office');
  return out;
};

/** One date within the other: "2022-07" holds "2022-07-07", and "2022-W46" (Nov 14–20) its days and November. */
const nested = (a: string, b: string) => a.startsWith(b) || b.startsWith(a) || inWeek(a, b) || inWeek(b, a);

function inWeek(week: string, other: string): boolean {
  if (!/^\d{4}-W\d{2}$/.test(week) || /^\d{4}-W/.test(other)) return false;
  const monday = Date.parse(`${timeSortKey(week)}T00:00:00Z`);
  for (let d = 0; d < 7; d++) {
    const day = new Date(monday + d * 86_400_000).toISOString().slice(0, 10);
    if (day.startsWith(other) || other === day) return true;
  }
  return false;
}

function sameHappening(a: TimelineEntry, b: TimelineEntry): boolean {
  if (a.planned !== b.planned || !nested(a.date, b.date)) return false;
  const shared = [...stems(a)].some((w) => stems(b).has(w));
  if (a.date !== b.date) return shared;
  if (a.articleId === b.articleId || shared) return true;
  const words = contentWords(a);
  if ([...contentWords(b)].some((w) => words.has(w))) return true;
  if (a.places.some((p) => b.places.some((q) => samePlace(p, q)))) return true;
  return a.granularity === 'day' && (namesOtherIn(a, b) || namesOtherIn(b, a));
}

let capitals: Set<string> | undefined;

/** One place, or a capital and its country ("touched down outside Washington", "traveled to the US"). */
function samePlace(a: string, b: string): boolean {
  if (a === b) return true;
  capitals ??= new Set(COUNTRIES.map((c) => `${entityKey('place', c.capital)}|${entityKey('country', c.name)}`));
  return capitals.has(`${a}|${b}`) || capitals.has(`${b}|${a}`);
}

/**
 * On one day, one report's other participant named in the other's sentence ("called for the Commanders
 * to revert…" and "…since Trump brought up the team's name, the Commanders…"): the same happening told twice.
 */
function namesOtherIn(a: TimelineEntry, b: TimelineEntry): boolean {
  const others = [...a.actors, ...a.places].filter((k) => !b.actors.includes(k));
  const words = new Set(b.evidence.split(/[^\p{L}'’-]+/u));
  return others.some((k) => {
    const last = a.names[k]?.split(/\s+/).at(-1) ?? '';
    return /^\p{Lu}\p{L}{3,}$/u.test(last) && words.has(last);
  });
}

/** The same phrase told with years a year apart ("took power in 2011", "… in 2012"): one of them is wrong, and we cannot tell which. */
function contradicted(entry: TimelineEntry, all: readonly TimelineEntry[]): boolean {
  if (!/^\d{4}$/.test(entry.date)) return false;
  return all.some((o) => o !== entry && o.what === entry.what && /^\d{4}$/.test(o.date) && o.date !== entry.date && Math.abs(Number(o.date) - Number(entry.date)) <= 1);
}

/** Later reports of a happening already listed join its line as other sources; the line keeps its first report. */
export function oneLinePerHappening(entries: readonly TimelineEntry[], outletOf: (articleId: string) => string): TimelineEntry[] {
  const kept: TimelineEntry[] = [];
  // By year, so a month and a day in it meet ("resigned in July", "was forced to resign on July 7").
  const byYear = new Map<string, TimelineEntry[]>();
  for (const entry of entries) {
    if (contradicted(entry, entries)) continue;
    const year = entry.date.slice(0, 4);
    const same = byYear.get(year)?.find((k) => sameHappening(k, entry));
    if (!same) {
      kept.push(entry);
      byYear.set(year, [...(byYear.get(year) ?? []), entry]);
      continue;
    }
    for (const id of [entry.articleId, ...entry.alsoIn]) if (id !== same.articleId && !same.alsoIn.includes(id)) same.alsoIn.push(id);
    same.outlets = new Set([same.articleId, ...same.alsoIn].map(outletOf)).size;
  }
  return kept;
}
