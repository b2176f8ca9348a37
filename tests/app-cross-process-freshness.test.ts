import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.js';
import type { Every } from '../src/articles/store-follower.js';
import { ManualClock } from '../src/clock.js';
import { loadConfig } from '../src/config.js';
import { ingestDocuments } from '../src/ingest/ingestion.js';
import { createCapturingLogger } from '../src/logger.js';
import { postgresForFile } from './postgres-per-file.js';

const server = postgresForFile();
const folders: string[] = [];
const apps: App[] = [];

afterEach(async () => {
  for (const app of apps.splice(0)) await app.close();
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function folder(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  folders.push(dir);
  return dir;
}

/** A timer the test fires by hand, remembering the interval it was asked for. */
function handTimer() {
  const timer = { ms: 0, fire: () => {}, stopped: false };
  const every: Every = (ms, poll) => {
    timer.ms = ms;
    timer.fire = poll;
    return () => void (timer.stopped = true);
  };
  return { timer, every };
}

const LIGHTHOUSE = {
  origin: 'https://coast.example/rss#lighthouse',
  fallbackTime: new Date('2026-02-04T08:00:00Z'),
  title: 'Lighthouse keepers return to Skerrow Point',
  body: 'Two keepers moved back into the Skerrow Point lighthouse on Monday after the automated lamp failed in a storm.\n\nThe harbour board said the keepers would stay until spring.',
  date: '2026-02-03',
  source: 'Coast Wire',
};

/** Two bot processes on one store: SQLite in one shared DATA_DIR, or one DATABASE_URL with a DATA_DIR each. */
const stores = [
  { name: 'SQLite', env: async () => { const dir = folder('newsdesk-fresh-data-'); return () => ({ DATA_DIR: dir }); } },
  { name: 'PostgreSQL', env: async () => { const url = await server().createDatabase(); return () => ({ DATA_DIR: folder('newsdesk-fresh-data-'), DATABASE_URL: url }); } },
];

describe.each(stores)('articles taken by another process on $name', (store) => {
  async function twoProcesses() {
    const env = await store.env();
    const seeds = folder('newsdesk-fresh-seeds-');
    const start = async (owner: string) => {
      const hand = handTimer();
      const config = loadConfig({ SEEDS_DIR: seeds, ...env() });
      const app = await createApp({ config, logger: createCapturingLogger(), clock: new ManualClock('2026-02-04T09:00:00Z'), owner, every: hand.every });
      apps.push(app);
      return { app, timer: hand.timer };
    };
    return { north: await start('north'), south: await start('south') };
  }

  it('become searchable here at the next poll, at most 2 s apart', async () => {
    const { north, south } = await twoProcesses();
    expect(south.timer.ms).toBeGreaterThan(0);
    expect(south.timer.ms).toBeLessThanOrEqual(2_000);
    await ingestDocuments([LIGHTHOUSE], 'feed', north.app.ingestion);
    expect(north.app.services.search.search('Skerrow lighthouse').hits).toHaveLength(1);
    expect(south.app.services.search.search('Skerrow lighthouse').hits).toHaveLength(0);

    south.timer.fire();
    const hits = south.app.services.search.search('Skerrow lighthouse').hits;
    expect(hits.map((hit) => hit.article.title)).toEqual(['Lighthouse keepers return to Skerrow Point']);
    expect(south.app.services.archive.size).toBe(1);
    // Its own article is not taken in twice, and a poll with nothing new adds nothing.
    expect(north.app.follower!.poll()).toBe(0);
    expect(south.app.follower!.poll()).toBe(0);
  }, 60_000);

  it('replace the older text of an article another process rewrote', async () => {
    const { north, south } = await twoProcesses();
    const [first] = (await ingestDocuments([LIGHTHOUSE], 'feed', north.app.ingestion)).added;
    south.timer.fire();
    const rewritten = { ...first!, hash: `${first!.hash}-v2`, paragraphs: [...first!.paragraphs, 'A relief keeper from Dunmore joins them in March.'] };
    north.app.stores.articles.put(rewritten, 'feed');
    expect(south.app.follower!.poll()).toBe(1);
    expect(south.app.services.search.search('Dunmore relief keeper').hits[0]?.article.id).toBe(first!.id);
    expect(south.app.services.archive.size).toBe(1);
  }, 60_000);

  it('stops polling when the app closes', async () => {
    const { south } = await twoProcesses();
    await south.app.close();
    apps.splice(apps.indexOf(south.app), 1);
    expect(south.timer.stopped).toBe(true);
  }, 60_000);
});
