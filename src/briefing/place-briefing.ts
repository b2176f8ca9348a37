import { escapeMarkdown, truncateAtWord } from '../replies/markdown.js';
import type { Reply, ReplyField } from '../replies/reply.js';
import type { StoryView } from '../stories/story-view.js';
import { dateSpan, LIMITS, packLines, replySize } from './brief-format.js';
import { plural } from '../replies/wording.js';
import { besideHeading, companionLines, copiesIn, fullTimelineButton, latestQuotes, sourceLines, TIMELINE_IN_BRIEF, timelineFields } from './brief-sections.js';
import type { Briefings } from './briefings.js';
import { briefingSubject } from './entity-facts.js';
import { companionsOf, newestIn } from './companions.js';
import { sourcesNote } from './story-briefing.js';
import { latestTimeline } from './latest-timeline.js';
import { undatedMark, withTheNewsOf } from './undated-news.js';
import type { EnrichedArticle } from '../articles/article.js';

const BUDGET = LIMITS.total - 300;
/** The people a place's briefing lists as named beside it most (no places beside a place). */
const WHO_SHOWN = { people: 6, places: 0 };
const KIND: Record<string, string> = { place: 'Place', country: 'Country', organisation: 'Organisation' };

function storyLine(view: StoryView): string {
  const when = undatedMark(view.best) || dateSpan(view.first, view.last);
  return `**${escapeMarkdown(truncateAtWord(view.headline, 200))}** · ${when} · ${sourcesNote(view)} · \`${view.id}\``;
}

/** Sentences of an article's lead: a place named there is what the article is about. */
const LEAD = 3;

/** The first six stories of the naming articles (newest first) that `keep` accepts. */
function storiesOf<N extends { article: { id: string; date: string; dateSource: EnrichedArticle['dateSource'] } }>(b: Briefings, naming: readonly N[], keep: (n: N) => boolean): StoryView[] {
  const views: StoryView[] = [];
  const seen = new Set<string>();
  const withTheNews = withTheNewsOf(naming);
  for (const n of naming) {
    if (views.length >= 6) break;
    if (!keep(n) || !withTheNews(n)) continue;
    const story = b.stories.storyOfArticle(n.article.id);
    if (!story || seen.has(story.id)) continue;
    seen.add(story.id);
    const view = b.view(story);
    if (view) views.push(view);
  }
  return views;
}

/** A place, country or organisation: the stories that involve it, who is named beside it, what happened there. */
export function placeBriefing(b: Briefings, key: string, since?: string): Reply {
  const subject = briefingSubject(b.directory, b.archive, key, since);
  if (!('naming' in subject)) return subject;
  const { records, head, name, naming, span } = subject;
  const text = `${KIND[head.type] ?? 'Name'} · named in ${plural(naming.length, 'article')} (${span})${since ? ` · since ${since}` : ''}`;

  // Stories about the place: its headline names it, or three sentences do, or two with one in the lead; not
  // passing mentions ("a call … to a Gaza parish" twice deep in a story on the Pope's health), which count only
  // when nothing else does.
  const named = name.toLowerCase();
  const about = (n: (typeof naming)[number]) =>
    n.sentences.length >= 3 || (n.sentences.length === 2 && n.sentences.some((s) => s < LEAD)) || n.article.title.toLowerCase().includes(named);
  let views = storiesOf(b, naming, about);
  if (views.length === 0) views = storiesOf(b, naming, () => true);
  // On the biggest names only the newest articles are read for it: then events together are not counted.
  const { entries: timeline, complete } = latestTimeline(b, key, TIMELINE_IN_BRIEF, since);
  const people = companionsOf(key, records, b.directory, complete ? timeline : [], WHO_SHOWN, newestIn(b.archive)).filter((c) => c.type === 'person');
  const fixed: ReplyField[] = [...packLines('Stories, newest first', views.map(storyLine), 1024, 1).fields];
  // Named beside it, not acting there: "Dmitry Peskov" is beside "Kyiv" in 27 articles from Moscow.
  if (people.length) fixed.push(...packLines(besideHeading('people', records), companionLines(people, WHO_SHOWN.people), 700, 1).fields);
  fixed.push(...packLines('Latest, quoted', latestQuotes(naming, b.stories, 2), 1024, 1).fields);
  const after = packLines(`Sources (${naming.length})`, sourceLines(naming.map((n) => n.article), 5, copiesIn(b.stories)), 700, 1).fields;
  const title = `Briefing: ${name}`;
  const footer = 'Quoted sentences are verbatim; the id after each is the article it is from.';
  const room = BUDGET - replySize({ title, text, footer, fields: [...fixed, ...after] });
  const shown = timelineFields(timeline, room, LIMITS.fields - fixed.length - after.length, key, naming[0]?.article.date, complete);
  return { title, text, fields: [...fixed, ...shown.fields, ...after], footer, buttons: fullTimelineButton(key, complete ? timeline.length : Infinity, shown.shown) };
}
