import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Stores } from '../src/store/stores.js';
import { openPostgresStores } from '../src/store/postgres/postgres-stores.js';
import { spawnBotProcess, type BotProcess } from './bot-process.js';
import { channel, digestChannels, emptySeedsDir, posts } from './digest-e2e-helpers.js';
import { answerOf } from './fake-discord/answers.js';
import { startFakeDiscord, type FakeDiscord } from './fake-discord/fake-discord.js';
import { opt } from './fake-discord/interactions.js';
import { ids } from './fake-discord/world.js';
import { startFeedServer, type FeedServer } from './feeds-test-server.js';
import { startTestPostgres, type TestPostgres } from './postgres-server.js';

/**
 * Two whole bot processes (tests/bot-process-child.ts: the app and the discord.js gateway transport as
 * `npm start` wires them, on a clock the test moves) on one PostgreSQL, against the fake Discord and a
 * loopback feed server: each feed fetched once per interval between them, a digest posted once, an
 * article one took from the feed found by /search sent to the other, and a process killed (SIGKILL)
 * while Discord holds its digest post leaving the other to finish the job without posting again.
 */
const FEED_PATH = '/harbour.xml';
const HEADLINE = 'Lighthouse keepers return to Skerry Point after forty years';
const at = (hhmmss: string) => `2026-05-04T${hhmmss}.000Z`;

