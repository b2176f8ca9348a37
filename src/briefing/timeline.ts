import type { EnrichedArticle } from '../articles/article.js';
import type { Archive } from '../articles/archive.js';
import { prefetchTimelineParts, timelinePart } from '../articles/analysis-shelf.js';
import { runsOf } from '../articles/runs-of.js';
import type { Granularity } from '../language/analysis.js';
import type { EntityDirectory } from './entity-directory.js';
import type { EventRef } from './entity-record.js';
import { OPENING_WITHIN } from '../articles/summary.js';
import { nameForm } from './name-forms.js';
import { placedCount, placedPresence } from './placed-entities.js';
import { standInTimes } from './stand-in-times.js';
import type { Span } from './timeline-clause.js';
import { timeSortKey } from './time-order.js';

export interface TimelineEntry {
  date: string;
  granularity: Granularity;
  sortKey: string;
  /** The event's phrase ("met"); absent for a dated sentence standing in for an event. */
  what?: string;
  planned: boolean;
  /** The sentence, verbatim, from the cited article. */
  evidence: string;
  /** The evidence may open the story (one of its first sentences): it is shown without a dateline (offsets stay in `evidence`). */
  opening?: boolean;
  articleId: string;
  articleDate: string;
  /** Canonical keys of who acts and where. */
  actors: string[];
  places: string[];
  /** Display names, by key, of the actors and places. */
  names: Record<string, string>;
  /** Other articles that tell the same (copies, other reports). */
  alsoIn: string[];
  /** Distinct outlets among the cited article and `alsoIn`. */
  outlets: number;
  /** Where the event's date is written in `evidence`; absent when it is inferred (the article's day, an undated plan). */
  dateAt?: Span;
  /** The sentence's time expressions, as offsets in `evidence`. */
  timesAt?: Span[];
  /** The article names a day of the week before its own ("late Thursday", "last Wednesday"): its lead may report that day, not the article's. */
  leadNamesEarlierDay?: boolean;
}

/** The phrase as the sentence says it, at word boundaries: a phrase cut mid-word ("dured a …") is garbled. */
export function phraseIsWhole(what: string, evidence: string): boolean {
  const at = evidence.toLowerCase().indexOf(what.toLowerCase());
  // A phrase rebuilt from the sentence ("launched" from "launching") still has its later words there.
  if (at < 0) return evidence.toLowerCase().includes(what.toLowerCase().split(' ').slice(1).join(' '));
  const before = evidence[at - 1] ?? ' ';
  const after = evidence[at + what.length] ?? ' ';
  return !/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after);
}

/** The sentence's time expressions, with offsets in the sentence's text. */
function writtenTimes(article: EnrichedArticle, sentence: number): { start: number; end: number; value: string }[] {
  const { sentences, times } = timelinePart(article);
  const s = sentences[sentence];
  if (!s) return [];
  return times.filter((t) => t.sentence === sentence).map((t) => ({ start: t.start - s.start, end: t.end - s.start, value: t.value }));
}

/** The same event in other words: the phrase's first word (its verb), the day and who else acts. */
function eventKeyOf(entry: TimelineEntry): string | undefined {
  if (!entry.what) return undefined;
  const verb = nameForm(entry.what).split(' ')[0] ?? '';
  return `${entry.date}|${verb}|${[...entry.actors].sort().join(',')}|${entry.planned}`;
}

/** What every line from one article shares: canonical keys of its entities, their names, whether its lead may tell of an earlier day. */
export interface ArticleLines {
  canon: (keys: readonly string[]) => string[];
  names: Record<string, string>;
  leadNamesEarlierDay: boolean;
}

