import { escapeMarkdown } from '../replies/markdown.js';
import { notice, type Reply, type ReplyField } from '../replies/reply.js';
import { LIMITS, packLines, plural, replySize } from './brief-format.js';
import { companionLines, fullTimelineButton, latestQuotes, sourceLines, timelineFields } from './brief-sections.js';
import type { Briefings } from './briefings.js';
import { mentionPicture } from './chart-picture.js';
import { articlesNaming, companionsOf, rolesOf, type RoleLine } from './entity-facts.js';
import { displayName, isLeader, type EntityRecord } from './entity-record.js';
import { entityTimeline } from './timeline-pages.js';

const BUDGET = LIMITS.total - 300;
const PLACE_TYPES = new Set(['place', 'country']);

function roleLine(role: RoleLine): string {
  const title = `${escapeMarkdown(role.title)}${role.former ? ' (former)' : ''}`;
  const when = role.first === role.last ? role.first : `${role.first} to ${role.last}`;
  const count = role.articles.length > 1 ? ` · ${plural(role.articles.length, 'article')}, first` : '';
  return `${title} — ${when}${count} \`${role.articles[0]}\``;
}

export function mergedPerDay(records: readonly EntityRecord[], since?: string): Map<string, number> {
  const perDay = new Map<string, number>();
  for (const record of records) for (const [day, n] of record.perDay) if (!since || day >= since) perDay.set(day, (perDay.get(day) ?? 0) + n);
  return perDay;
}

/**
 * A person: roles as the articles give them, what the latest articles say (quoted), their dated events,
 * who and where is most often beside them, the sources, and a chart of mentions.
 */
export function personBriefing(b: Briefings, key: string, since?: string): Reply {
  const records = b.directory.members(key);
  const head = b.directory.record(key);
  if (!head || records.length === 0) return notice('That name has left the archive.');
  const name = displayName(head);
  const naming = articlesNaming(records, b.archive, since);
  if (naming.length === 0) return notice(`No article since ${since} names ${escapeMarkdown(name)}.`);
  const leader = records.some(isLeader);
  const mentions = naming.reduce((n, a) => n + a.sentences.length, 0);
  const span = naming.length > 1 ? `${naming.at(-1)!.article.date} to ${naming[0]!.article.date}` : naming[0]!.article.date;
  const text = `${leader ? 'Leader' : 'Person'} · named in ${plural(naming.length, 'article')} (${span}) · ${plural(mentions, 'sentence')} about them${since ? ` · since ${since}` : ''}`;

  const timeline = entityTimeline(b, key, since);
  const companions = companionsOf(key, records, b.directory, timeline);
  const people = companions.filter((c) => c.type === 'person');
  const places = companions.filter((c) => PLACE_TYPES.has(c.type));
  const fixed: ReplyField[] = [];
  const roles = rolesOf(records);
  if (roles.length) fixed.push(...packLines(roles.length === 1 ? 'Role' : 'Roles, oldest first', roles.map(roleLine), 1100, 1).fields);
  fixed.push(...packLines('Latest, quoted', latestQuotes(naming, b.stories, 3), 1100, 1).fields);
  const after: ReplyField[] = [];
  if (people.length) after.push(...packLines('Most often beside: people', companionLines(people, 5), 600, 1).fields);
  if (places.length) after.push(...packLines('Most often beside: places', companionLines(places, 5), 600, 1).fields);
  after.push(...packLines(`Sources (${naming.length})`, sourceLines(naming.map((n) => n.article), 5), 700, 1).fields);

  const title = `Briefing: ${name}`;
  const footer = 'Quoted sentences are verbatim; the id after each is the article it is from.';
  const room = BUDGET - replySize({ title, text, footer, fields: [...fixed, ...after] });
  const shown = timelineFields(timeline, room, LIMITS.fields - fixed.length - after.length, key);
  const image = mentionPicture(b.pictures, { name, fileStem: key.replace(':', '-'), perDay: mergedPerDay(records, since), unit: 'mentions' });
  return {
    title,
    text,
    fields: [...fixed, ...shown.fields, ...after],
    footer,
    buttons: fullTimelineButton(key, timeline.length, shown.shown),
    ...(image ? { image } : {}),
  };
}
