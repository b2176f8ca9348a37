import { migrate, type Db, type Migration } from '../store/database.js';

/** The `feeds` migration namespace: followed feeds, what each has taken, and what was announced where. */
const migrations: Migration[] = [
  {
    version: 1,
    name: 'feeds, items, announcements',
    up: `CREATE TABLE feeds (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        url TEXT NOT NULL,
        guild_id TEXT NOT NULL DEFAULT '',
        channel_id TEXT,
        filter TEXT,
        interval_minutes INTEGER NOT NULL,
        added_by TEXT,
        origin TEXT NOT NULL,
        added_at TEXT NOT NULL,
        state TEXT NOT NULL DEFAULT 'active',
        title TEXT,
        kind TEXT,
        etag TEXT,
        last_modified TEXT,
        body_hash TEXT,
        last_fetch_at TEXT,
        last_success_at TEXT,
        next_fetch_at TEXT NOT NULL,
        failures INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        articles_taken INTEGER NOT NULL DEFAULT 0,
        fetches INTEGER NOT NULL DEFAULT 0,
        UNIQUE (guild_id, url));
      CREATE INDEX feeds_due ON feeds(state, next_fetch_at);
      -- Per feed, each item it has carried and how it looked, so an unchanged item costs nothing.
      CREATE TABLE feed_items (
        feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
        item_key TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        article_id TEXT NOT NULL,
        seen_at TEXT NOT NULL,
        PRIMARY KEY (feed_id, item_key));
      -- Across feeds, GUIDs and canonical URLs → the article they became (its first id, kept on update).
      CREATE TABLE feed_article_keys (key TEXT PRIMARY KEY, article_id TEXT NOT NULL);
      CREATE INDEX feed_article_keys_article ON feed_article_keys(article_id);
      CREATE TABLE feed_announcements (
        channel_id TEXT NOT NULL,
        story_id TEXT NOT NULL,
        article_id TEXT NOT NULL,
        posted_at TEXT NOT NULL,
        PRIMARY KEY (channel_id, story_id));`,
  },
  {
    version: 2,
    name: 'feed fetch leases',
    // Which process is fetching a feed now, until when: several processes on one store fetch each feed once.
    up: `ALTER TABLE feeds ADD COLUMN lease_owner TEXT;
      ALTER TABLE feeds ADD COLUMN lease_until TEXT;`,
  },
];

export function migrateFeeds(db: Db): void {
  migrate(db, 'feeds', migrations);
}
