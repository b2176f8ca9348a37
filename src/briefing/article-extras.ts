import type { EnrichedArticle } from '../articles/article.js';
import { escapeMarkdown } from '../replies/markdown.js';
import type { ReplyField } from '../replies/reply.js';
import { packLines } from './brief-format.js';
import { placePreposition } from './line-places.js';
import { holdsName } from './phrase-names.js';
import { sourceLines } from './brief-sections.js';
import type { Briefings } from './briefings.js';
import { timeLabel, timeSortKey } from './time-order.js';
import { entryOf } from './timeline.js';
import { isSubjectsOwnAct } from './timeline-filter.js';
import { dateFoundField } from './undated-news.js';
import { isOffice, officeOf, rolesOf } from './entity-facts.js';
import { displayName } from './entity-record.js';
import { spelledTitle } from './office-key.js';

const MAX_EVENTS = 8;
const MAX_SOURCES = 5;
/** Mentions that make an article about a person, and articles that make the archive call them a leader. */
const ABOUT_MENTIONS = 2;

/** What `/article` adds to its card: the article's leaders, its dated events, and its story's other sources. */
export function articleBriefingFields(b: Briefings, article: EnrichedArticle): ReplyField[] {
  const { entities, events } = article.analysis;
  const nameOf = new Map(entities.map((e) => [e.key, e.name]));
  const fields: ReplyField[] = [dateFoundField(article)];
  // A leader the text titles here, or one the archive knows as a leader whom this article is about
  // ("Benjamin Netanyahu … completed a dramatic return as Israel's prime minister"), first named first.
  const keys = b.directory.keysOf(article.id);
  // Counted over every record folded into the person ("Luiz Inacio Lula da Silva" and "Lula da Silva" alike).
  const knownLeader = (i: number) => {
    const members = b.directory.members(b.directory.canonical(keys[i] ?? entities[i]!.key));
    const leaderIn = members.reduce((sum, r) => sum + r.leaderIn, 0);
    return entities[i]!.type === 'person' && entities[i]!.mentions.length >= ABOUT_MENTIONS && leaderIn >= ABOUT_MENTIONS;
  };
  // A surname alone ("Johnson", where the article's full name was page furniture) is shown as the archive's
  // name for the person it was filed under, which holds that word.
  const shownName = (i: number): string => {
    const e = entities[i]!;
    if (e.type !== 'person' || e.name.includes(' ')) return e.name;
    const record = b.directory.record(b.directory.canonical(keys[i] ?? e.key));
    const full = record ? displayName(record) : '';
    return full.split(/\s+/).includes(e.name) ? full : e.name;
  };
  // "President George W. Bush" in a 2022 look back: the archive has him out of that office by the article's
  // day and in it no longer, so the card says former, as the role lines do.
  const recalledOffice = (i: number, title: string): boolean => {
    const lines = rolesOf(b.directory.members(b.directory.canonical(keys[i] ?? entities[i]!.key))).filter((l) => officeOf(l.title) === officeOf(title));
    const held = lines.some((l) => !l.former && l.first <= article.date && article.date <= l.last);
    return !held && lines.some((l) => l.former && l.first <= article.date);
  };
  const leaders = entities
    .map((e, i) => ({ e, i }))
    .filter(({ e, i }) => e.leader || knownLeader(i))
    .map(({ e, i }) => {
      // Only an office ("Russian President"), written out, as the role lines show it; "rival" or "author" says nothing here.
      const offices = e.roles.filter((r) => isOffice(r.title));
      const role = offices.find((r) => !r.former) ?? offices[0];
      const former = role && (role.former || recalledOffice(i, role.title));
      const name = shownName(i);
      // "Queen Mary", not "Queen Mary (Queen)": a name styled with the title says it already.
      const said = role && !former && name.startsWith(`${role.title} `);
      return `${escapeMarkdown(name)}${role && !said ? ` (${former ? 'former ' : ''}${escapeMarkdown(spelledTitle(role.title))})` : ''}`;
    });
  if (leaders.length) fields.push(...packLines('Leaders', [leaders.join(', ')], 1024, 1).fields);
  // The same test a timeline line passes: someone named acts in that clause at that date. An event only
  // the raw analysis holds ("only say · White House", "email to USA") is worse than none.
  const plain = events.filter((_, event) => {
    const entry = entryOf(article, { articleId: article.id, event }, b.directory);
    return !!entry && entry.actors.some((k) => /^(?:person|organisation):/.test(k) && isSubjectsOwnAct(entry, k, [entry.names[k] ?? '']));
  });
  const lines = [...plain]
    .sort((a, b) => timeSortKey(a.date, article.date).localeCompare(timeSortKey(b.date, article.date)))
    .slice(0, MAX_EVENTS)
    .map((e) => {
      // Names the phrase already holds ("arrived at Khasan station", "vote for Biden") are not repeated.
      const names = (keys: readonly string[]) => [...new Set(keys.map((k) => nameOf.get(k) ?? ''))].filter((n) => n && !holdsName(e.what, n));
      const who = names(e.actors).join(', ');
      const places = names(e.places);
      const where = places.length ? `${placePreposition(places)} ${escapeMarkdown(places.join(', '))}` : '';
      const parts = [escapeMarkdown(e.what), who && escapeMarkdown(who), where].filter(Boolean).join(' · ');
      return `**${timeLabel(e.date, article.date)}** · ${parts}${e.planned ? ' · *planned*' : ''}`;
    });
  if (plain.length > MAX_EVENTS) lines.push(`…and ${plain.length - MAX_EVENTS} more`);
  if (lines.length) fields.push(...packLines('Events', lines, 1024, 1).fields);
  const story = b.stories.storyOfArticle(article.id);
  if (story && story.members.size > 1) {
    const others = [...story.members]
      .filter((id) => id !== article.id)
      .map((id) => b.archive.get(id))
      .filter((a): a is EnrichedArticle => a !== undefined)
      .sort((x, y) => x.date.localeCompare(y.date) || x.id.localeCompare(y.id));
    const lines = [...sourceLines(others, MAX_SOURCES, story.copies), `Story \`${story.id}\`: /brief about:${story.id}`];
    fields.push(...packLines(`Also in this story (${others.length})`, lines, 1024, 1).fields);
  }
  return fields;
}
