import { Client, GatewayIntentBits, type ClientOptions } from 'discord.js';
import type { Config } from '../../config.js';

/** A rate limit longer than this is not waited out: the request fails and the caller decides (see delivery-errors). */
export const MAX_RATE_LIMIT_WAIT_MS = 10_000;

/**
 * The discord.js client: only the Guilds intent (slash commands need no privileged intents), every REST
 * call (the gateway lookup included) to DISCORD_API_URL, and no mentions parsed by default.
 */
export function createDiscordClient(config: Config, extra: Partial<ClientOptions> = {}): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: { parse: [] },
    ...shardOptions(config.shardCount),
    ...extra,
    rest: {
      rejectOnRateLimit: (limit) => limit.retryAfter > MAX_RATE_LIMIT_WAIT_MS,
      ...extra.rest,
      api: config.apiUrl,
    },
  });
}

/**
 * Shards in this one process (discord.js's internal sharding): each gateway session carries its own
 * servers, while feeds and digests run once, in this process, so nothing is posted twice.
 */
export function shardOptions(count: Config['shardCount']): Pick<ClientOptions, 'shards' | 'shardCount'> {
  if (count === undefined) return {};
  if (count === 'auto') return { shards: 'auto' };
  return { shards: Array.from({ length: count }, (_, i) => i), shardCount: count };
}
