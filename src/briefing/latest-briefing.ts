import { shownSentence, summarySentences } from '../articles/summary.js';
import { formatDay, fromDayNumber } from '../language/times/calendar.js';
import { escapeMarkdown, truncateAtWord } from '../replies/markdown.js';
import { notice, type Reply, type ReplyField } from '../replies/reply.js';
import type { Story } from '../stories/story.js';
import { dayNumber } from '../stories/story-features.js';
import type { StoryView } from '../stories/story-view.js';
import { dateSpan, LIMITS, quoteLine } from './brief-format.js';
import { plural } from '../replies/wording.js';
import type { Briefings } from './briefings.js';
import { sourcesNote, whoWhere } from './story-briefing.js';
import { arrivedWithTheNews, newestDated, undatedMark } from './undated-news.js';

const TOP = 5;
const WINDOW_DAYS = 7;
const SHORTLIST = 30;

export interface RankedStory {
  view: StoryView;
  score: number;
}

/** How news is weighed by age: the latest week from the newest article; `since:` from its date on. */
interface Recency {
  /** Age in days of a story whose articles span these days. */
  age: (firstDay: number, lastDay: number) => number;
  halfLife: number;
}

/** Newer, more widely reported, and about leaders and other people first. */
function rank(view: StoryView, recency: Recency): number {
  const age = recency.age(dayNumber(view.first), dayNumber(view.last));
  return 3 * 0.5 ** (age / recency.halfLife) + Math.log2(1 + view.articles.length) + 0.5 * Math.min(view.actorWeight, 6);
}

/**
 * Stories with an article on or after `start` (the archive is newest first, so this reads only those).
 * Without `since`, newer is better; with it, the stories that began from that day on, the nearest to
 * it first, as the latest news read on that day would have them (within a month, size and who weigh more).
 */
export function topStories(b: Briefings, start: string, count: number, since?: string): RankedStory[] {
  const newest = newestDated(b.archive.all());
  if (!newest) return [];
  const newestDay = dayNumber(newest.date);
  const startDay = dayNumber(start);
  const recency: Recency = since
    ? { age: (first) => Math.max(0, first - startDay), halfLife: 14 }
    : { age: (_first, last) => Math.max(0, newestDay - last), halfLife: 2 };
  const found = new Map<Story, number>();
  for (const article of b.archive.all()) {
    if (article.date < start) break;
    if (!arrivedWithTheNews(article, newestDay)) continue;
    const story = b.stories.storyOfArticle(article.id);
    if (story) found.set(story, (found.get(story) ?? 0) + 1);
  }
  // A cheap first cut on recency and size; actor weights are read only for the shortlist.
  const shortlist = [...found.keys()]
    .map((story) => {
      const days = [...story.members].map((id) => dayNumber(b.archive.get(id)?.date ?? start));
      return { story, first: Math.min(...days), quick: found.get(story)! + 3 * 0.5 ** (recency.age(Math.min(...days), Math.max(...days)) / recency.halfLife) };
    })
    .filter((s) => !since || s.first >= startDay)
    .sort((a, b) => b.quick - a.quick || a.story.id.localeCompare(b.story.id))
    .slice(0, SHORTLIST);
  return shortlist
    .map(({ story }) => b.view(story))
    .filter((v): v is StoryView => v !== undefined)
    .map((view) => ({ view, score: rank(view, recency) }))
    .sort((a, b) => b.score - a.score || a.view.id.localeCompare(b.view.id))
    .slice(0, count);
}

function storyField(view: StoryView, position: number): ReplyField {
  const room = LIMITS.fieldValue;
  const facts = [whoWhere(view), `${sourcesNote(view)} · story \`${view.id}\``, undatedMark(view.best)].filter(Boolean).join('\n');
  const ids = view.articles
    .filter((a) => a.id !== view.best.id)
    .slice(0, 3)
    .map((a) => `\`${a.id}\``)
    .join(', ');
  const more = ids ? `\nAlso: ${ids}${view.articles.length > 4 ? ', …' : ''}` : '';
  const quotes = summarySentences(view.best, 2).map((s) => quoteLine(shownSentence(view.best, s), view.best.id));
  let value = '';
  for (const q of quotes) if ((value ? `${value}\n${q}` : q).length + facts.length + more.length + 2 <= room) value = value ? `${value}\n${q}` : q;
  if (!value && quotes[0]) value = truncateAtWord(quotes[0], room - facts.length - more.length - 2);
  return { name: truncateAtWord(`${position}. ${escapeMarkdown(view.headline)}`, LIMITS.fieldName), value: `${value}\n${facts}${more}`.trim() };
}

/** `/brief`: the top stories of the latest week of news (or since a date), each quoted and sourced. */
export function latestBriefing(b: Briefings, since?: string): Reply {
  const newest = newestDated(b.archive.all());
  if (!newest) return notice('The archive is empty: no articles to brief on yet.');
  const start = since ?? formatDay(fromDayNumber(dayNumber(newest.date) - (WINDOW_DAYS - 1)));
  const ranked = topStories(b, start, TOP, since);
  if (ranked.length === 0) return notice(`No articles since ${start}; the newest is from ${newest.date}.`);
  const fields = ranked.map((r, i) => storyField(r.view, i + 1));
  const span = start >= newest.date ? newest.date : dateSpan(start, newest.date);
  return {
    title: since ? `Briefing: the news since ${since}` : 'Briefing: the latest news',
    text: `Top ${plural(ranked.length, 'story', 'stories')} of ${span}, ${since ? `the first weeks from ${since} weighing most` : 'by recency'}, number of sources and who is involved.`,
    fields,
    footer: `${plural(b.archive.size, 'article')} in ${plural(b.stories.size, 'story', 'stories')} · quoted sentences are verbatim; the id after each is its article`,
  };
}
