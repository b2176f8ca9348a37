import { COLUMNS, fromRow, type FeedRecord, type FeedStore } from '../../feeds/feed-store.js';
import { migratePgFeeds } from './pg-feed-schema.js';
import type { PgSync } from './pg-sync.js';

type Row = Record<string, unknown>;

// Instants are ISO text, as in SQLite, so "due" compares the same strings in byte order.
const C = 'COLLATE "C"';

export function createPgFeedStore(db: PgSync): FeedStore {
  migratePgFeeds(db);
  const one = (rows: Row[]) => (rows[0] ? fromRow(rows[0]) : undefined);
  const get = (id: number) => one(db.query<Row>('SELECT * FROM feeds WHERE id = $1', [id]));
  return {
    add(feed) {
      const row = db.query<Row>(
        `INSERT INTO feeds (url, guild_id, channel_id, filter, interval_minutes, added_by, origin, added_at, next_fetch_at)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING *`,
        [feed.url, feed.guildId, feed.channelId ?? null, feed.filter ?? null, feed.intervalMinutes, feed.addedBy ?? null, feed.origin, feed.addedAt, feed.nextFetchAt],
      );
      return one(row)!;
    },
    get,
    find: (guildId, url) => one(db.query<Row>('SELECT * FROM feeds WHERE guild_id = $1 AND url = $2', [guildId, url])),
    list: (guildId) =>
      (guildId === undefined ? db.query<Row>('SELECT * FROM feeds ORDER BY id') : db.query<Row>('SELECT * FROM feeds WHERE guild_id = $1 ORDER BY id', [guildId])).map(fromRow),
    due: (now) =>
      db.query<Row>(`SELECT * FROM feeds WHERE state = 'active' AND next_fetch_at ${C} <= $1 ORDER BY next_fetch_at ${C}, id`, [now]).map(fromRow),
    update(id, patch) {
      const entries = Object.entries(patch).filter(([key]) => key in COLUMNS && key !== 'id');
      if (entries.length === 0) return get(id);
      // Column names come from COLUMNS, never from the patch itself.
      const sets = entries.map(([key], i) => `${COLUMNS[key as keyof FeedRecord]} = $${i + 2}`).join(', ');
      return one(db.query<Row>(`UPDATE feeds SET ${sets} WHERE id = $1 RETURNING *`, [id, ...entries.map(([, value]) => value ?? null)]));
    },
    remove: (id) => db.run('DELETE FROM feeds WHERE id = $1', [id]) > 0,
  };
}
