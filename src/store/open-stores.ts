import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { openPostgresStores } from './postgres/postgres-stores.js';
import { openMemoryStores, openSqliteStores } from './sqlite-stores.js';
import type { Stores } from './stores.js';

/**
 * The one setting that picks the backend: DATABASE_URL → PostgreSQL; unset → SQLite in DATA_DIR, as
 * always; in-memory runs (one-shot CLI, tests) write nothing whatever is set.
 */
export function openStores(config: Pick<Config, 'dataDir' | 'databaseUrl'>, options: { inMemory?: boolean; logger: Logger }): Stores {
  if (options.inMemory) return openMemoryStores();
  if (!config.databaseUrl) return openSqliteStores(config.dataDir);
  const stores = openPostgresStores(config.databaseUrl, config.dataDir);
  options.logger.info('state kept in PostgreSQL', { backend: stores.backend });
  return stores;
}
