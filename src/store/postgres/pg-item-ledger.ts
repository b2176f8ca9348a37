import type { ItemLedger } from '../../feeds/item-ledger.js';
import { migratePgFeeds } from './pg-feed-schema.js';
import type { PgSync } from './pg-sync.js';

export function createPgItemLedger(db: PgSync): ItemLedger {
  migratePgFeeds(db);
  return {
    seen(feedId, itemKey) {
      const [row] = db.query<{ fingerprint: string; article_id: string }>('SELECT fingerprint, article_id FROM feed_items WHERE feed_id = $1 AND item_key = $2', [feedId, itemKey]);
      return row ? { fingerprint: row.fingerprint, articleId: row.article_id } : undefined;
    },
    markSeen: (feedId, itemKey, item, at) =>
      void db.run(
        `INSERT INTO feed_items (feed_id, item_key, fingerprint, article_id, seen_at) VALUES ($1, $2, $3, $4, $5)
        ON CONFLICT (feed_id, item_key) DO UPDATE SET fingerprint = excluded.fingerprint, article_id = excluded.article_id, seen_at = excluded.seen_at`,
        [feedId, itemKey, item.fingerprint, item.articleId, at],
      ),
    articleFor(keys) {
      if (keys.length === 0) return undefined;
      // The first key (in the caller's order) that is known wins, as in SQLite's loop.
      const [row] = db.query<{ article_id: string }>(
        `SELECT k.article_id FROM unnest($1::text[]) WITH ORDINALITY AS wanted(key, n)
        JOIN feed_article_keys k ON k.key = wanted.key ORDER BY wanted.n LIMIT 1`,
        [[...keys]],
      );
      return row?.article_id;
    },
    link(keys, articleId) {
      if (keys.length === 0) return;
      db.run('INSERT INTO feed_article_keys (key, article_id) SELECT unnest($1::text[]), $2 ON CONFLICT (key) DO NOTHING', [[...keys], articleId]);
    },
    wasAnnounced: (channelId, storyId) => db.query('SELECT 1 FROM feed_announcements WHERE channel_id = $1 AND story_id = $2', [channelId, storyId]).length > 0,
    // The primary key settles a race: of two processes inserting the same claim, one changes a row.
    markAnnounced: (channelId, storyId, articleId, at) =>
      db.run('INSERT INTO feed_announcements (channel_id, story_id, article_id, posted_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING', [channelId, storyId, articleId, at]) > 0,
  };
}
