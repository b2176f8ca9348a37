import type { Db } from '../store/database.js';
import { migrateFeeds } from './feed-schema.js';

/** One followed feed (or single article page) and how its fetching is going. */
export type FeedState = 'active' | 'paused';
export type FeedOrigin = 'command' | 'file';

export interface FeedRecord {
  id: number;
  url: string;
  /** '' for the operator's feeds file and the console. */
  guildId: string;
  /** Where new stories are announced; none: taken into the archive silently. */
  channelId?: string;
  filter?: string;
  intervalMinutes: number;
  /** The member who added it, told when it is paused. */
  addedBy?: string;
  origin: FeedOrigin;
  addedAt: string;
  state: FeedState;
  title?: string;
  kind?: 'feed' | 'page';
  etag?: string;
  lastModified?: string;
  bodyHash?: string;
  lastFetchAt?: string;
  lastSuccessAt?: string;
  nextFetchAt: string;
  /** Failed fetches in a row. */
  failures: number;
  lastError?: string;
  articlesTaken: number;
  /** Successful fetches; the first one only sets the baseline (nothing announced). */
  fetches: number;
}

export type NewFeed = Pick<FeedRecord, 'url' | 'guildId' | 'intervalMinutes' | 'origin' | 'addedAt' | 'nextFetchAt'> &
  Partial<Pick<FeedRecord, 'channelId' | 'filter' | 'addedBy'>>;

/** Record field → column; the PostgreSQL store uses the same names. */
export const COLUMNS: Record<keyof FeedRecord, string> = {
  id: 'id', url: 'url', guildId: 'guild_id', channelId: 'channel_id', filter: 'filter', intervalMinutes: 'interval_minutes',
  addedBy: 'added_by', origin: 'origin', addedAt: 'added_at', state: 'state', title: 'title', kind: 'kind', etag: 'etag',
  lastModified: 'last_modified', bodyHash: 'body_hash', lastFetchAt: 'last_fetch_at', lastSuccessAt: 'last_success_at',
  nextFetchAt: 'next_fetch_at', failures: 'failures', lastError: 'last_error', articlesTaken: 'articles_taken', fetches: 'fetches',
};

export function fromRow(row: Record<string, unknown>): FeedRecord {
  const record: Record<string, unknown> = {};
  for (const [key, column] of Object.entries(COLUMNS)) if (row[column] !== null && row[column] !== undefined) record[key] = row[column];
  return record as unknown as FeedRecord;
}

export interface FeedStore {
  add(feed: NewFeed): FeedRecord;
  get(id: number): FeedRecord | undefined;
  find(guildId: string, url: string): FeedRecord | undefined;
  /** A guild's feeds; every feed when `guildId` is undefined (the console). */
  list(guildId?: string): FeedRecord[];
  /** Active feeds whose next fetch is at or before `now`, most overdue first. */
  due(now: string): FeedRecord[];
  update(id: number, patch: Partial<Omit<FeedRecord, 'id'>>): FeedRecord | undefined;
  remove(id: number): boolean;
}

export function createFeedStore(db: Db): FeedStore {
  migrateFeeds(db);
  const insert = db.prepare(`INSERT INTO feeds (url, guild_id, channel_id, filter, interval_minutes, added_by, origin, added_at, next_fetch_at)
    VALUES (@url, @guildId, @channelId, @filter, @intervalMinutes, @addedBy, @origin, @addedAt, @nextFetchAt)`);
  const byId = db.prepare('SELECT * FROM feeds WHERE id = ?');
  const byUrl = db.prepare('SELECT * FROM feeds WHERE guild_id = ? AND url = ?');
  const all = db.prepare('SELECT * FROM feeds ORDER BY id');
  const ofGuild = db.prepare('SELECT * FROM feeds WHERE guild_id = ? ORDER BY id');
  const due = db.prepare(`SELECT * FROM feeds WHERE state = 'active' AND next_fetch_at <= ? ORDER BY next_fetch_at, id`);
  const remove = db.prepare('DELETE FROM feeds WHERE id = ?');
  const get = (id: number) => {
    const row = byId.get(id) as Record<string, unknown> | undefined;
    return row ? fromRow(row) : undefined;
  };
  return {
    add(feed) {
      const result = insert.run({ channelId: null, filter: null, addedBy: null, ...feed });
      return get(Number(result.lastInsertRowid))!;
    },
    get,
    find(guildId, url) {
      const row = byUrl.get(guildId, url) as Record<string, unknown> | undefined;
      return row ? fromRow(row) : undefined;
    },
    list: (guildId) => ((guildId === undefined ? all.all() : ofGuild.all(guildId)) as Record<string, unknown>[]).map(fromRow),
    due: (now) => (due.all(now) as Record<string, unknown>[]).map(fromRow),
    update(id, patch) {
      const entries = Object.entries(patch).filter(([key]) => key in COLUMNS && key !== 'id');
      if (entries.length) {
        const sets = entries.map(([key]) => `${COLUMNS[key as keyof FeedRecord]} = @${key}`).join(', ');
        const values = Object.fromEntries(entries.map(([key, value]) => [key, value ?? null]));
        db.prepare(`UPDATE feeds SET ${sets} WHERE id = @id`).run({ ...values, id });
      }
      return get(id);
    },
    remove: (id) => remove.run(id).changes > 0,
  };
}
