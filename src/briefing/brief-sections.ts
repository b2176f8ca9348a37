import type { EnrichedArticle } from '../articles/article.js';
import { escapeMarkdown } from '../replies/markdown.js';
import type { ReplyButton } from '../replies/reply.js';
import type { StoryBook } from '../stories/story-book.js';
import type { StoryLookup } from '../stories/story-lookup.js';
import { packLines, quoteLine, timelineLine, type Packed } from './brief-format.js';
import { plural } from '../replies/wording.js';
import { BESIDE_WINDOW, besideWindowed, type Companion } from './companions.js';
import type { EntityRecord } from './entity-record.js';
import { bestSentence } from './entity-facts.js';
import { undatedMark, withTheNewsOf } from './undated-news.js';
import { shownSentence } from '../articles/summary.js';
import { createHash } from 'node:crypto';
import type { TimelineEntry } from './timeline.js';

/** One quoted sentence from each of the latest articles, one article per story. */
export function latestQuotes(naming: readonly { article: EnrichedArticle; sentences: number[] }[], stories: StoryLookup, max: number): string[] {
  const lines: string[] = [];
  const storiesSeen = new Set<string>();
  const withTheNews = withTheNewsOf(naming);
  for (const n of naming) {
    const { article, sentences } = n;
    if (lines.length >= max) break;
    if (!withTheNews(n)) continue;
    const story = stories.storyIdOf(article.id) ?? article.id;
    // A page updated after its date would show what it says now under the day it first appeared.
    if (storiesSeen.has(story) || article.analysis.updatedLater) continue;
    const index = bestSentence(article, sentences);
    const sentence = index === undefined ? undefined : article.analysis.sentences[index];
    if (!sentence) continue;
    storiesSeen.add(story);
    lines.push(`**${undatedMark(article) || article.date}**\n${quoteLine(shownSentence(article, sentence), article.id)}`);
  }
  return lines;
}

function sourceLine(article: EnrichedArticle, note = ''): string {
  const by = [article.source, article.via].filter(Boolean).map((s) => escapeMarkdown(s!)).join(' via ');
  return `\`${article.id}\`${by ? ` · ${by}` : ''}${note}`;
}

/** Which articles are near-identical copies of an earlier one, as their stories know it (for `sourceLines`). */
export const copiesIn = (stories: Pick<StoryBook, 'copyOf'>) => ({ has: (id: string) => stories.copyOf(id) !== undefined });

/** The first `max` sources (a story's copies marked), and how many more there are. */
export function sourceLines(articles: readonly EnrichedArticle[], max: number, copies?: { has(id: string): boolean }): string[] {
  const lines = articles.slice(0, max).map((a) => sourceLine(a, copies?.has(a.id) ? ' · copy' : ''));
  if (articles.length > max) lines.push(`…and ${articles.length - max} more`);
  return lines;
}

/** A "Most often beside" heading, saying when only the newest articles were counted (`BESIDE_WINDOW`). */
export function besideHeading(kind: string, records: readonly EntityRecord[]): string {
  return `Most often beside: ${kind}${besideWindowed(records) ? `, latest ${BESIDE_WINDOW.toLocaleString('en-GB')} articles` : ''}`;
}

export function companionLines(companions: readonly Companion[], max: number): string[] {
  return companions.slice(0, max).map((c) => {
    const together = [plural(c.articles, 'article'), c.sentences ? plural(c.sentences, 'sentence') : '', c.events ? plural(c.events, 'event') : ''].filter(Boolean);
    return `${escapeMarkdown(c.name)} · ${together.join(', ')} together`;
  });
}

export const TIMELINE_IN_BRIEF = 6;
const PLANS_IN_BRIEF = 2;

/**
 * The newest timeline entries that fit the budget, shown oldest first, and apart from them the plans
 * the latest articles report ("Planned"): a plan is not something that happened, so it never fills
 * the latest lines. The rest are for the "Full timeline" pages.
 */
export function timelineFields(entries: readonly TimelineEntry[], budget: number, maxFields: number, subject?: string, newsUntil = '', complete = true): Packed & { shown: number } {
  const past = entries.filter((e) => !e.planned);
  // A plan whose day the news has already passed is history, not a plan still to come: the news of the
  // subject's timeline, and the newest article naming them (`newsUntil`).
  const newest = past.at(-1)?.sortKey ?? '';
  const ahead = (e: TimelineEntry) => e.sortKey >= newest && (e.sortKey >= newsUntil || newsUntil.startsWith(e.sortKey));
  const plans = entries
    .filter((e) => e.planned && ahead(e))
    .sort((a, b) => b.articleDate.localeCompare(a.articleDate) || a.sortKey.localeCompare(b.sortKey))
    .slice(0, PLANS_IN_BRIEF);
  const planned = plans.length && maxFields > 1 ? packLines('Planned, as last reported', plans.map((e) => timelineLine(e, subject)), Math.min(budget / 3, 1024), 1) : { fields: [], used: 0, chars: 0 };
  const room = budget - planned.chars;
  const fieldsLeft = maxFields - planned.fields.length;
  const all = past.map((e) => timelineLine(e, subject));
  // A briefing stays short: the newest few; the button pages through all of them.
  const lines = all.slice(-TIMELINE_IN_BRIEF);
  const name = 'Timeline (oldest first)';
  let n = packLines(name, [...lines].reverse(), room, fieldsLeft).used;
  let packed = packLines(name, lines.slice(lines.length - n), room, fieldsLeft);
  while (n > 0 && packed.used < n) packed = packLines(name, lines.slice(lines.length - --n), room, fieldsLeft);
  // Of a timeline read only from its newest articles, the whole count is not known.
  if ((n < all.length || !complete) && packed.fields[0]) packed.fields[0] = { ...packed.fields[0], name: `Timeline: latest ${n}${complete ? ` of ${all.length}` : ''}, oldest first` };
  // A second field goes on under the first's heading, whichever it got: "(oldest first) (cont.)" under
  // "latest 6, oldest first" read as another list. The shorter name keeps within the budget packed for.
  const fields = packed.fields.map((f, i) => (i === 0 ? f : { ...f, name: 'Timeline (cont.)' }));
  return { fields: [...fields, ...planned.fields], used: packed.used + planned.used, chars: packed.chars + planned.chars, shown: n + planned.used };
}

const MAX_ID = 100;

/** `brief:<action>:<page>:<key>`, or a short hash of the key where the key would not fit 100 characters. */
export function briefButtonId(action: 'tl' | 'ab', page: number, key: string): string {
  const plain = `brief:${action}:${page}:${key}`;
  return plain.length <= MAX_ID ? plain : `brief:${action}:${page}:#${keyHash(key)}`;
}

export function keyHash(key: string): string {
  return createHash('sha1').update(key).digest('hex').slice(0, 12);
}

export function fullTimelineButton(key: string, total: number, shown: number): ReplyButton[] {
  return total > shown ? [{ id: briefButtonId('tl', 1, key), label: 'Full timeline' }] : [];
}
