import { rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { ManualClock } from '../src/clock.js';
import { DeliveryError, type InspectingMessenger } from '../src/delivery/messenger.js';
import { startBot, type BotUnderTest } from './fake-discord/bot-harness.js';
import { startFakeDiscord, type FakeDiscord } from './fake-discord/fake-discord.js';
import { digestChannels, emptySeedsDir } from './digest-e2e-helpers.js';

/**
 * For one describe block: a fake Discord and bot processes that share one DATA_DIR, as restarts of one
 * bot would. Every bot, the fake and both folders are gone after the block.
 */
export function sharedDataBots(prefix: string, clock: ManualClock): { fake: () => FakeDiscord; boot: () => Promise<BotUnderTest> } {
  let fake: FakeDiscord | undefined;
  let dataDir = '';
  let seedsDir = '';
  const bots: BotUnderTest[] = [];
  beforeAll(async () => {
    fake = await startFakeDiscord({ channels: digestChannels });
    dataDir = await mkdtemp(join(tmpdir(), prefix));
    seedsDir = emptySeedsDir();
  });
  afterAll(async () => {
    for (const bot of bots.reverse()) await bot.dispose();
    await fake?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
    if (seedsDir) rmSync(seedsDir, { recursive: true, force: true });
  });
  return {
    fake: () => fake!,
    boot: async () => {
      const bot = await startBot(fake!, { seedsDir, clock, env: { DATA_DIR: dataDir } });
      bots.push(bot);
      return bot;
    },
  };
}

/**
 * A messenger for a process killed while posting: its post hangs until `release`, then fails. With
 * `delivered`, Discord has taken the post first (the crash falls between send and confirm).
 */
export function dyingMessenger(real: InspectingMessenger, delivered: boolean): { messenger: InspectingMessenger; inPost: Promise<void>; release: () => void } {
  let entered!: () => void;
  const inPost = new Promise<void>((resolve) => (entered = resolve));
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const messenger: InspectingMessenger = {
    ...real,
    async post(channelId, reply, options) {
      if (delivered) await real.post(channelId, reply, options);
      entered();
      await gate;
      throw new DeliveryError('other', 'the process was killed');
    },
  };
  return { messenger, inPost, release };
}
