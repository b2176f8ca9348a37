import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createFeedStore, type FeedStore } from '../src/feeds/feed-store.js';
import { openDatabase } from '../src/store/database.js';
import { createPgFeedStore } from '../src/store/postgres/pg-feed-store.js';
import { connectPg } from '../src/store/postgres/pg-sync.js';
import { startLeaseProcess, type LeaseProcess } from './feed-lease-process.js';
import { startTestPostgres, type TestPostgres } from './postgres-server.js';

/**
 * Feed leases between real processes: two bot processes (node + tsx, tests/feed-lease-child.ts) on one
 * store tick at the same instants, as two loops would, and each feed is fetched once per interval
 * between them; a process killed mid-fetch leaves its feeds to the other once its leases run out.
 */
let server: TestPostgres;
const running: LeaseProcess[] = [];
const cleanups: (() => Promise<void> | void)[] = [];
beforeAll(async () => {
  server = await startTestPostgres();
}, 60_000);
afterAll(async () => server?.stop(), 60_000);
afterEach(async () => {
  for (const process of running.splice(0)) process.child.kill('SIGKILL');
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

const URLS = ['https://harbour.example/rss', 'https://valley.example/atom', 'https://ridge.example/feed.json'];
const at = (minute: number) => new Date(Date.UTC(2026, 4, 1, 10, minute)).toISOString();

/** The store, its three feeds every 10 minutes, due at minute 0, and where a process finds it. */
const stores = [
  {
    name: 'PostgreSQL',
    async open(): Promise<{ address: string; feeds: FeedStore }> {
      const address = await server.createDatabase();
      const db = connectPg(address);
      cleanups.push(() => db.close());
      return { address, feeds: createPgFeedStore(db) };
    },
  },
  {
    name: 'SQLite',
    async open(): Promise<{ address: string; feeds: FeedStore }> {
      const dir = mkdtempSync(join(tmpdir(), 'newsdesk-lease-processes-'));
      const db = openDatabase(join(dir, 'newsdesk.sqlite'));
      cleanups.push(() => {
        db.close();
        rmSync(dir, { recursive: true, force: true });
      });
      return { address: join(dir, 'newsdesk.sqlite'), feeds: createFeedStore(db) };
    },
  },
];

async function withFeeds(open: () => Promise<{ address: string; feeds: FeedStore }>) {
  const store = await open();
  for (const url of URLS) store.feeds.add({ url, guildId: 'g', intervalMinutes: 10, origin: 'file', addedAt: at(0), nextFetchAt: at(0) });
  return store;
}

function start(address: string, owner: string, options: { hang?: boolean } = {}) {
  const process = startLeaseProcess(address, owner, options);
  running.push(process);
  return process;
}

const fetched = (process: LeaseProcess) => process.said().filter((line) => line.startsWith('fetching ')).map((line) => line.slice('fetching '.length));

describe.each(stores)('bot processes on one $name store', (store) => {
  it('fetch each feed once per interval between them', async () => {
    const { address } = await withFeeds(() => store.open());
    const both = [start(address, 'north'), start(address, 'south')];
    await Promise.all(both.map((p) => p.line('ready')));
    for (let minute = 0; minute <= 60; minute++) {
      for (const process of both) process.tell(`tick ${at(minute)}`);
      await Promise.all(both.map((p) => p.line(`ticked ${at(minute)}`)));
    }
    // Minutes 0, 10, … 60: seven fetches a feed in all, whichever process made them.
    const all = both.flatMap(fetched);
    for (const url of URLS) expect(all.filter((u) => u === url)).toHaveLength(7);
  }, 120_000);

  it('take over the feeds of a process killed mid-fetch once its leases run out', async () => {
    const { address } = await withFeeds(() => store.open());
    const dying = start(address, 'dying', { hang: true });
    await dying.line('ready');
    dying.tell(`tick ${at(0)}`);
    for (const _url of URLS) await dying.line('fetching ');
    dying.child.kill('SIGKILL');
    await new Promise((resolve) => dying.child.once('exit', resolve));

    const heir = start(address, 'heir');
    await heir.line('ready');
    // The leases last twice the 30 s budget and a minute: held at minute 1, run out by minute 3.
    heir.tell(`tick ${at(1)}`);
    await heir.line(`ticked ${at(1)}`);
    expect(fetched(heir)).toEqual([]);
    heir.tell(`tick ${at(3)}`);
    await heir.line(`ticked ${at(3)}`);
    expect([...fetched(heir)].sort()).toEqual([...URLS].sort());
  }, 120_000);
});
