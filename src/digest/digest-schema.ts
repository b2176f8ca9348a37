import { migrate, type Db, type Migration } from '../store/database.js';

/**
 * The digest's tables, numbered migrations in the `digest` namespace. Schedules say when; the ledger
 * says what happened to each (channel, local date), and its primary key is what makes a post happen
 * once; arrivals say when the bot first saw each article, so "since the last digest" means news that
 * reached the bot since then.
 */
const migrations: Migration[] = [
  {
    version: 1,
    name: 'schedules, ledger, arrivals',
    up: `CREATE TABLE digest_schedules (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        guild_id TEXT NOT NULL,
        channel_id TEXT NOT NULL UNIQUE,
        time TEXT NOT NULL,
        zone TEXT NOT NULL,
        quiet INTEGER NOT NULL DEFAULT 0,
        set_by TEXT,
        set_at TEXT NOT NULL,
        state TEXT NOT NULL DEFAULT 'active',
        failures INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        last_error_at TEXT);
      CREATE INDEX digest_schedules_guild ON digest_schedules(guild_id);
      CREATE TABLE digest_ledger (
        channel_id TEXT NOT NULL,
        local_date TEXT NOT NULL,
        schedule_id INTEGER NOT NULL,
        state TEXT NOT NULL,
        due_at TEXT NOT NULL,
        owner TEXT,
        lease_until TEXT,
        attempts INTEGER NOT NULL DEFAULT 0,
        retry_at TEXT,
        message_id TEXT,
        period_start TEXT,
        period_end TEXT,
        settled_at TEXT,
        last_error TEXT,
        PRIMARY KEY (channel_id, local_date));
      CREATE INDEX digest_ledger_state ON digest_ledger(state);
      CREATE TABLE digest_arrivals (
        article_id TEXT PRIMARY KEY,
        arrived_at TEXT NOT NULL);
      CREATE INDEX digest_arrivals_at ON digest_arrivals(arrived_at);`,
  },
];

export function migrateDigest(db: Db): void {
  migrate(db, 'digest', migrations);
}
