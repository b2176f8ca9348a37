import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Command } from '../../commands/command.js';
import { commands as allCommands } from '../../commands/index.js';
import { createApp, type App } from '../../src/app.js';
import { ManualClock, type Clock } from '../../src/clock.js';
import { loadConfig, type Config } from '../../src/config.js';
import { createCapturingLogger, type CapturingLogger } from '../../src/logger.js';
import { startDiscordTransport, type DiscordTransport } from '../../src/transports/discord/gateway.js';
import type { FakeDiscord } from './fake-discord.js';
import { ids } from './world.js';

export interface BotUnderTest {
  app: App;
  transport: DiscordTransport;
  logger: CapturingLogger;
  config: Config;
  dataDir: string;
  /** Stops the transport and closes the app; the data folder stays until `dispose`. */
  stop(): Promise<void>;
  /** Starts another transport over the same app, as a restart of the bot would. */
  restart(): Promise<DiscordTransport>;
  dispose(): Promise<void>;
}

export interface BotOptions {
  seedsDir: string;
  commands?: readonly Command[];
  /** Register to the fake guild (default) or globally. */
  guild?: boolean;
  deferAfterMs?: number;
  env?: Record<string, string>;
  /** The bot's clock; a ManualClock at 2024-04-02T09:00:00Z unless given. */
  clock?: Clock;
}

/**
 * The real bot, built as `npm start` builds it (config from environment values, createApp, then
 * startDiscordTransport) but pointed at a fake Discord, over a temporary DATA_DIR.
 */
export async function startBot(fake: FakeDiscord, options: BotOptions): Promise<BotUnderTest> {
  const dataDir = await mkdtemp(join(tmpdir(), 'newsdesk-discord-'));
  const config = loadConfig({
    DISCORD_TOKEN: fake.token,
    DISCORD_API_URL: fake.apiUrl,
    DATA_DIR: dataDir,
    SEEDS_DIR: options.seedsDir,
    LOG_LEVEL: 'debug',
    ...(options.guild === false ? {} : { DISCORD_GUILD_ID: ids.guild }),
    ...options.env,
  });
  const logger = createCapturingLogger();
  const app = await createApp({ config, logger, clock: options.clock ?? new ManualClock('2024-04-02T09:00:00Z') });
  const start = () =>
    startDiscordTransport({
      app,
      commands: options.commands ?? allCommands,
      token: fake.token,
      ...(options.deferAfterMs !== undefined ? { deferAfterMs: options.deferAfterMs } : {}),
    });
  let transport = await start();
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await transport.stop();
    await app.close();
  };
  return {
    app,
    logger,
    config,
    dataDir,
    get transport() {
      return transport;
    },
    stop,
    async restart() {
      await transport.stop();
      transport = await start();
      return transport;
    },
    async dispose() {
      await stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