export function articleLines(article: EnrichedArticle, directory: EntityDirectory): ArticleLines {
  const { times, entities } = timelinePart(article);
  const keys = directory.keysOf(article.id);
  const canonicalOf = new Map(entities.map((e, i) => [e.key, keys[i] ?? e.key]));
  // The outlet that published or is only cited by the article ("(CNN)", "CNN's Jill Dougherty") filed no
  // presence in the directory: it is no actor of the article's happenings.
  const placed = directory.placedIn(article.id);
  const furniture = new Set(entities.filter((e, i) => e.type === 'organisation' && i < placedCount(placed) && placedPresence(placed, i) === undefined).map((e) => e.key));
  const canon = (list: readonly string[]) => [...new Set(list.filter((k) => !furniture.has(k)).map((k) => canonicalOf.get(k) ?? directory.canonical(k)))];
  const names: Record<string, string> = {};
  entities.forEach((e, i) => (names[keys[i] ?? e.key] = e.name));
  // "…made them late Thursday" in a Friday article, "called her last Wednesday" anywhere in it: its lead may report an earlier day, not the article's.
  const dayBefore = new Date(Date.parse(`${article.date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  const weekBefore = new Date(Date.parse(`${article.date}T00:00:00Z`) - 6 * 86_400_000).toISOString().slice(0, 10);
  const leadNamesEarlierDay = times.some((t) => t.granularity === 'day' && t.value <= dayBefore && t.value >= weekBefore);
  return { canon, names, leadNamesEarlierDay };
}

/** One line of an article; `lines` (its shared part) is worked out once per article when many lines are. */
export function entryOf(article: EnrichedArticle, ref: EventRef, directory: EntityDirectory, lines = articleLines(article, directory)): TimelineEntry | undefined {
  const { events, times, sentences, entities } = timelinePart(article);
  const { canon, names, leadNamesEarlierDay } = lines;
  const base = { articleId: article.id, articleDate: article.date, alsoIn: [] as string[], outlets: 1, names };
  if ('event' in ref) {
    const event = events[ref.event];
    if (!event) return undefined;
    const evidence = sentences[event.sentence]?.text ?? event.evidence;
    const { date, granularity, what, planned } = event;
    if (!phraseIsWhole(what, evidence)) return undefined;
    const at = writtenTimes(article, event.sentence);
    const written = at.filter((t) => t.value === date);
    // Of two mentions of the date, the one nearest the phrase.
    const near = evidence.toLowerCase().indexOf(what.toLowerCase());
    written.sort((a, b) => Math.abs(a.start - near) - Math.abs(b.start - near));
    const dateAt = written[0] ? { start: written[0].start, end: written[0].end } : undefined;
    const timesAt = at.map(({ start, end }) => ({ start, end }));
    return { ...base, date, granularity, sortKey: timeSortKey(date, article.date), what, planned, evidence, ...(event.sentence < OPENING_WITHIN ? { opening: true } : {}), actors: canon(event.actors), places: canon(event.places), timesAt, leadNamesEarlierDay, ...(dateAt ? { dateAt } : {}) };
  }
  const time = times[ref.time];
  const sentence = time ? sentences[time.sentence] : undefined;
  if (!time || !sentence) return undefined;
  const named = entities.filter((e) => e.mentions.some((m) => m.sentence === time.sentence));
  return {
    ...base,
    date: time.value,
    granularity: time.granularity,
    sortKey: timeSortKey(time.value, article.date),
    planned: false,
    evidence: sentence.text,
    ...(time.sentence < OPENING_WITHIN ? { opening: true } : {}),
    actors: canon(named.filter((e) => e.type !== 'place').map((e) => e.key)),
    places: canon(named.filter((e) => e.type === 'place').map((e) => e.key)),
  };
}

/**
 * What a pass over happenings works out that another pass over some of the same reuses (a briefing's
 * windows, then the whole timeline): each article's lines, and `keep`'s verdict on each happening. Only for
 * passes with the same `keep`, in one state of the directory.
 */
export interface TimelineMemo {
  lines: Map<string, ArticleLines>;
  kept: Map<EventRef, boolean>;
}

export const timelineMemo = (): TimelineMemo => ({ lines: new Map(), kept: new Map() });

/**
 * Dated events in order, oldest first, each with its evidence. The same happening told by several
 * articles (a copy, or another report with the same date, verb and actors) is one entry citing the
 * earliest report, with the outlets that tell it counted; one sentence gives one past entry and one plan at most.
 * `keep` judges each report: only a report it keeps is cited as a line; one it does not keep still counts
 * as another source of a kept line that tells the same.
 */
export function buildTimeline(refs: Iterable<EventRef>, archive: Archive, directory: EntityDirectory, since?: string, keep?: (entry: TimelineEntry) => boolean, memo: TimelineMemo = timelineMemo()): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  const unplain = new Set<TimelineEntry>();
  for (const ref of partsReadAhead(refs, archive, since)) {
    const article = archive.get(ref.articleId);
    if (!article || (since && article.date < since)) continue;
    let lines = memo.lines.get(article.id);
    if (!lines) memo.lines.set(article.id, (lines = articleLines(article, directory)));
    const entry = entryOf(article, ref, directory, lines);
    if (!entry) continue;
    entries.push(entry);
    if (!keep) continue;
    let kept = memo.kept.get(ref);
    if (kept === undefined) memo.kept.set(ref, (kept = keep(entry)));
    if (!kept) unplain.add(entry);
  }
  // Plain reports first, so a line cites one; within one article a past event before a plan, so a sentence's one entry is what it reports.
  entries.sort((a, b) => Number(unplain.has(a)) - Number(unplain.has(b)) || a.articleDate.localeCompare(b.articleDate) || a.articleId.localeCompare(b.articleId) || Number(a.planned) - Number(b.planned));
  const kept: TimelineEntry[] = [];
  const bySentence = new Set<string>();
  const byText = new Map<string, TimelineEntry>();
  const byEvent = new Map<string, TimelineEntry>();
  const outletsOf = new Map<TimelineEntry, Set<string>>();
  for (const entry of entries) {
    const sentenceKey = `${entry.articleId}|${entry.evidence}|${entry.planned}`;
    const textKey = `${entry.date}|${nameForm(entry.evidence)}`;
    const eventKey = eventKeyOf(entry);
    const same = byText.get(textKey) ?? (eventKey ? byEvent.get(eventKey) : undefined);
    const outlet = outletOf(archive, entry.articleId);
    if (same) {
      if (same.articleId !== entry.articleId && !same.alsoIn.includes(entry.articleId)) same.alsoIn.push(entry.articleId);
      outletsOf.get(same)!.add(outlet);
      continue;
    }
    if (bySentence.has(sentenceKey) || unplain.has(entry)) continue;
    bySentence.add(sentenceKey);
    kept.push(entry);
    outletsOf.set(entry, new Set([outlet]));
    byText.set(textKey, entry);
    if (eventKey) byEvent.set(eventKey, entry);
  }
  for (const entry of kept) entry.outlets = outletsOf.get(entry)!.size;
  return kept.sort((a, b) => a.sortKey.localeCompare(b.sortKey) || Number(a.planned) - Number(b.planned) || a.articleDate.localeCompare(b.articleDate));
}

/** How many happenings' articles have their timeline parts read in one go. */
const READ_AHEAD = 64;

/** The refs as they come, each run's articles' timeline parts read in one go first (where they are shelved). */
function* partsReadAhead(refs: Iterable<EventRef>, archive: Archive, since?: string): Generator<EventRef> {
  for (const run of runsOf(refs, READ_AHEAD)) {
    prefetchTimelineParts(run.flatMap((ref) => archive.get(ref.articleId) ?? []).filter((article) => !since || article.date >= since));
    yield* run;
  }
}

/** An article's outlet (its source, else the feed it came by, else itself: an unknown outlet counts once). */
export function outletOf(archive: Archive, id: string): string {
  const article = archive.get(id);
  return article?.source ?? article?.via ?? id;
}

/** Every event of a set of articles (a story), as references. */
export function articleEventRefs(articles: readonly EnrichedArticle[]): EventRef[] {
  const refs: EventRef[] = [];
  prefetchTimelineParts(articles);
  for (const article of articles) {
    const { events, times } = timelinePart(article);
    if (events.length) events.forEach((_, event) => refs.push({ articleId: article.id, event }));
    else for (const time of standInTimes(times)) refs.push({ articleId: article.id, time });
  }
  return refs;
}
