import 'dotenv/config';
import { join } from 'node:path';
import { commands } from '../commands/index.js';
import { createApp } from './app.js';
import { systemClock } from './clock.js';
import { ConfigError, loadConfig } from './config.js';
import { createLogger } from './logger.js';
import { runConsole } from './transports/console/console.js';
import { createConsoleMessenger } from './transports/console/console-messenger.js';

/** Start-up: validate config, build the core, then hand it to Discord, or to the console without a token. */
async function main(): Promise<void> {
  const config = loadConfig(process.env, process.argv.slice(2));
  const logger = createLogger({ level: config.logLevel, secrets: config.discordToken ? [config.discordToken] : [] });
  const app = await createApp({ config, logger, clock: systemClock });
  if (!config.discordToken) {
    logger.info('No DISCORD_TOKEN set: opening the console instead of connecting to Discord.');
    const consoleMessenger = createConsoleMessenger(process.stdout);
    await app.feeds.start(consoleMessenger);
    await app.digests.start(consoleMessenger);
    await runConsole({ services: app.services, commands, pictureDir: join(config.dataDir, 'pictures') });
    await app.close();
    return;
  }
  const { startDiscordTransport } = await import('./transports/discord/gateway.js');
  const transport = await startDiscordTransport({ app, commands, token: config.discordToken });
  await app.feeds.start(transport.messenger);
  await app.digests.start(transport.messenger);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info('shutting down', { signal });
    await transport.stop();
    await app.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
