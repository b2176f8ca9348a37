import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDigestLedger } from '../src/digest/digest-ledger.js';
import { createScheduleStore } from '../src/digest/digest-store.js';
import { openDatabase } from '../src/store/database.js';
import { startBotProcess, type BotProcess } from './bot-process.js';
import { channel, digestChannels, posts } from './digest-e2e-helpers.js';
import { startFakeDiscord, type FakeDiscord } from './fake-discord/fake-discord.js';
import { apiUser, ids, users } from './fake-discord/world.js';

/**
 * Exactly once against real crashes: bot processes (node + tsx) on the fake Discord over one SQLite
 * file. One is killed with SIGKILL after Discord accepted its digest and before its ledger knew; 500
 * messages from members follow and Discord forgets the nonce; the next process must find the post
 * (paging forward from the due time) and confirm it, not post again. And two processes due at once
 * post once.
 */
const dirs: string[] = [];
const tempDir = (name: string) => {
  const dir = mkdtempSync(join(tmpdir(), `newsdesk-${name}-`));
  dirs.push(dir);
  return dir;
};
const running: BotProcess[] = [];
const start = (options: Omit<Parameters<typeof startBotProcess>[0], 'fake' | 'seedsDir'>) => {
  const bot = startBotProcess({ fake, seedsDir, ...options });
  running.push(bot);
  return bot;
};

let fake: FakeDiscord;
let seedsDir: string;
beforeAll(async () => {
  fake = await startFakeDiscord({ channels: digestChannels });
  seedsDir = tempDir('digest-seeds');
});
afterAll(async () => {
  for (const bot of running) if (bot.child.exitCode === null && bot.child.signalCode === null) bot.child.kill('SIGKILL');
  await Promise.all(running.map((bot) => bot.ended));
  await fake?.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** A DATA_DIR whose database already holds a digest at 08:00 Berlin time for `channelId`. */
function dataDirWithDigest(channelId: string): string {
  const dataDir = tempDir('digest-processes');
  const db = openDatabase(join(dataDir, 'newsdesk.sqlite'));
  createScheduleStore(db).upsert({ guildId: ids.guild, channelId, time: { hour: 8, minute: 0 }, zone: 'Europe/Berlin', quiet: false, setAt: '2026-04-09T12:00:00.000Z' });
  db.close();
  return dataDir;
}

function ledgerEntry(dataDir: string, channelId: string, localDate: string) {
  const db = openDatabase(join(dataDir, 'newsdesk.sqlite'));
  try {
    return createDigestLedger(db).get({ channelId, localDate });
  } finally {
    db.close();
  }
}

describe('digest exactly once across real processes', () => {
  it('a process killed between Discord accepting the digest and the ledger confirming it: the next one finds it behind 500 messages', async () => {
    const dataDir = dataDirWithDigest(channel.crash);
    const first = start({ dataDir, now: '2026-04-10T06:00:00.000Z', hangAfterSend: true });
    const sent = (await first.line('sent ')).slice('sent '.length);
    first.child.kill('SIGKILL');
    expect(await first.ended).toMatchObject({ signal: 'SIGKILL' });
    expect(posts(fake, channel.crash)).toHaveLength(1);
    expect(ledgerEntry(dataDir, channel.crash, '2026-04-10')).toMatchObject({ state: 'claimed' });

    for (let i = 0; i < 500; i++) fake.state.store({ ...fake.state.message(channel.crash, { content: `harbour chatter ${i}` }, []), author: apiUser(i % 2 ? users.member : users.otherMember) });
    fake.state.forgetNonces(channel.crash);
    const readsBefore = fake.find('GET', `/channels/${channel.crash}/messages`).length;

    const second = start({ dataDir, now: '2026-04-10T06:10:00.000Z' });
    await second.line('done');
    expect(await second.ended, second.log()).toMatchObject({ code: 0 });
    expect(posts(fake, channel.crash)).toHaveLength(1);
    const reads = fake.find('GET', `/channels/${channel.crash}/messages`).slice(readsBefore);
    expect(reads.length).toBeGreaterThanOrEqual(1);
    expect(reads.every((r) => r.query.after !== undefined)).toBe(true);
    expect(ledgerEntry(dataDir, channel.crash, '2026-04-10')).toMatchObject({ state: 'posted', messageId: sent });
  }, 180_000);

  it('two processes on one database, both due at once, post once', async () => {
    const dataDir = dataDirWithDigest(channel.berlin);
    const bots = [0, 1].map(() => start({ dataDir, now: '2026-04-10T06:00:30.000Z', waitForGo: true }));
    await Promise.all(bots.map((bot) => bot.line('ready')));
    for (const bot of bots) bot.tell('go');
    await Promise.all(bots.map((bot) => bot.line('done')));
    const ends = await Promise.all(bots.map((bot) => bot.ended));
    expect(ends, bots.map((b) => b.log()).join('\n')).toEqual([{ code: 0, signal: null }, { code: 0, signal: null }]);
    expect(posts(fake, channel.berlin)).toHaveLength(1);
    const sent = bots.flatMap((bot) => bot.said('sent ') ?? []);
    expect(sent).toHaveLength(1);
    expect(ledgerEntry(dataDir, channel.berlin, '2026-04-10')).toMatchObject({ state: 'posted', messageId: sent[0]!.slice('sent '.length) });
  }, 180_000);
});
