import { createInterface } from 'node:readline';
import { createApp } from '../src/app.js';
import { ManualClock } from '../src/clock.js';
import { loadConfig } from '../src/config.js';
import type { InspectingMessenger } from '../src/delivery/messenger.js';
import { createLogger } from '../src/logger.js';
import { startDiscordTransport } from '../src/transports/discord/gateway.js';
import { ids } from './fake-discord/world.js';

/**
 * One bot process for digest-crash-processes.test.ts: the real app and Discord transport, pointed at the
 * test's fake Discord, over a DATA_DIR shared with other processes. It talks to the test on stdout,
 * one word a line: `ready` once connected (then it waits for `go` on stdin when CHILD_WAIT_FOR_GO is
 * set), `sent <id>` when Discord accepted a post (and with CHILD_HANG_AFTER_SEND it then hangs there,
 * before the ledger is told, for the test to kill it), `done` after the digest start-up and first tick.
 * Logs go to stderr.
 */
const env = process.env;
const config = loadConfig({
  DISCORD_TOKEN: env.CHILD_TOKEN ?? '',
  DISCORD_API_URL: env.CHILD_API_URL ?? '',
  DATA_DIR: env.CHILD_DATA_DIR ?? '',
  SEEDS_DIR: env.CHILD_SEEDS_DIR ?? '',
  DISCORD_GUILD_ID: ids.guild,
  LOG_LEVEL: 'info',
});
const say = (line: string) => process.stdout.write(`${line}\n`);
const logger = createLogger({ level: 'info' });
const app = await createApp({ config, logger, clock: new ManualClock(env.CHILD_NOW ?? '') });
const transport = await startDiscordTransport({ app, commands: [], token: config.discordToken ?? '' });
const real = transport.messenger;
const messenger: InspectingMessenger = {
  ...real,
  async post(channelId, reply, options) {
    const posted = await real.post(channelId, reply, options);
    say(`sent ${posted.id}`);
    if (env.CHILD_HANG_AFTER_SEND) await new Promise<never>(() => undefined);
    return posted;
  },
};
say('ready');
if (env.CHILD_WAIT_FOR_GO) {
  const lines = createInterface({ input: process.stdin });
  await new Promise<void>((resolve) => lines.once('line', () => resolve()));
  lines.close();
}
await app.digests.start(messenger);
say('done');
await transport.stop();
await app.close();
