import type { Db } from '../store/database.js';
import { formatTimeOfDay, parseTimeOfDay, type TimeOfDay } from './next-run.js';
import { migrateDigest } from './digest-schema.js';

/** One channel's daily digest: when (a wall-clock time in a zone), and how it has been going. */
export interface DigestSchedule {
  id: number;
  /** Empty for the console, which has no servers. */
  guildId: string;
  channelId: string;
  time: TimeOfDay;
  /** IANA zone name. */
  zone: string;
  /** On a day with nothing new, post nothing instead of one line. */
  quiet: boolean;
  /** The member who set it: disabled-schedule notices go to them. */
  setBy?: string;
  /** ISO instant; occurrences before it are not owed. */
  setAt: string;
  state: 'active' | 'disabled';
  /** Channel-gone or forbidden failures in a row. */
  failures: number;
  lastError?: string;
  lastErrorAt?: string;
}

/** What `/digest set` gives; the rest of a schedule is its running state. */
export type ScheduleInput = Pick<DigestSchedule, 'guildId' | 'channelId' | 'time' | 'zone' | 'quiet' | 'setBy' | 'setAt'>;

export interface ScheduleStore {
  /** Sets a channel's schedule; setting it again changes it, re-enables it and forgets past failures. */
  upsert(input: ScheduleInput): DigestSchedule;
  remove(id: number): boolean;
  get(id: number): DigestSchedule | undefined;
  byChannel(channelId: string): DigestSchedule | undefined;
  /** A server's schedules (every schedule when `guildId` is undefined), by channel. */
  list(guildId?: string): DigestSchedule[];
  active(): DigestSchedule[];
  /** Records a failure; `counts` adds it to the run that disables. Returns the failures in a row. */
  recordFailure(id: number, error: string, at: string, counts: boolean): number;
  recordSuccess(id: number): void;
  /** Active → disabled; true only for the caller that flipped it, so one notice goes out. */
  disable(id: number, reason: string, at: string): boolean;
}

/** A `digest_schedules` row, as both stores read it. */
export interface Row {
  id: number;
  guild_id: string;
  channel_id: string;
  time: string;
  zone: string;
  quiet: number;
  set_by: string | null;
  set_at: string;
  state: string;
  failures: number;
  last_error: string | null;
  last_error_at: string | null;
}

export function toSchedule(row: Row): DigestSchedule {
  return {
    id: row.id,
    guildId: row.guild_id,
    channelId: row.channel_id,
    time: parseTimeOfDay(row.time) ?? { hour: 0, minute: 0 },
    zone: row.zone,
    quiet: row.quiet === 1,
    ...(row.set_by ? { setBy: row.set_by } : {}),
    setAt: row.set_at,
    state: row.state === 'disabled' ? 'disabled' : 'active',
    failures: row.failures,
    ...(row.last_error ? { lastError: row.last_error } : {}),
    ...(row.last_error_at ? { lastErrorAt: row.last_error_at } : {}),
  };
}

export function createScheduleStore(db: Db): ScheduleStore {
  migrateDigest(db);
  const upsert = db.prepare(`INSERT INTO digest_schedules (guild_id, channel_id, time, zone, quiet, set_by, set_at)
    VALUES (@guildId, @channelId, @time, @zone, @quiet, @setBy, @setAt)
    ON CONFLICT(channel_id) DO UPDATE SET guild_id = excluded.guild_id, time = excluded.time, zone = excluded.zone,
      quiet = excluded.quiet, set_by = excluded.set_by, set_at = excluded.set_at, state = 'active', failures = 0,
      last_error = NULL, last_error_at = NULL
    RETURNING *`);
  const byId = db.prepare('SELECT * FROM digest_schedules WHERE id = ?');
  const byChannel = db.prepare('SELECT * FROM digest_schedules WHERE channel_id = ?');
  const all = db.prepare('SELECT * FROM digest_schedules ORDER BY guild_id, channel_id');
  const ofGuild = db.prepare('SELECT * FROM digest_schedules WHERE guild_id = ? ORDER BY channel_id');
  const active = db.prepare("SELECT * FROM digest_schedules WHERE state = 'active' ORDER BY id");
  const remove = db.prepare('DELETE FROM digest_schedules WHERE id = ?');
  const fail = db.prepare(`UPDATE digest_schedules SET failures = failures + @add, last_error = @error, last_error_at = @at
    WHERE id = @id RETURNING failures`);
  const succeed = db.prepare('UPDATE digest_schedules SET failures = 0 WHERE id = ?');
  const disable = db.prepare(`UPDATE digest_schedules SET state = 'disabled', last_error = ?, last_error_at = ?
    WHERE id = ? AND state = 'active'`);
  return {
    upsert: (input) =>
      toSchedule(
        upsert.get({ ...input, time: formatTimeOfDay(input.time), quiet: input.quiet ? 1 : 0, setBy: input.setBy ?? null }) as Row,
      ),
    remove: (id) => remove.run(id).changes > 0,
    get: (id) => {
      const row = byId.get(id) as Row | undefined;
      return row ? toSchedule(row) : undefined;
    },
    byChannel: (channelId) => {
      const row = byChannel.get(channelId) as Row | undefined;
      return row ? toSchedule(row) : undefined;
    },
    list: (guildId) => ((guildId === undefined ? all.all() : ofGuild.all(guildId)) as Row[]).map(toSchedule),
    active: () => (active.all() as Row[]).map(toSchedule),
    recordFailure: (id, error, at, counts) => (fail.get({ id, error, at, add: counts ? 1 : 0 }) as { failures: number } | undefined)?.failures ?? 0,
    recordSuccess: (id) => void succeed.run(id),
    disable: (id, reason, at) => disable.run(reason, at, id).changes > 0,
  };
}
