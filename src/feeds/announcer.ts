import type { EnrichedArticle } from '../articles/article.js';
import { summaryText } from '../articles/summary.js';
import type { Clock } from '../clock.js';
import type { ChannelMessenger } from '../delivery/messenger.js';
import type { Logger } from '../logger.js';
import { escapeMarkdown, truncateAtWord } from '../replies/markdown.js';
import type { Reply } from '../replies/reply.js';
import type { StoryLookup } from '../stories/story-lookup.js';
import type { ItemLedger } from './item-ledger.js';

/**
 * One post per new story in a feed's channel, not one per article: when two feeds (or two items)
 * tell the same story, the channel hears about it once. What a channel was told is kept in the ledger,
 * so a restart or a second feed does not announce it again.
 */
export interface AnnouncerDeps {
  ledger: ItemLedger;
  clock: Clock;
  logger: Logger;
  stories: StoryLookup;
  /** Set when the polling loop starts with a transport's messenger. */
  messenger(): ChannelMessenger | undefined;
}

export interface AnnouncedFeed {
  url: string;
  title?: string;
  channelId?: string;
}

/** A flood guard: a feed that publishes its whole archive at once is announced this much per fetch. */
export const MAX_ANNOUNCEMENTS_PER_FETCH = 10;

export function announcementReply(article: EnrichedArticle, feedTitle?: string): Reply {
  const summary = summaryText(article, 2) || article.paragraphs[0] || '';
  return {
    title: truncateAtWord(article.title, 256),
    ...(article.url ? { url: article.url } : {}),
    text: truncateAtWord(escapeMarkdown(summary), 1000),
    fields: [
      { name: 'Date', value: article.dateSource === 'stated' ? article.date : `${article.date} (${article.dateSource})`, inline: true },
      ...(article.source ? [{ name: 'Source', value: truncateAtWord(escapeMarkdown(article.source), 1024), inline: true }] : []),
    ],
    footer: truncateAtWord(`id ${article.id}${feedTitle ? ` · from ${feedTitle}` : ''} · /article ${article.id}`, 2048),
  };
}

export function createAnnouncer(deps: AnnouncerDeps) {
  return {
    /** Posts the stories among `articles` that the feed's channel has not been told; returns how many. */
    async announce(feed: AnnouncedFeed, articles: readonly EnrichedArticle[]): Promise<number> {
      const channelId = feed.channelId;
      const messenger = deps.messenger();
      if (!channelId || articles.length === 0) return 0;
      if (!messenger) {
        deps.logger.debug('no messenger yet: new stories not announced', { feed: feed.url, articles: articles.length });
        return 0;
      }
      let posted = 0;
      for (const article of articles) {
        const storyId = deps.stories.storyIdOf(article.id) ?? article.id;
        if (deps.ledger.wasAnnounced(channelId, storyId)) continue;
        if (posted >= MAX_ANNOUNCEMENTS_PER_FETCH) {
          deps.logger.info('announcement limit reached for this fetch', { feed: feed.url, channelId, limit: MAX_ANNOUNCEMENTS_PER_FETCH });
          break;
        }
        // Claimed atomically before posting: of two feeds or two processes, only the insert that won posts.
        if (!deps.ledger.markAnnounced(channelId, storyId, article.id, deps.clock.now().toISOString())) continue;
        try {
          await messenger.post(channelId, announcementReply(article, feed.title));
          posted++;
        } catch (error) {
          deps.logger.warn('could not announce a new story', { feed: feed.url, channelId, article: article.id, error });
        }
      }
      return posted;
    },
  };
}

export type Announcer = ReturnType<typeof createAnnouncer>;