function feedXml(base: string): string {
  const paragraphs = [
    'Two keepers moved back into the lighthouse at Skerry Point on Sunday, forty years after the light was automated and the last crew rowed ashore.',
    'The harbour trust, which bought the tower last spring, said the keepers would look after the lamp, run the weather station and open the gallery to visitors on weekends.',
    '"The light never needed us, but the point did," said Ingrid Maclean, one of the two, who grew up in the cottages below the tower.',
  ];
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel>
    <title>Skerry Courier</title>
    <link>${base}/</link>
    <description>News from the point</description>
    <item>
      <title>${HEADLINE}</title>
      <link>${base}/news/keepers-return</link>
      <guid isPermaLink="false">skerry-keepers-1</guid>
      <pubDate>Mon, 04 May 2026 06:30:00 GMT</pubDate>
      <description>Two keepers moved back into the lighthouse at Skerry Point.</description>
      <content:encoded><![CDATA[${paragraphs.map((p) => `<p>${p}</p>`).join('')}]]></content:encoded>
    </item>
  </channel>
</rss>`;
}

const fetched = (bot: BotProcess) => bot.log().includes('feed fetched');

async function tickAll(bots: BotProcess[], instant: string): Promise<void> {
  for (const bot of bots) bot.tell(`tick ${instant}`);
  await Promise.all(bots.map((bot) => bot.line(`ticked ${instant}`)));
}

describe.each(['embedded', 'postgres'] as const)('two bot processes on one PostgreSQL (SEARCH_BACKEND=%s)', (backend) => {
  let server: TestPostgres;
  let fake: FakeDiscord;
  let feeds: FeedServer;
  let stores: Stores;
  const dirs: string[] = [];
  const bots: { process: BotProcess; session: number }[] = [];

  /** Starts one bot process and waits until its gateway session is up; returns it with that session's number. */
  async function startBot(databaseUrl: string, seedsDir: string) {
    const dataDir = mkdtempSync(join(tmpdir(), 'newsdesk-multi-bots-'));
    dirs.push(dataDir);
    const before = new Set(fake.gateway.sessionNumbers);
    const proc = spawnBotProcess('bot-process-child.ts', {
      DISCORD_TOKEN: fake.token,
      DISCORD_API_URL: fake.apiUrl,
      DISCORD_GUILD_ID: ids.guild,
      DATA_DIR: dataDir,
      SEEDS_DIR: seedsDir,
      DATABASE_URL: databaseUrl,
      SEARCH_BACKEND: backend,
      STORE_POLL_MS: '200',
      FEEDS_ALLOW_PRIVATE: 'true',
      WORK_THREADS: '1',
      CHILD_NOW: at('06:58:00'),
    });
    const bot = { process: proc, session: 0 };
    bots.push(bot);
    await proc.line('ready');
    bot.session = fake.gateway.sessionNumbers.find((n) => !before.has(n)) ?? 0;
    expect(bot.session, proc.log()).toBeGreaterThan(0);
    return bot;
  }

  beforeAll(async () => {
    [server, fake, feeds] = await Promise.all([startTestPostgres(), startFakeDiscord({ channels: digestChannels }), startFeedServer()]);
    feeds.route(FEED_PATH, { body: () => feedXml(feeds.base), type: 'application/rss+xml' });
    const databaseUrl = await server.createDatabase();
    stores = openPostgresStores(databaseUrl);
    // Due at 07:00, after both processes have started (at 06:58), so the first fetch is a tick's, not a start-up's.
    stores.feeds.add({ url: `${feeds.base}${FEED_PATH}`, guildId: '', intervalMinutes: 2, origin: 'file', addedAt: at('06:00:00'), nextFetchAt: at('07:00:00') });
    for (const [channelId, hour] of [[channel.berlin, 8], [channel.crash, 9]] as const) {
      stores.schedules.upsert({ guildId: ids.guild, channelId, time: { hour, minute: 0 }, zone: 'UTC', quiet: false, setAt: at('06:00:00') });
    }
    const seedsDir = emptySeedsDir();
    dirs.push(seedsDir);
    await startBot(databaseUrl, seedsDir);
    await startBot(databaseUrl, seedsDir);
  }, 180_000);

  afterAll(async () => {
    for (const { process } of bots) if (process.child.exitCode === null && process.child.signalCode === null) process.child.kill('SIGKILL');
    await Promise.all(bots.map(({ process }) => process.ended));
    await stores?.close();
    await Promise.all([fake?.close(), feeds?.close()]);
    await server?.stop();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it('fetch the feed once between them, and /search sent to the other process finds the article within 5 s', async () => {
    const both = bots.map((b) => b.process);
    await tickAll(both, at('07:00:00'));
    expect(feeds.count(FEED_PATH)).toBe(1);
    const takers = bots.filter((b) => fetched(b.process));
    expect(takers, both.map((b) => b.log()).join('\n')).toHaveLength(1);
    const other = bots.find((b) => !fetched(b.process))!;

    const deadline = Date.now() + 5_000;
    let found = false;
    while (!found && Date.now() < deadline) {
      const asked = fake.slashCommand('search', [opt.string('query', 'lighthouse keepers Skerry Point')], {}, other.session);
      const answer = await answerOf(fake, asked);
      found = JSON.stringify(answer.message).includes(HEADLINE);
      if (!found) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(found, other.process.log()).toBe(true);
  }, 60_000);

  it('fetch each feed once per interval between them', async () => {
    const both = bots.map((b) => b.process);
    // Every minute from 07:01 to 07:06 on both: the 2-minute feed is due at 07:02, 07:04 and 07:06.
    for (const minute of [1, 2, 3, 4, 5, 6]) await tickAll(both, at(`07:0${minute}:00`));
    expect(feeds.count(FEED_PATH)).toBe(4);
  }, 60_000);

  it('post a digest due on both once', async () => {
    await tickAll(bots.map((b) => b.process), at('08:00:30'));
    expect(posts(fake, channel.berlin)).toHaveLength(1);
    expect(stores.digestLedger.get({ channelId: channel.berlin, localDate: '2026-05-04' })).toMatchObject({ state: 'posted' });
  }, 60_000);

  it('finish the digest of a process killed mid-post, posted exactly once', async () => {
    const [dying, heir] = bots.map((b) => b.process) as [BotProcess, BotProcess];
    // Discord takes the post and never answers: the process is killed waiting for the answer.
    fake.holdNext('POST', `/channels/${channel.crash}/messages`);
    dying.tell(`tick ${at('09:00:30')}`);
    await fake.waitFor((r) => r.method === 'POST' && r.path === `/channels/${channel.crash}/messages`, 30_000);
    dying.child.kill('SIGKILL');
    expect(await dying.ended).toMatchObject({ signal: 'SIGKILL' });
    expect(stores.digestLedger.get({ channelId: channel.crash, localDate: '2026-05-04' })).toMatchObject({ state: 'claimed' });

    // The dead process's claim runs for three minutes; after it the other process settles the day.
    await tickAll([heir], at('09:05:00'));
    expect(posts(fake, channel.crash)).toHaveLength(1);
    // The ledger names the very message the dead process posted.
    const [held] = fake.state.messages.get(channel.crash) ?? [];
    expect(stores.digestLedger.get({ channelId: channel.crash, localDate: '2026-05-04' }), heir.log()).toMatchObject({ state: 'posted', messageId: held?.id });
  }, 60_000);
});
