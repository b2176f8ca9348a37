import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Archive } from '../src/articles/archive.js';
import { ManualClock } from '../src/clock.js';
import { createCapturingMessenger, DeliveryError, type DeliveryFailure, type InspectingMessenger } from '../src/delivery/messenger.js';
import { createDigestDesk, type DigestDeskOptions } from '../src/digest/digest-desk.js';
import { ingestDocuments, type IngestionDeps } from '../src/ingest/ingestion.js';
import type { RawDocument } from '../src/ingest/raw-document.js';
import { analyze, ANALYSIS_VERSION } from '../src/language/pipeline.js';
import { createCapturingLogger } from '../src/logger.js';
import { createMemoryArticleStore } from '../src/store/article-store.js';
import { openDatabase, type Db } from '../src/store/database.js';

/**
 * A digest desk over a real SQLite file, a hand-moved clock, an archive fed with fixture articles, and
 * a messenger that records posts and fails on request (as the Discord one would: DeliveryError kinds).
 */
export interface FixtureItem {
  title: string;
  body: string;
  source?: string;
  place?: string;
}

export function fixtureItems(name = 'morning-news.json'): FixtureItem[] {
  return JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', 'digest', name), 'utf8')) as FixtureItem[];
}

export function testMessenger() {
  const inner = createCapturingMessenger();
  const failures: { channelId: string; failure: DeliveryFailure; times: number }[] = [];
  const take = (channelId: string) => {
    const rule = failures.find((f) => f.channelId === channelId && f.times > 0);
    if (!rule) return undefined;
    rule.times -= 1;
    return new DeliveryError(rule.failure, `posting in channel ${channelId}: ${rule.failure}`);
  };
  let attempts = 0;
  const messenger: InspectingMessenger & typeof inner & { attempts(): number; failNext(channelId: string, failure: DeliveryFailure, times?: number): void; systemChannel?: string; dmsClosed: boolean } = {
    ...inner,
    dmsClosed: false,
    attempts: () => attempts,
    failNext(channelId, failure, times = 1) {
      failures.push({ channelId, failure, times });
    },
    async post(channelId, reply, options) {
      attempts++;
      const failure = take(channelId);
      if (failure) throw failure;
      return inner.post(channelId, reply, options);
    },
    async directMessage(userId, reply) {
      if (messenger.dmsClosed) throw new DeliveryError('forbidden', `sending a direct message to ${userId}: 50007`);
      return inner.directMessage(userId, reply);
    },
    async systemChannelOf() {
      return messenger.systemChannel;
    },
  };
  return messenger;
}

export type TestMessenger = ReturnType<typeof testMessenger>;

export interface DigestWorldOptions {
  start: string;
  catchUpHours?: number;
  /** Share a database file between two worlds (two processes). */
  dbPath?: string;
  owner?: string;
  stories?: DigestDeskOptions['stories'];
}

export function digestWorld(options: DigestWorldOptions) {
  const dir = options.dbPath ? undefined : mkdtempSync(join(tmpdir(), 'newsdesk-digest-'));
  const dbPath = options.dbPath ?? join(dir!, 'newsdesk.sqlite');
  const db: Db = openDatabase(dbPath);
  const clock = new ManualClock(options.start);
  const logger = createCapturingLogger();
  const archive = new Archive();
  const ingestion: IngestionDeps = { clock, logger, store: createMemoryArticleStore(), archive, analyze, analysisVersion: ANALYSIS_VERSION };
  const desk = createDigestDesk({
    config: { digestCatchUpHours: options.catchUpHours ?? 6 },
    db,
    clock,
    logger,
    archive,
    pollMs: 3_600_000,
    ...(options.owner ? { owner: options.owner } : {}),
    ...(options.stories ? { stories: options.stories } : {}),
  });
  const messenger = testMessenger();
  return {
    clock,
    db,
    dbPath,
    logger,
    archive,
    desk,
    messenger,
    /** Ingests fixture items dated `date` (YYYY-MM-DD) at the clock's current time. */
    ingest(items: readonly FixtureItem[], date: string) {
      const docs: RawDocument[] = items.map((item, i) => ({ origin: `fixture#${date}-${i}`, fallbackTime: clock.now(), ...item, date }));
      return ingestDocuments(docs, 'feed', ingestion);
    },
    async close() {
      await desk.stop();
      db.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

export type DigestWorld = ReturnType<typeof digestWorld>;

/** The digest posts a world made, as (channel, footer) pairs. */
export function digestPosts(messenger: TestMessenger): { channelId: string; footer: string }[] {
  return messenger.posts.filter((p) => p.reply.footer?.startsWith('Digest for')).map((p) => ({ channelId: p.channelId, footer: p.reply.footer ?? '' }));
}
