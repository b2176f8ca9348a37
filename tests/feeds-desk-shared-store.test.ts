import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFinished, vi } from 'vitest';
import { Archive } from '../src/articles/archive.js';
import { ManualClock } from '../src/clock.js';
import { createFeedDesk } from '../src/feeds/feed-desk.js';
import { analyze, ANALYSIS_VERSION } from '../src/language/pipeline.js';
import { createCapturingLogger } from '../src/logger.js';
import { createMemoryArticleStore } from '../src/store/article-store.js';
import { openDatabase } from '../src/store/database.js';
import { fixture, startFeedServer, type FeedServer } from './feeds-test-server.js';
import { tempFolder } from './temp-folder.js';

let server: FeedServer;
beforeAll(async () => {
  server = await startFeedServer();
  // Slow enough for the other process's loop to look at the feed while its first fetch is under way.
  server.route('/harbour.xml', { body: () => fixture('rss2.xml', server.base), delayMs: 300 });
});
afterAll(() => server.close());

/** Two feed desks (two bot processes) on one SQLite file, with one hand-moved clock. */
function twoDesks() {
  const file = join(tempFolder('newsdesk-shared-desks-'), 'newsdesk.sqlite');
  const clock = new ManualClock('2024-10-01T09:00:00Z');
  const desk = (owner: string) => {
    const db = openDatabase(file);
    const logger = createCapturingLogger();
    const ingestion = { clock, logger, store: createMemoryArticleStore(), archive: new Archive(), analyze, analysisVersion: ANALYSIS_VERSION };
    const made = createFeedDesk({ config: { feedsAllowPrivate: true, feedIntervalMinutes: 10 }, db, ingestion, owner, fetch: { timeoutMs: 2000 }, pollMs: 3_600_000 });
    onTestFinished(async () => {
      await made.stop();
      db.close();
    });
    return made;
  };
  return { clock, north: desk('north'), south: desk('south') };
}

describe('feed desks of two processes on one store', () => {
  it('leave a feed one of them is adding to that one, then fetch it once per interval between them', async () => {
    const { clock, north, south } = twoDesks();
    const before = server.count('/harbour.xml');
    const adding = north.add({ url: `${server.base}/harbour.xml`, guildId: 'g1', userId: 'u1' });
    await vi.waitFor(() => expect(south.list('g1')).toHaveLength(1));
    await south.tick();
    expect((await adding).ok).toBe(true);
    await Promise.all([north.tick(), south.tick()]);
    expect(server.count('/harbour.xml') - before).toBe(1);
    clock.advance(10 * 60_000);
    await Promise.all([south.tick(), north.tick()]);
    expect(server.count('/harbour.xml') - before).toBe(2);
    expect(south.list('g1')[0]).toMatchObject({ fetches: 2 });
  });
});
