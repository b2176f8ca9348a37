import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { z } from 'zod';

/**
 * Every setting, validated once at start. `.env.example` lists the same keys; a test keeps them in step.
 */
const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const snowflake = z.string().regex(/^\d{15,22}$/, 'must be a Discord id (15–22 digits)');

export const configSchema = z.object({
  DISCORD_TOKEN: z.string().min(20, 'looks too short to be a bot token').optional(),
  DISCORD_GUILD_ID: snowflake.optional(),
  DISCORD_API_URL: z.url({ message: 'must be a URL such as https://discord.com/api' }).default('https://discord.com/api'),
  SEEDS_DIR: z.string().min(1).default('./seeds'),
  DATA_DIR: z.string().min(1).default('./data'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  DIGEST_CATCH_UP_HOURS: z.coerce.number().min(0).max(48).default(6),
  FEEDS_FILE: z.string().min(1).optional(),
  FEEDS_ALLOW_PRIVATE: booleanFlag.default(false),
  FEED_INTERVAL_MINUTES: z.coerce.number().int().min(2).max(24 * 60).default(10),
  INTERACTIONS_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  DISCORD_PUBLIC_KEY: z.string().regex(/^[0-9a-fA-F]{64}$/, "must be the application's public key: 64 hex characters").optional(),
  DISCORD_GATEWAY: booleanFlag.default(true),
  SHARD_COUNT: z.union([z.literal('auto'), z.coerce.number().int().min(1).max(1024)]).optional(),
  METRICS_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  HTTP_HOST: z.string().min(1).default('0.0.0.0'),
  LOG_FORMAT: z.enum(['text', 'json']).default('text'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/\S+$/, 'must be a PostgreSQL address such as postgres://user:password@host:5432/newsdesk')
    .optional(),
  SEARCH_BACKEND: z.enum(['embedded', 'postgres']).default('embedded'),
  // One core is left to the main thread, which only answers.
  WORK_THREADS: z.coerce.number().int().min(1).max(64).default(Math.max(1, Math.min(4, availableParallelism() - 1))),
  WORK_BUDGET_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  WORK_IDLE_MS: z.coerce.number().int().min(0).max(86_400_000).default(60_000),
  // At most 2 s, so an article another process took is searchable here within 5 s.
  STORE_POLL_MS: z.coerce.number().int().min(100).max(2_000).default(2_000),
});

type Raw = z.infer<typeof configSchema>;

export interface Config {
  discordToken?: string;
  guildId?: string;
  apiUrl: string;
  seedsDir: string;
  dataDir: string;
  logLevel: Raw['LOG_LEVEL'];
  digestCatchUpHours: number;
  feedsFile?: string;
  feedsAllowPrivate: boolean;
  feedIntervalMinutes: number;
  /** The signed HTTP interactions endpoint (with `discordPublicKey`); off when unset. */
  interactionsPort?: number;
  discordPublicKey?: string;
  /** Whether to connect to the gateway when a token is set (an HTTP-only process sets it false). */
  gateway: boolean;
  /** Gateway shards: a number or `auto` (Discord's recommendation); one when unset. */
  shardCount?: number | 'auto';
  /** /healthz and /metrics on their own port (they are also served on the interactions port). */
  metricsPort?: number;
  httpHost: string;
  logFormat: 'text' | 'json';
  /** Every piece of state in this PostgreSQL instead of SQLite in `dataDir`; unset: SQLite. */
  databaseUrl?: string;
  /** Where /search runs: the in-process index (default) or PostgreSQL full-text search (needs DATABASE_URL). */
  searchBackend: 'embedded' | 'postgres';
  /** Worker threads for analysis, page extraction and feed parsing. */
  workThreads: number;
  /** One job's time budget: past it the job is cancelled and its item skipped. */
  workBudgetMs: number;
  /** Idle time after which the worker threads stop; 0 keeps them. */
  workIdleMs: number;
  /** How often the store is read for articles other processes wrote (2 s when unset). */
  storePollMs?: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads `--seeds DIR` style flags that override the environment. */
export function argvOverrides(argv: readonly string[]): Record<string, string> {
  const flags: Record<string, string> = { '--seeds': 'SEEDS_DIR', '--data': 'DATA_DIR' };
  const out: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const [flag, inline] = arg.split('=', 2) as [string, string | undefined];
    const key = flags[flag];
    if (!key) continue;
    const value = inline ?? argv[++i];
    if (value) out[key] = value;
  }
  return out;
}

/** Validates the environment once; throws a ConfigError listing every problem. */
export function loadConfig(env: NodeJS.ProcessEnv, argv: readonly string[] = []): Config {
  const merged: Record<string, string | undefined> = { ...env, ...argvOverrides(argv) };
  // An empty line in .env ("DISCORD_TOKEN=") means "not set", not "set to nothing".
  for (const key of Object.keys(configSchema.shape)) if (merged[key] === '') delete merged[key];
  const parsed = configSchema.safeParse(merged);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  const raw = parsed.data;
  if ((raw.INTERACTIONS_PORT === undefined) !== (raw.DISCORD_PUBLIC_KEY === undefined)) {
    throw new ConfigError(['INTERACTIONS_PORT and DISCORD_PUBLIC_KEY: set both to answer interactions over HTTP, or neither']);
  }
  if (!raw.DISCORD_GATEWAY && raw.INTERACTIONS_PORT === undefined) {
    throw new ConfigError(['DISCORD_GATEWAY=false: without the gateway, set INTERACTIONS_PORT and DISCORD_PUBLIC_KEY, or nothing answers']);
  }
  if (raw.SEARCH_BACKEND === 'postgres' && !raw.DATABASE_URL) {
    throw new ConfigError(['SEARCH_BACKEND=postgres: searching in PostgreSQL needs DATABASE_URL']);
  }
  return {
    discordToken: raw.DISCORD_TOKEN,
    guildId: raw.DISCORD_GUILD_ID,
    apiUrl: raw.DISCORD_API_URL.replace(/\/+$/, ''),
    seedsDir: resolve(raw.SEEDS_DIR),
    dataDir: resolve(raw.DATA_DIR),
    logLevel: raw.LOG_LEVEL,
    digestCatchUpHours: raw.DIGEST_CATCH_UP_HOURS,
    feedsFile: raw.FEEDS_FILE ? resolve(raw.FEEDS_FILE) : undefined,
    feedsAllowPrivate: raw.FEEDS_ALLOW_PRIVATE,
    feedIntervalMinutes: raw.FEED_INTERVAL_MINUTES,
    ...(raw.INTERACTIONS_PORT !== undefined ? { interactionsPort: raw.INTERACTIONS_PORT } : {}),
    ...(raw.DISCORD_PUBLIC_KEY ? { discordPublicKey: raw.DISCORD_PUBLIC_KEY.toLowerCase() } : {}),
    gateway: raw.DISCORD_GATEWAY,
    ...(raw.SHARD_COUNT !== undefined ? { shardCount: raw.SHARD_COUNT } : {}),
    ...(raw.METRICS_PORT !== undefined ? { metricsPort: raw.METRICS_PORT } : {}),
    httpHost: raw.HTTP_HOST,
    logFormat: raw.LOG_FORMAT,
    ...(raw.DATABASE_URL ? { databaseUrl: raw.DATABASE_URL } : {}),
    searchBackend: raw.SEARCH_BACKEND,
    workThreads: raw.WORK_THREADS,
    workBudgetMs: raw.WORK_BUDGET_MS,
    workIdleMs: raw.WORK_IDLE_MS,
    storePollMs: raw.STORE_POLL_MS,
  };
}
