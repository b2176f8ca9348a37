import { shownSentence, summarySentences } from '../articles/summary.js';
import { escapeMarkdown, truncateAtWord } from '../replies/markdown.js';
import { notice, type Reply, type ReplyField } from '../replies/reply.js';
import type { StoryName, StoryView } from '../stories/story-view.js';
import { dateSpan, LIMITS, packLines, quoteLine, replySize, sourcesCount } from './brief-format.js';
import { plural } from '../replies/wording.js';
import { fullTimelineButton, sourceLines, timelineFields } from './brief-sections.js';
import type { Briefings } from './briefings.js';
import { mentionPicture } from './chart-picture.js';
import { articleEventRefs, buildTimeline } from './timeline.js';

const BUDGET = LIMITS.total - 300;

export function namesLine(names: readonly StoryName[]): string {
  return names.map((n) => escapeMarkdown(n.name)).join(', ');
}

/** "Who: … · Where: …", leaving out what the story does not name. */
export function whoWhere(view: StoryView): string {
  return [view.who.length ? `Who: ${namesLine(view.who)}` : '', view.where.length ? `Where: ${namesLine(view.where)}` : ''].filter(Boolean).join(' · ');
}

/** Outlets, not pages: eleven articles of one outlet are "1 source, 11 articles". */
export function sourcesNote(view: StoryView): string {
  // An article that names no outlet counts as one of its own.
  const outlets = view.publishers.length + view.articles.filter((a) => !a.source && !a.via).length;
  return `${sourcesCount(outlets, view.articles.length)}${view.copies ? ` (${plural(view.copies, 'copy', 'copies')})` : ''}`;
}

/**
 * An event or story: what happened, when, where, who, its developments in order, its sources. `note` opens
 * the text (how the story was found, when it was not named).
 */
export function storyBriefing(b: Briefings, storyId: string, note?: string): Reply {
  const story = b.stories.story(storyId);
  const view = story ? b.view(story) : undefined;
  if (!story || !view) return notice('That story has left the archive.');
  const title = truncateAtWord(`Story: ${view.headline}`, 256);
  const text = [note, `When: ${dateSpan(view.first, view.last)}`, whoWhere(view), `${sourcesNote(view)} · story \`${view.id}\``].filter(Boolean).join('\n');
  const what = summarySentences(view.best, 2).map((s) => quoteLine(shownSentence(view.best, s), view.best.id));
  const fixed: ReplyField[] = [...packLines('What happened', what, 1024, 1).fields];
  const developments = view.articles
    .filter((a) => a !== view.best && !story.copies.has(a.id))
    .map((a) => {
      const lead = summarySentences(a, 1)[0];
      return lead ? `**${a.date}** · ${escapeMarkdown(a.source ?? a.via ?? 'unknown source')}\n${quoteLine(shownSentence(a, lead), a.id)}` : '';
    })
    .filter(Boolean);
  fixed.push(...packLines('Developments, oldest first', developments, 2100, 2).fields);
  const after = packLines(`Sources (${view.articles.length})`, sourceLines(view.articles, 8, story.copies), 1024, 1).fields;
  const footer = 'Quoted sentences are verbatim; the id after each is the article it is from.';
  const timeline = buildTimeline(articleEventRefs(view.articles), b.archive, b.directory);
  const room = BUDGET - replySize({ title, text, footer, fields: [...fixed, ...after] });
  const shown = timelineFields(timeline, room, LIMITS.fields - fixed.length - after.length);
  const perDay = new Map<string, number>();
  for (const a of view.articles) perDay.set(a.date, (perDay.get(a.date) ?? 0) + 1);
  const image = mentionPicture(b.pictures, { name: 'this story', fileStem: view.id, perDay, unit: 'articles' });
  return {
    title,
    text,
    fields: [...fixed, ...shown.fields, ...after],
    footer,
    buttons: fullTimelineButton(view.id, timeline.length, shown.shown),
    ...(image ? { image } : {}),
  };
}
