import { escapeMarkdown, truncateAtWord } from '../replies/markdown.js';
import { notice, type Reply } from '../replies/reply.js';
import { LIMITS, packLines, timelineLine } from './brief-format.js';
import { plural } from '../replies/wording.js';
import { briefButtonId, keyHash } from './brief-sections.js';
import type { Briefings } from './briefings.js';
import { displayName, refsOf, type EventRef } from './entity-record.js';
import { articleEventRefs, buildTimeline, outletOf, type TimelineEntry, type TimelineMemo } from './timeline.js';
import { isSubjectsOwnAct } from './timeline-filter.js';
import { oneLinePerHappening } from './timeline-merge.js';

/** The happenings an entity's timeline is made from: a person's or organisation's acts; a place's happenings there first. */
export function timelineRefs(b: Briefings, key: string): EventRef[] {
  const type = b.directory.record(key)?.type;
  return b.directory.members(key).flatMap((r) => refsOf(type === 'person' ? r.acts : type === 'organisation' ? [...r.acts, ...r.hosts] : [...r.hosts, ...r.acts]));
}

/**
 * An entity's timeline, from all its happenings or from `refs` among them. Either way a line stays only
 * where someone named plainly does it at that date (`isSubjectsOwnAct`): for a place, the place itself or
 * one of the line's actors.
 */
export function entityTimeline(b: Briefings, key: string, since?: string, refs: readonly EventRef[] = timelineRefs(b, key), memo?: TimelineMemo): TimelineEntry[] {
  const records = b.directory.members(key);
  const type = b.directory.record(key)?.type;
  const names = records.flatMap((r) => [displayName(r), ...r.names.keys(), ...r.forms.keys()]);
  let keep = (e: TimelineEntry) => isSubjectsOwnAct(e, key, names);
  // A place's line: the place itself did it ("the Danube peaked"), or someone it names did it there.
  if (type !== 'person' && type !== 'organisation') {
    const itself = keep;
    // One list per name, so the words of each actor's name are worked out once (`isSubjectsOwnAct` keeps them by list).
    const lists = new Map<string, string[]>();
    const listOf = (name: string) => lists.get(name) ?? lists.set(name, [name]).get(name)!;
    keep = (e) => itself(e) || e.actors.some((k) => k !== key && ACTORS.test(k) && isSubjectsOwnAct(e, k, listOf(e.names[k] ?? '')));
  }
  const entries = buildTimeline(refs, b.archive, b.directory, since, keep, memo);
  return oneLinePerHappening(entries, (id) => outletOf(b.archive, id));
}

const ACTORS = /^(?:person|organisation|country):/;

/** What a button's key stands for: an entity key, a story id, or the short hash of either. */
export function resolveButtonKey(b: Briefings, key: string): { kind: 'entity' | 'story'; key: string } | undefined {
  if (key.startsWith('#')) {
    const hash = key.slice(1);
    for (const record of b.directory.all()) if (keyHash(record.key) === hash) return { kind: 'entity', key: b.directory.canonical(record.key) };
    for (const story of b.stories.all()) if (keyHash(story.id) === hash) return { kind: 'story', key: story.id };
    return undefined;
  }
  if (b.stories.story(key)) return { kind: 'story', key };
  if (b.directory.record(key)) return { kind: 'entity', key: b.directory.canonical(key) };
  return undefined;
}

const PAGE_BUDGET = LIMITS.total - 400;
const PAGE_FIELDS = 8;

/** Splits timeline lines into pages that each fit one embed. */
export function timelinePages(entries: readonly TimelineEntry[], subject?: string): string[][] {
  const lines = entries.map((e) => timelineLine(e, subject));
  const pages: string[][] = [];
  for (let at = 0; at < lines.length; ) {
    const used = Math.max(1, packLines('Timeline', lines.slice(at), PAGE_BUDGET, PAGE_FIELDS).used);
    pages.push(lines.slice(at, at + used));
    at += used;
  }
  return pages;
}

/** "Full timeline": every dated event, oldest first, a page at a time, with Previous / Next / Briefing. */
export function timelinePage(b: Briefings, buttonKey: string, page: number): Reply {
  const target = resolveButtonKey(b, buttonKey);
  if (!target) return notice('That briefing is no longer in the archive; ask /brief again.');
  let name: string;
  let entries: TimelineEntry[];
  if (target.kind === 'story') {
    const story = b.stories.story(target.key)!;
    const view = b.view(story);
    name = view?.headline ?? target.key;
    entries = buildTimeline(articleEventRefs(view?.articles ?? []), b.archive, b.directory);
  } else {
    name = displayName(b.directory.record(target.key)!);
    entries = entityTimeline(b, target.key);
  }
  const pages = timelinePages(entries, target.kind === 'entity' ? target.key : undefined);
  if (pages.length === 0) return notice(`No dated events for ${escapeMarkdown(name)}.`);
  const current = Math.min(Math.max(1, page), pages.length);
  const lines = pages[current - 1]!;
  const first = pages.slice(0, current - 1).reduce((n, p) => n + p.length, 0) + 1;
  const fields = packLines(`Events ${first}–${first + lines.length - 1} of ${entries.length}`, lines, PAGE_BUDGET, PAGE_FIELDS).fields;
  return {
    title: truncateAtWord(`Timeline: ${name}`, 256),
    text: `${plural(entries.length, 'dated event')}, oldest first · page ${current} of ${pages.length}`,
    fields,
    footer: 'Quoted sentences are verbatim; the id after each is the article it is from.',
    buttons: [
      { id: briefButtonId('tl', current - 1, target.key), label: 'Previous', disabled: current <= 1 },
      { id: briefButtonId('tl', current + 1, target.key), label: 'Next', disabled: current >= pages.length },
      { id: briefButtonId('ab', 1, target.key), label: 'Briefing' },
    ],
  };
}
