import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.js';
import type { ArticleIndex } from '../src/search/article-index.js';
import { ManualClock } from '../src/clock.js';
import { loadConfig } from '../src/config.js';
import { createCapturingLogger } from '../src/logger.js';
import { postgresForFile } from './postgres-per-file.js';
import { tempFolder } from './temp-folder.js';

const FERRY = `Coastal Wire

Ferry line to Valdora opens in March

Valdora, 3 February 2026 /COASTWIRE/

The regional council of Valdora approved a new ferry line on Tuesday, and the first crossing is planned for March.
Mayor Ana Ruiz said the line would halve the trip to the islands.
`;

const HARBOUR = `Coastal Wire

Valdora harbour to be dredged before the ferry starts

Valdora, 4 February 2026 /COASTWIRE/

Mayor Ana Ruiz said on Wednesday that the harbour of Valdora would be dredged before the new ferry line opens.
The work will take six weeks, the council said.
`;

const server = postgresForFile();
const apps: App[] = [];

afterEach(async () => {
  for (const app of apps.splice(0)) await app.close();
});

/** A process on a machine of its own (its own DATA_DIR) on the shared DATABASE_URL. */
async function machine(seedsDir: string, databaseUrl: string) {
  const config = loadConfig({ SEEDS_DIR: seedsDir, DATA_DIR: tempFolder('newsdesk-pg-data-'), DATABASE_URL: databaseUrl });
  const logger = createCapturingLogger();
  const app = await createApp({ config, logger, clock: new ManualClock('2026-02-05T09:00:00Z') });
  apps.push(app);
  const logged = (message: string) => logger.lines.find((l) => l.message === message)?.fields;
  return { app, logged };
}

const anaRuiz = (app: App) => {
  const { directory } = app.services.briefings;
  return directory.named('Ana Ruiz').map((key) => directory.record(key));
};

describe('snapshots through PostgreSQL', () => {
  it('starts a new machine\'s search, stories and directory from the snapshots another machine shared, taking in the articles added since', async () => {
    const url = await server().createDatabase();
    const seeds = tempFolder('newsdesk-pg-seeds-');
    writeFileSync(join(seeds, 'ferry.txt'), FERRY);
    const first = await machine(seeds, url);
    expect(first.app.services.briefings.origin).toBe('built');
    await first.app.services.briefings.save();
    await (first.app.services.search as ArticleIndex).save();
    expect(first.logged('briefings snapshot shared')?.bytes).toBeGreaterThan(0);
    expect(first.logged('search snapshot shared')?.bytes).toBeGreaterThan(0);

    const second = await machine(seeds, url);
    expect(second.logged('briefings snapshot fetched from the shared store')).toBeDefined();
    expect(second.app.services.briefings.origin).toBe('snapshot');
    expect((second.app.services.search as ArticleIndex).origin).toBe('snapshot');
    expect(second.app.services.search.search('ferry Valdora').hits[0]?.article.title).toBe('Ferry line to Valdora opens in March');
    expect(anaRuiz(second.app)).toHaveLength(1);
    expect(anaRuiz(second.app)).toEqual(anaRuiz(first.app));

    writeFileSync(join(seeds, 'harbour.txt'), HARBOUR);
    const third = await machine(seeds, url);
    expect(third.app.services.briefings.origin).toBe('snapshot');
    expect(third.logged('stories and directory loaded from snapshot')?.caughtUp).toBe(1);
    expect(third.logged('search index loaded from snapshot')?.caughtUp).toBe(1);
    expect(third.app.services.search.search('dredged harbour').hits[0]?.article.title).toBe('Valdora harbour to be dredged before the ferry starts');
    expect(anaRuiz(third.app).map((r) => r?.articles.size)).toEqual([2]);
  }, 90_000);
});
