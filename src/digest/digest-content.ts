import { tz } from '@date-fns/tz';
import { format } from 'date-fns';
import type { EnrichedArticle } from '../articles/article.js';
import { shownSentence, summarySentences } from '../articles/summary.js';
import { escapeMarkdown, truncateAtWord } from '../replies/markdown.js';
import type { Reply, ReplyField, ReplyImage } from '../replies/reply.js';
import type { StoryLookup } from '../stories/story-lookup.js';
import { localMoment } from './next-run.js';
import { plural } from '../replies/wording.js';
import { undatedMark } from '../briefing/undated-news.js';
import { shownHeadline } from '../articles/shown-headline.js';

/**
 * The digest as a Reply: the period's top stories (headline, one sentence quoted verbatim from the
 * stored summary ranking, how many sources and which), the leaders in the news with one line each, and
 * a chart when one is supplied. Copies of a story are folded by the story lookup, so when stories come
 * from the briefings work the digest shows one entry per event with every source counted.
 */
export const MAX_STORIES = 5;
export const MAX_LEADERS = 5;
const MAX_IDS = 5;

export interface DigestInput {
  /** The articles that arrived in the period, newest arrival first. */
  articles: readonly EnrichedArticle[];
  stories: StoryLookup;
  localDate: string;
  zone: string;
  /** Where the period starts, and whether that is the channel's last digest (or only "24 hours ago"). */
  since: Date;
  sinceLastDigest: boolean;
  /** On a day with nothing new, post nothing (undefined) instead of one line. */
  quiet: boolean;
  footer: string;
  /** The chart of the period's mentions, where the briefings work provides one. */
  chart?: (articles: readonly EnrichedArticle[]) => ReplyImage | undefined;
}

interface Story {
  articles: EnrichedArticle[];
  /** Position of its newest article in arrival order (0 = newest). */
  freshness: number;
}

export function groupStories(articles: readonly EnrichedArticle[], lookup: StoryLookup): Story[] {
  const byId = new Map<string, Story>();
  articles.forEach((article, index) => {
    const id = lookup.storyIdOf(article.id) ?? article.id;
    const story = byId.get(id) ?? { articles: [], freshness: index };
    story.articles.push(article);
    byId.set(id, story);
  });
  return [...byId.values()].sort(
    (a, b) => b.articles.length - a.articles.length || a.freshness - b.freshness || a.articles[0]!.title.localeCompare(b.articles[0]!.title),
  );
}

function storyField(story: Story): ReplyField {
  const lead = story.articles[0]!;
  const first = summarySentences(lead, 1)[0];
  const sentence = first && shownSentence(lead, first);
  const sources = [...new Set(story.articles.map((a) => a.source).filter((s): s is string => Boolean(s)))];
  const count = story.articles.length;
  const ids = story.articles.slice(0, MAX_IDS).map((a) => `\`${a.id}\``);
  if (count > MAX_IDS) ids.push(`+${count - MAX_IDS} more`);
  const sourceLine = `${plural(count, 'source')}${sources.length ? ` (${escapeMarkdown(truncateAtWord(sources.join(', '), 200))})` : ''}: ${ids.join(' ')}`;
  const quote = sentence ? `> “${escapeMarkdown(truncateAtWord(sentence, 600))}”\n` : '';
  const undated = undatedMark(lead);
  return { name: truncateAtWord(escapeMarkdown(shownHeadline(lead.title)), 256), value: `${quote}${sourceLine}${undated ? `\n${undated}` : ''}` };
}

/** One line per leader named in the period: name, role, in how many stories, the headline of the top one. */
export function leaderLines(stories: readonly Story[], limit = MAX_LEADERS): string[] {
  const leaders = new Map<string, { name: string; role?: string; stories: Set<number>; mentions: number; headline: string }>();
  stories.forEach((story, index) => {
    for (const article of story.articles) {
      for (const entity of article.analysis.entities) {
        if (!entity.leader) continue;
        const seen = leaders.get(entity.key) ?? { name: entity.name, stories: new Set<number>(), mentions: 0, headline: story.articles[0]!.title };
        seen.stories.add(index);
        seen.mentions += entity.mentions.length;
        seen.role ??= entity.roles.find((r) => !r.former)?.title;
        if (entity.name.length > seen.name.length) seen.name = entity.name;
        leaders.set(entity.key, seen);
      }
    }
  });
  return [...leaders.values()]
    .sort((a, b) => b.stories.size - a.stories.size || b.mentions - a.mentions || a.name.localeCompare(b.name))
    .slice(0, limit)
    .map((l) => {
      const role = l.role ? `, ${escapeMarkdown(l.role)}` : '';
      const count = l.stories.size === 1 ? '' : `${l.stories.size} stories, top `;
      return truncateAtWord(`**${escapeMarkdown(l.name)}**${role}: ${count}“${escapeMarkdown(l.headline)}”`, 200);
    });
}

export function dayLabel(localDate: string): string {
  return format(new Date(`${localDate}T12:00:00Z`), 'EEEE d MMMM yyyy', { in: tz('UTC') });
}

export function buildDigest(input: DigestInput): Reply | undefined {
  const title = `News digest · ${dayLabel(input.localDate)}`;
  const since = input.sinceLastDigest ? `since the last digest (${localMoment(input.since, input.zone)})` : 'in the last 24 hours';
  if (input.articles.length === 0) {
    if (input.quiet) return undefined;
    return { title, text: `Nothing new ${since}.`, footer: input.footer };
  }
  const stories = groupStories(input.articles, input.stories);
  const fields = stories.slice(0, MAX_STORIES).map(storyField);
  const leaders = leaderLines(stories);
  if (leaders.length) fields.push({ name: 'Leaders in the news', value: leaders.join('\n') });
  const articles = input.articles.length;
  const more = stories.length > MAX_STORIES ? ` The top ${MAX_STORIES} follow.` : '';
  const image = input.chart?.(input.articles);
  return {
    title,
    text: `${plural(articles, 'new article')} in ${plural(stories.length, 'story', 'stories')} ${since}.${more}`,
    fields,
    footer: input.footer,
    ...(image ? { image } : {}),
  };
}
