import { formatTimeOfDay } from '../../digest/next-run.js';
import { toSchedule, type Row, type ScheduleStore } from '../../digest/digest-store.js';
import { migratePgDigest } from './pg-digest-schema.js';
import type { PgSync } from './pg-sync.js';

export function createPgScheduleStore(db: PgSync): ScheduleStore {
  migratePgDigest(db);
  const one = (rows: Row[]) => (rows[0] ? toSchedule(rows[0]) : undefined);
  return {
    upsert: (input) =>
      toSchedule(
        db.query<Row>(
          `INSERT INTO digest_schedules (guild_id, channel_id, time, zone, quiet, set_by, set_at) VALUES ($1, $2, $3, $4, $5, $6, $7)
          ON CONFLICT (channel_id) DO UPDATE SET guild_id = excluded.guild_id, time = excluded.time, zone = excluded.zone,
            quiet = excluded.quiet, set_by = excluded.set_by, set_at = excluded.set_at, state = 'active', failures = 0,
            last_error = NULL, last_error_at = NULL
          RETURNING *`,
          [input.guildId, input.channelId, formatTimeOfDay(input.time), input.zone, input.quiet ? 1 : 0, input.setBy ?? null, input.setAt],
        )[0]!,
      ),
    remove: (id) => db.run('DELETE FROM digest_schedules WHERE id = $1', [id]) > 0,
    get: (id) => one(db.query<Row>('SELECT * FROM digest_schedules WHERE id = $1', [id])),
    byChannel: (channelId) => one(db.query<Row>('SELECT * FROM digest_schedules WHERE channel_id = $1', [channelId])),
    list: (guildId) =>
      (guildId === undefined
        ? db.query<Row>('SELECT * FROM digest_schedules ORDER BY guild_id COLLATE "C", channel_id COLLATE "C"')
        : db.query<Row>('SELECT * FROM digest_schedules WHERE guild_id = $1 ORDER BY channel_id COLLATE "C"', [guildId])
      ).map(toSchedule),
    active: () => db.query<Row>("SELECT * FROM digest_schedules WHERE state = 'active' ORDER BY id").map(toSchedule),
    recordFailure: (id, error, at, counts) =>
      db.query<{ failures: number }>('UPDATE digest_schedules SET failures = failures + $2, last_error = $3, last_error_at = $4 WHERE id = $1 RETURNING failures', [id, counts ? 1 : 0, error, at])[0]?.failures ?? 0,
    recordSuccess: (id) => void db.run('UPDATE digest_schedules SET failures = 0 WHERE id = $1', [id]),
    // Only the caller whose update flipped the state gets true, so one notice goes out.
    disable: (id, reason, at) => db.run("UPDATE digest_schedules SET state = 'disabled', last_error = $2, last_error_at = $3 WHERE id = $1 AND state = 'active'", [id, reason, at]) > 0,
  };
}
