import { createInterface } from 'node:readline';
import { ManualClock } from '../src/clock.js';
import type { RefreshOutcome } from '../src/feeds/feed-refresh.js';
import { FeedScheduler } from '../src/feeds/feed-scheduler.js';
import { createLogger } from '../src/logger.js';
import { openDatabase } from '../src/store/database.js';
import { openPostgresStores } from '../src/store/postgres/postgres-stores.js';
import { sqliteStores } from '../src/store/sqlite-stores.js';

/**
 * One bot process for feeds-lease-processes.test.ts: the real feed scheduler and stores over a store
 * shared with other processes (CHILD_STORE: a postgres:// address or a SQLite file), with a fetcher
 * that only says what it fetched. It talks to the test on stdout, one line each: `ready`, then for
 * every `tick <instant>` read on stdin, `fetching <url>` per feed it fetches and `ticked <instant>`.
 * With CHILD_HANG a fetch never ends (the test kills the process there). Logs go to stderr.
 */
const env = process.env;
const where = env.CHILD_STORE ?? '';
const stores = where.startsWith('postgres') ? openPostgresStores(where) : sqliteStores(openDatabase(where));
const clock = new ManualClock(0);
const say = (line: string) => process.stdout.write(`${line}\n`);
const unchanged: RefreshOutcome = { status: 'not-modified', remember: {}, filteredOut: 0, announced: 0 };
const scheduler = new FeedScheduler({
  feeds: stores.feeds,
  leases: stores.feedLeases,
  owner: env.CHILD_OWNER ?? 'child',
  clock,
  logger: createLogger({ level: 'warn' }),
  notifyPaused: async () => {},
  async refresh(feed) {
    say(`fetching ${feed.url}`);
    if (env.CHILD_HANG) return new Promise<RefreshOutcome>(() => {});
    // A fetch takes a moment, so the other process's tick at the same instant runs meanwhile.
    await new Promise((resolve) => setTimeout(resolve, 20));
    return unchanged;
  },
});

say('ready');
for await (const line of createInterface({ input: process.stdin })) {
  const [word, instant] = line.split(' ');
  if (word !== 'tick' || !instant) continue;
  clock.set(instant);
  await scheduler.tick();
  say(`ticked ${instant}`);
}
await stores.close();
