import { escapeMarkdown, truncateAtWord } from '../replies/markdown.js';
import { shownUrl } from './shown-url.js';
import type { Reply } from '../replies/reply.js';
import type { FeedRecord } from './feed-store.js';
import { PAUSE_AFTER_FAILURES } from './feed-scheduler.js';

/** The direct message the admin who added a feed gets when it is paused: what, why, and what to do. */
export function pausedNotice(feed: FeedRecord, reason: string): Reply {
  const name = feed.title ? `${escapeMarkdown(feed.title)} (${shownUrl(feed.url)})` : shownUrl(feed.url);
  return {
    title: 'A feed was paused',
    text: truncateAtWord(
      `I stopped fetching ${name} after ${PAUSE_AFTER_FAILURES} failed attempts in a row.\n` +
        `Last error: ${escapeMarkdown(reason)}\n\n` +
        'When the address works again, `/feed add` it again to resume, or `/feed remove` it.',
      4000,
    ),
    fields: [{ name: 'Feed', value: `id ${feed.id}`, inline: true }],
    tone: 'notice',
  };
}
