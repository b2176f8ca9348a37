import { escapeMarkdown } from '../replies/markdown.js';
import type { Reply, ReplyField } from '../replies/reply.js';
import { LIMITS, packLines, replySize } from './brief-format.js';
import { plural } from '../replies/wording.js';
import { besideHeading, companionLines, copiesIn, fullTimelineButton, latestQuotes, sourceLines, TIMELINE_IN_BRIEF, timelineFields } from './brief-sections.js';
import type { Briefings } from './briefings.js';
import { mentionPicture } from './chart-picture.js';
import { briefingSubject, rolesOf } from './entity-facts.js';
import { companionsOf, newestIn, PLACE_TYPES, type Companion } from './companions.js';
import { roleRows, rowSpans, type RoleRow } from './role-rows.js';
import { isLeader, mentionsPerDay } from './entity-record.js';
import { latestTimeline } from './latest-timeline.js';

const BUDGET = LIMITS.total - 300;
/** The country most often named beside the person, when it leads the next by half again; else none. */
function homeCountry(places: readonly Companion[]): string | undefined {
  const [first, second] = places.filter((c) => c.type === 'country');
  return first && (!second || first.articles >= 1.5 * second.articles) ? first.name : undefined;
}

/** The names beside the person a briefing lists, of each kind. */
const BESIDE_SHOWN = { people: 5, places: 5 };

function roleLine(role: RoleRow): string {
  const title = `${escapeMarkdown(role.title)}${role.former ? ' (former)' : ''}`;
  const when = rowSpans(role);
  const count = role.articles.length > 1 ? ` · ${plural(role.articles.length, 'article')}, first` : '';
  return `${title} — ${when}${count} \`${role.articles[0]}\``;
}

/**
 * A person: roles as the articles give them, what the latest articles say (quoted), their dated events,
 * who and where is most often beside them, the sources, and a chart of mentions.
 */
export function personBriefing(b: Briefings, key: string, since?: string): Reply {
  const subject = briefingSubject(b.directory, b.archive, key, since);
  if (!('naming' in subject)) return subject;
  const { records, name, naming, span } = subject;
  const leader = records.some(isLeader);
  const mentions = naming.reduce((n, a) => n + a.sentences.length, 0);
  const text = `${leader ? 'Leader' : 'Person'} · named in ${plural(naming.length, 'article')} (${span}) · ${plural(mentions, 'sentence')} about them${since ? ` · since ${since}` : ''}`;

  // On the biggest names only the newest articles are read for it: then events together are not counted.
  const { entries: timeline, complete } = latestTimeline(b, key, TIMELINE_IN_BRIEF, since);
  const companions = companionsOf(key, records, b.directory, complete ? timeline : [], BESIDE_SHOWN, newestIn(b.archive));
  const people = companions.filter((c) => c.type === 'person');
  const places = companions.filter((c) => PLACE_TYPES.has(c.type));
  const fixed: ReplyField[] = [];
  const lines = rolesOf(records);
  const lookBacks = b.officeHolders.lookBacks(key, lines, homeCountry(places));
  const roles = roleRows(lines.filter((l) => !lookBacks.has(l)));
  if (roles.length) fixed.push(...packLines(roles.length === 1 ? 'Role' : 'Roles, oldest first', roles.map(roleLine), 1100, 1).fields);
  fixed.push(...packLines('Latest, quoted', latestQuotes(naming, b.stories, 3), 1100, 1).fields);
  const after: ReplyField[] = [];
  if (people.length) after.push(...packLines(besideHeading('people', records), companionLines(people, BESIDE_SHOWN.people), 600, 1).fields);
  if (places.length) after.push(...packLines(besideHeading('places', records), companionLines(places, BESIDE_SHOWN.places), 600, 1).fields);
  after.push(...packLines(`Sources (${naming.length})`, sourceLines(naming.map((n) => n.article), 5, copiesIn(b.stories)), 700, 1).fields);

  const title = `Briefing: ${name}`;
  const footer = 'Quoted sentences are verbatim; the id after each is the article it is from.';
  const room = BUDGET - replySize({ title, text, footer, fields: [...fixed, ...after] });
  const shown = timelineFields(timeline, room, LIMITS.fields - fixed.length - after.length, key, naming[0]?.article.date, complete);
  const image = mentionPicture(b.pictures, { name, fileStem: key.replace(':', '-'), perDay: mentionsPerDay(records, (id) => b.archive.get(id)?.date, since), unit: 'mentions' });
  return {
    title,
    text,
    fields: [...fixed, ...shown.fields, ...after],
    footer,
    buttons: fullTimelineButton(key, complete ? timeline.length : Infinity, shown.shown),
    ...(image ? { image } : {}),
  };
}
