import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CommandContext } from '../commands/command.js';
import { feedCommand } from '../commands/feed.js';
import { commands } from '../commands/index.js';
import type { Services } from '../src/services.js';
import { parseCommandLine } from '../src/transports/command-line.js';
import { renderText } from '../src/transports/console/render-text.js';
import { createFeedHarness } from './feeds-harness.js';
import { fixture, startFeedServer, type FeedServer } from './feeds-test-server.js';
import { createBriefings } from '../src/briefing/briefings.js';

let server: FeedServer;
let h: ReturnType<typeof createFeedHarness> | undefined;
let services: Services;
let failing = false;

const admin: CommandContext = { userId: 'admin-1', userName: 'Ada', guildId: 'guild-1', channelId: 'chan-news', canManageGuild: true };
const member: CommandContext = { ...admin, userId: 'member-2', userName: 'Bo', canManageGuild: false };

beforeAll(async () => {
  server = await startFeedServer();
  server.route('/rss2.xml', { body: () => fixture('rss2.xml', server.base) });
  server.route('/pages/fleet-returns.html', { body: () => fixture('pages/fleet-returns.html', server.base), type: 'text/html' });
  server.route('/json-feed.json', { handle: (_req, res) => (failing ? res.writeHead(500).end() : res.writeHead(200).end(fixture('json-feed.json', server.base))) });
});
afterAll(() => server.close());
afterEach(async () => {
  await h?.close();
  h = undefined;
  failing = false;
});

function setup() {
  const harness = createFeedHarness();
  h = harness;
  services = { config: {} as Services['config'], logger: harness.logger, clock: harness.clock, archive: harness.archive, search: harness.search, feeds: harness.desk, briefings: createBriefings(harness.archive) };
  return harness;
}

const run = (subcommand: string, options: Record<string, string | number>, context = admin) => feedCommand.execute({ subcommand, options }, context, services);

describe('/feed command', () => {
  it('is registered, for members with Manage Server only', () => {
    expect(commands).toContain(feedCommand);
    expect(feedCommand.definition.default_member_permissions).toBe('32');
    expect(feedCommand.definition.options?.map((o) => o.name)).toEqual(['add', 'remove', 'list']);
  });

  it('refuses members without Manage Server, even when Discord lets the command through', async () => {
    const h = setup();
    for (const [sub, options] of [['add', { url: `${server.base}/rss2.xml` }], ['list', {}], ['remove', { feed: '1' }]] as const) {
      const reply = await run(sub, options, member);
      expect(reply).toMatchObject({ ephemeral: true, tone: 'notice' });
      expect(reply.text).toContain('Manage Server');
    }
    expect(await feedCommand.press!('feed:list:1', member, services)).toMatchObject({ tone: 'notice' });
    expect(await feedCommand.autocomplete!({ name: 'feed', value: '' }, { options: {} }, member, services)).toEqual([]);
    expect(h.desk.list()).toEqual([]);
    expect(server.count('/rss2.xml')).toBe(0);
  });

  it('adds a feed, announcing in the channel asked from by default, and reports what it took', async () => {
    const h = setup();
    const reply = await run('add', { url: `${server.base}/rss2.xml`, filter: 'ferry, flood', every: 15 });
    expect(reply.title).toBe('Feed added');
    expect(reply.text).toContain('Following a feed: **Harbour Gazette**');
    expect(reply.text).toContain('Took 2 articles into the archive (1 left out by the filter)');
    expect(reply.text).toContain('<#chan-news>');
    expect(h.desk.list('guild-1')[0]).toMatchObject({ channelId: 'chan-news', filter: 'ferry, flood', intervalMinutes: 15, addedBy: 'admin-1' });
    const again = await run('add', { url: `${server.base}/rss2.xml` });
    expect(again).toMatchObject({ tone: 'notice', text: 'This server already follows that address (feed 1).' });
    const bad = await run('add', { url: `${server.base}/rss2.xml?x=1`, filter: '/(oops/' });
    expect(bad.text).toMatch(/^That filter does not work: the regular expression does not compile/);
  });

  it('lists each feed with its last fetch, next fetch, articles taken, last error and state', async () => {
    const h = setup();
    await run('add', { url: `${server.base}/rss2.xml`, channel: '987654321098765432' });
    await run('add', { url: `${server.base}/json-feed.json` });
    failing = true;
    h.clock.advance(10 * 60_000);
    await h.desk.tick();
    h.clock.advance(3 * 60_000);
    const reply = await run('list', {});
    expect(reply.title).toBe('Feeds followed here (2)');
    const [gazette, metro] = reply.fields!;
    expect(gazette!.name).toBe('1. Harbour Gazette');
    expect(gazette!.value).toContain('State: active');
    expect(gazette!.value).toContain('Last fetch: 2024-10-01 09:10 UTC (3 min ago)');
    expect(gazette!.value).toContain('Next fetch: 2024-10-01 09:20 UTC (in 7 min) · every 10 min');
    expect(gazette!.value).toContain('Articles taken: 3');
    expect(gazette!.value).toContain('Announces in: <#987654321098765432>');
    expect(gazette!.value).not.toContain('Last error');
    expect(metro!.name).toBe('2. Metro Desk');
    expect(metro!.value).toContain('State: active, failing (1 in a row, backing off)');
    expect(metro!.value).toContain('Last error: HTTP 500 Internal Server Error');
    expect(metro!.value).toContain('Articles taken: 2');
    for (const field of reply.fields!) expect(field.value.length).toBeLessThanOrEqual(1024);
    // Another server sees none of them.
    expect((await run('list', {}, { ...admin, guildId: 'guild-2' })).text).toMatch(/^No feeds are followed here yet/);
  });

  it('removes a feed by id or address, suggests feeds to remove, and says when nothing matches', async () => {
    const h = setup();
    await run('add', { url: `${server.base}/rss2.xml` });
    await run('add', { url: `${server.base}/json-feed.json` });
    const choices = await feedCommand.autocomplete!({ name: 'feed', value: 'metro' }, { subcommand: 'remove', options: {} }, admin, services);
    expect(choices).toEqual([{ name: `2. Metro Desk (${server.base}/json-feed.json)`, value: '2' }]);
    expect((await run('remove', { feed: '2' })).text).toBe('Stopped following Metro Desk (feed 2). Its articles stay in the archive.');
    expect((await run('remove', { feed: `${server.base}/rss2.xml` })).text).toContain('Stopped following Harbour Gazette');
    expect((await run('remove', { feed: '7' })).text).toBe('No feed here matches `7`. /feed list shows the ids.');
    expect(h.desk.list()).toEqual([]);
    expect(h.archive.size).toBe(5);
  });

  it('works from the console as typed text', async () => {
    const h = setup();
    const parsed = parseCommandLine(`/feed add url:${server.base}/rss2.xml filter:ferry`, commands);
    if ('error' in parsed) throw new Error(parsed.error);
    const reply = await parsed.command.execute(parsed.invocation, { userId: 'console', userName: 'console', canManageGuild: true }, services);
    expect(renderText(reply)).toContain('Took 1 article into the archive (2 left out by the filter)');
    // The console belongs to no server: its feeds sit with the operator's.
    expect(h.desk.list()[0]).toMatchObject({ guildId: '', filter: 'ferry', origin: 'command' });
    expect(renderText(await run('list', {}, { userId: 'console', userName: 'console', canManageGuild: true }))).toContain('Articles taken: 1');
  });
});
