import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Article } from '../src/articles/article.js';
import { createApp, type App } from '../src/app.js';
import { ManualClock } from '../src/clock.js';
import { loadConfig } from '../src/config.js';
import { analyze } from '../src/language/pipeline.js';
import { createCapturingLogger } from '../src/logger.js';
import { postgresForFile } from './postgres-per-file.js';

const HARBOUR = `Coastal Wire

Ferry line to Valdora opens in March

Valdora, 3 February 2026 /COASTWIRE/

The regional council of Valdora approved a new ferry line on Tuesday, and the first crossing is planned for March.
Mayor Ana Ruiz said the line would halve the trip to the islands.
`;

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

/** One bot process: its own DATA_DIR (another machine has another disk), the shared DATABASE_URL. */
async function start(seedsDir: string, databaseUrl: string, more: Record<string, string> = {}) {
  const analysed: string[] = [];
  const counting = (article: Article) => {
    analysed.push(article.id);
    return analyze(article);
  };
  const config = loadConfig({ SEEDS_DIR: seedsDir, DATA_DIR: folder('newsdesk-pg-data-'), DATABASE_URL: databaseUrl, ...more });
  const logger = createCapturingLogger();
  const app = await createApp({ config, logger, clock: new ManualClock('2026-02-04T09:00:00Z'), analyze: counting });
  apps.push(app);
  const seedFilesRead = () => logger.lines.find((l) => l.message === 'archive ready')?.fields.seedFilesRead;
  return { app, analysed, seedFilesRead };
}

describe('the app with DATABASE_URL', () => {
  it('keeps articles with their analyses in PostgreSQL: a process on another disk reuses them, read when asked', async () => {
    const url = await server().createDatabase();
    const seeds = folder('newsdesk-pg-seeds-');
    writeFileSync(join(seeds, 'ferry.txt'), HARBOUR);
    const first = await start(seeds, url);
    expect(first.app.stores.backend).toBe('postgres');
    expect(first.analysed).toHaveLength(1);
    expect(first.app.db).toBeUndefined();

    const second = await start(seeds, url);
    expect(second.analysed).toEqual([]);
    // Held lean as with SQLite: the analysis stays in PostgreSQL until something reads it.
    const [stored] = second.app.services.archive.all();
    expect(Object.getOwnPropertyDescriptor(stored!, 'analysis')?.get).toBeDefined();
    expect(stored!.analysis).toEqual(first.app.services.archive.all()[0]!.analysis);
    expect(second.app.services.search.search('ferry Valdora').hits[0]?.article.title).toBe('Ferry line to Valdora opens in March');
    expect(second.app.stores.ping()).toBe(true);
  }, 60_000);

  it('remembers on this machine which seed files it read: a restart on the same DATA_DIR reads none again', async () => {
    const url = await server().createDatabase();
    const seeds = folder('newsdesk-pg-seeds-');
    writeFileSync(join(seeds, 'ferry.txt'), HARBOUR);
    const dataDir = folder('newsdesk-pg-data-');
    const first = await start(seeds, url, { DATA_DIR: dataDir });
    expect(first.seedFilesRead()).toBe(1);
    await apps.splice(apps.indexOf(first.app), 1)[0]!.close();
    const again = await start(seeds, url, { DATA_DIR: dataDir });
    expect([again.seedFilesRead(), again.app.services.archive.size]).toEqual([0, 1]);
    // Another machine (another DATA_DIR) has read none of its files yet.
    expect((await start(seeds, url)).seedFilesRead()).toBe(1);
  }, 60_000);

  it('shares digest schedules between processes', async () => {
    const url = await server().createDatabase();
    const seeds = folder('newsdesk-pg-seeds-');
    const one = await start(seeds, url);
    const two = await start(seeds, url);
    const set = await one.app.digests.set({ guildId: '660000000000000001', channelId: '660000000000000002', time: '07:30', zone: 'Europe/Lisbon' });
    expect(set.ok).toBe(true);
    expect(two.app.digests.list('660000000000000001').map((s) => s.channelId)).toEqual(['660000000000000002']);
    expect(two.app.stores.digestStates()).toEqual({});
  }, 60_000);

  it('searches in PostgreSQL with SEARCH_BACKEND=postgres: a second process finds the first one\'s index, typos included', async () => {
    const url = await server().createDatabase();
    const seeds = folder('newsdesk-pg-seeds-');
    writeFileSync(join(seeds, 'ferry.txt'), HARBOUR);
    const first = await start(seeds, url, { SEARCH_BACKEND: 'postgres' });
    expect(first.app.services.search.search('ferry Valdora').hits[0]?.article.title).toBe('Ferry line to Valdora opens in March');
    const second = await start(seeds, url, { SEARCH_BACKEND: 'postgres' });
    const page = second.app.services.search.search('valdroa ferry');
    expect(page.hits[0]?.article.title).toBe('Ferry line to Valdora opens in March');
    expect(page.corrections.map((c) => c.word)).toEqual(['valdroa']);
    expect(second.app.services.search.complete('Ferry li', 5).map((s) => s.value)).toContain('Ferry line to Valdora opens in March');
  }, 60_000);

  it('refuses SEARCH_BACKEND=postgres without DATABASE_URL, and an unknown backend', () => {
    expect(() => loadConfig({ SEARCH_BACKEND: 'postgres' })).toThrow(/SEARCH_BACKEND=postgres: searching in PostgreSQL needs DATABASE_URL/);
    expect(() => loadConfig({ SEARCH_BACKEND: 'elastic' })).toThrow(/SEARCH_BACKEND/);
    expect(loadConfig({}).searchBackend).toBe('embedded');
  });

  it('refuses an address that is not PostgreSQL', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://localhost/newsdesk' })).toThrow(/DATABASE_URL/);
  });
});
