import { join } from 'node:path';
import { Archive } from './articles/archive.js';
import type { Clock } from './clock.js';
import type { Config } from './config.js';
import { ingestDocuments, type IngestionDeps } from './ingest/ingestion.js';
import { readSeedFolder } from './ingest/seed-folder.js';
import { analyze, ANALYSIS_VERSION } from './language/pipeline.js';
import type { Logger } from './logger.js';
import { createArticleIndex } from './search/article-index.js';
import type { Services } from './services.js';
import { createMemoryArticleStore, createSqliteArticleStore } from './store/article-store.js';
import { openDatabase, type Db } from './store/database.js';

export interface AppOptions {
  config: Config;
  logger: Logger;
  clock: Clock;
  /** Keep everything in memory (one-shot CLI runs, tests): no DATA_DIR is written. */
  inMemory?: boolean;
}

export interface App {
  services: Services;
  db?: Db;
  ingestion: IngestionDeps;
  close(): Promise<void>;
}

/** Wires the core: store, archive, seeds, index. Transports get `services` and nothing else. */
export async function createApp(options: AppOptions): Promise<App> {
  const { config, logger, clock } = options;
  const db = options.inMemory ? undefined : openDatabase(join(config.dataDir, 'newsdesk.sqlite'));
  const store = db ? createSqliteArticleStore(db) : createMemoryArticleStore();
  const archive = new Archive();
  const ingestion: IngestionDeps = { clock, logger, store, archive, analyze, analysisVersion: ANALYSIS_VERSION };

  const started = performance.now();
  const documents = await readSeedFolder(config.seedsDir, { logger });
  const seeded = ingestDocuments(documents, 'seed', ingestion);
  // Seed articles whose file is gone leave the archive; feed articles stay until removed.
  const live = new Set(archive.all().map((a) => a.id));
  for (const stale of store.all('seed')) if (!live.has(stale.id)) store.remove(stale.id);
  for (const article of store.all('feed')) if (article.analysis.version === ANALYSIS_VERSION) archive.add(article);
  const search = createArticleIndex(archive);
  logger.info('archive ready', {
    articles: archive.size,
    seedsAdded: seeded.added.length,
    seedsSkipped: seeded.skipped.length,
    ms: Math.round(performance.now() - started),
  });

  const services: Services = { config, logger, clock, archive, search };
  return {
    services,
    ingestion,
    ...(db ? { db } : {}),
    async close() {
      search.dispose();
      db?.close();
    },
  };
}
