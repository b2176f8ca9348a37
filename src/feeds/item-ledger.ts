import type { Db } from '../store/database.js';
import { migrateFeeds } from './feed-schema.js';

/**
 * What feeds have already given us: per feed, each item's last fingerprint and article; across feeds,
 * GUID and canonical-URL keys → the article id they first became (so an update keeps its id); and
 * per channel, which stories were announced.
 */
export interface SeenItem {
  fingerprint: string;
  articleId: string;
}

export interface ItemLedger {
  seen(feedId: number, itemKey: string): SeenItem | undefined;
  markSeen(feedId: number, itemKey: string, item: SeenItem, at: string): void;
  /** The article any of these keys already points at. */
  articleFor(keys: readonly string[]): string | undefined;
  link(keys: readonly string[], articleId: string): void;
  wasAnnounced(channelId: string, storyId: string): boolean;
  /** Claims the announcement: true only for the one caller whose insert won. */
  markAnnounced(channelId: string, storyId: string, articleId: string, at: string): boolean;
}

export function createItemLedger(db: Db): ItemLedger {
  migrateFeeds(db);
  const seen = db.prepare('SELECT fingerprint, article_id FROM feed_items WHERE feed_id = ? AND item_key = ?');
  const markSeen = db.prepare(`INSERT INTO feed_items (feed_id, item_key, fingerprint, article_id, seen_at) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT(feed_id, item_key) DO UPDATE SET fingerprint = excluded.fingerprint, article_id = excluded.article_id, seen_at = excluded.seen_at`);
  const keyLookup = db.prepare('SELECT article_id FROM feed_article_keys WHERE key = ?');
  const link = db.prepare('INSERT INTO feed_article_keys (key, article_id) VALUES (?, ?) ON CONFLICT(key) DO NOTHING');
  const announced = db.prepare('SELECT 1 FROM feed_announcements WHERE channel_id = ? AND story_id = ?');
  const markAnnounced = db.prepare('INSERT OR IGNORE INTO feed_announcements (channel_id, story_id, article_id, posted_at) VALUES (?, ?, ?, ?)');
  return {
    seen(feedId, itemKey) {
      const row = seen.get(feedId, itemKey) as { fingerprint: string; article_id: string } | undefined;
      return row ? { fingerprint: row.fingerprint, articleId: row.article_id } : undefined;
    },
    markSeen: (feedId, itemKey, item, at) => void markSeen.run(feedId, itemKey, item.fingerprint, item.articleId, at),
    articleFor(keys) {
      for (const key of keys) {
        const row = keyLookup.get(key) as { article_id: string } | undefined;
        if (row) return row.article_id;
      }
      return undefined;
    },
    link: db.transaction((keys: readonly string[], articleId: string) => {
      for (const key of keys) link.run(key, articleId);
    }),
    wasAnnounced: (channelId, storyId) => announced.get(channelId, storyId) !== undefined,
    markAnnounced: (channelId, storyId, articleId, at) => markAnnounced.run(channelId, storyId, articleId, at).changes > 0,
  };
}
