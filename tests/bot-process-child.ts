import { createInterface } from 'node:readline';
import { commands } from '../commands/index.js';
import { createApp } from '../src/app.js';
import { ManualClock } from '../src/clock.js';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { startDiscordTransport } from '../src/transports/discord/gateway.js';
import { createWork } from '../src/work/work-pool.js';

/**
 * One whole bot process for multi-process-bots.test.ts, wired as src/main.ts wires a gateway process
 * (config from the environment, the worker pool, createApp, the discord.js transport with every command,
 * then the feed and digest loops on its messenger), except for the clock: a ManualClock starting at
 * CHILD_NOW that the test moves. It talks on stdout, one line each: `ready` once connected and looping,
 * then for every `tick <instant>` read on stdin, the feed and digest loops' turn at that instant and
 * `ticked <instant>`. The loops' own timers run too, at whatever instant the clock was last set to.
 * Logs go to stderr.
 */
const config = loadConfig(process.env);
const logger = createLogger({ level: config.logLevel });
const clock = new ManualClock(process.env.CHILD_NOW ?? '');
const work = createWork({ mode: 'pool', logger, threads: config.workThreads, budgetMs: config.workBudgetMs, idleMs: config.workIdleMs });
const app = await createApp({ config, logger, clock, work });
const transport = await startDiscordTransport({ app, commands, token: config.discordToken ?? '' });
await app.feeds.start(transport.messenger);
await app.digests.start(transport.messenger);
const say = (line: string) => process.stdout.write(`${line}\n`);
say('ready');

for await (const line of createInterface({ input: process.stdin })) {
  const [word, instant] = line.split(' ');
  if (word !== 'tick' || !instant) continue;
  clock.set(instant);
  await app.feeds.tick();
  await app.digests.tick();
  say(`ticked ${instant}`);
}
await transport.stop();
await app.close();
