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
  };
}
