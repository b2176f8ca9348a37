import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { StoryLookup } from '../src/stories/story-lookup.js';
import { createFeedHarness } from './feeds-harness.js';
import { fixture, hugeBody, redirect, startFeedServer, type FeedServer } from './feeds-test-server.js';
import { tempFolder } from './temp-folder.js';

let server: FeedServer;
const harnesses: ReturnType<typeof createFeedHarness>[] = [];
const harness = (options: Parameters<typeof createFeedHarness>[0] = {}) => {
  const h = createFeedHarness(options);
  harnesses.push(h);
  return h;
};
const TEN_MINUTES = 10 * 60_000;

beforeAll(async () => {
  server = await startFeedServer();
  server.route('/rss2.xml', { body: () => fixture('rss2.xml', server.base), etag: '"rss-1"' });
  server.route('/rdf.xml', { body: () => fixture('rdf.xml', server.base) });
  server.route('/atom.xml', { body: () => fixture('atom.xml', server.base), type: 'application/atom+xml' });
  server.route('/json-feed.json', { body: () => fixture('json-feed.json', server.base), type: 'application/feed+json' });
  server.route('/pages/fleet-returns.html', { body: () => fixture('pages/fleet-returns.html', server.base), type: 'text/html; charset=utf-8' });
  server.route('/pages/bridge-inspection.html', { body: () => fixture('pages/bridge-inspection.html', server.base), type: 'text/html' });
});
afterEach(async () => {
  for (const h of harnesses.splice(0)) await h.close();
});
afterAll(() => server.close());

describe('feed desk', () => {
  it('takes each feed format into the archive, searchable as soon as the fetch is done', async () => {
    const h = harness();
    for (const name of ['rss2.xml', 'rdf.xml', 'atom.xml', 'json-feed.json']) {
      const result = await h.desk.add({ url: `${server.base}/${name}`, guildId: 'g1', channelId: 'c1', userId: 'u1' });
      expect(result.ok, name).toBe(true);
    }
    expect(h.archive.size).toBe(9);
    const first = (query: string) => h.search.search(query).hits[0]?.article;
    expect(first('winter sailings outer islands')).toMatchObject({ source: 'Harbour Gazette', date: '2024-03-12', dateSource: 'stated' });
    expect(first('landslide rail line valley')).toMatchObject({ source: 'Valley Courier', date: '2024-04-02' });
    expect(first('wind farms output record')).toMatchObject({ source: 'Northern Wire', date: '2024-05-06' });
    expect(first('tram extension safety inspection')).toMatchObject({ source: 'Metro Desk', date: '2024-06-10' });
    expect(h.desk.list('g1').map((f) => [f.title, f.kind, f.articlesTaken, f.state])).toEqual([
      ['Harbour Gazette', 'feed', 3, 'active'],
      ['Valley Courier', 'feed', 2, 'active'],
      ['Northern Wire', 'feed', 2, 'active'],
      ['Metro Desk', 'feed', 2, 'active'],
    ]);
    // The first fetch is the feed's back catalogue: nothing is announced.
    expect(h.messenger.posts).toEqual([]);
  });

  it('reads the page of an excerpt-only item, and dates it by the page when the feed does not', async () => {
    const h = harness();
    await h.desk.add({ url: `${server.base}/rss2.xml`, guildId: 'g1' });
    const fleet = h.search.search('fishing fleet storm').hits[0]!.article;
    expect(fleet.title).toBe('Fishing fleet returns early as storm nears the coast');
    expect(fleet.paragraphs.join(' ')).toContain('said Iain Morrison, who has fished from the town for thirty years');
    expect(fleet).toMatchObject({ date: '2024-03-14', dateSource: 'stated' });
    expect(fleet.url).toBe(`${server.base}/pages/fleet-returns.html?utm_source=rss&utm_campaign=spring`);
    expect(server.count('/pages/fleet-returns.html')).toBeGreaterThan(0);
  });

  it('follows a single article page as a feed of one', async () => {
    const h = harness();
    const result = await h.desk.add({ url: `${server.base}/pages/bridge-inspection.html`, guildId: 'g1' });
    expect(result.ok && result.feed.kind).toBe('page');
    const [article] = h.archive.all();
    expect(article).toMatchObject({ title: 'Old road bridge closed to lorries after inspection finds corroded cables', date: '2024-07-22' });
  });

  it('asks again with the ETag and takes nothing twice when the server answers 304', async () => {
    const h = harness();
    await h.desk.add({ url: `${server.base}/rss2.xml`, guildId: 'g2' });
    const before = h.archive.size;
    h.clock.advance(TEN_MINUTES);
    await h.desk.tick();
    const last = server.requests.filter((r) => r.path === '/rss2.xml').at(-1)!;
    expect(last.headers['if-none-match']).toBe('"rss-1"');
    expect(last.status).toBe(304);
    expect(h.archive.size).toBe(before);
    expect(h.desk.list('g2')[0]).toMatchObject({ failures: 0, articlesTaken: 3, fetches: 2 });
  });

  it('keeps fetching the other feeds when one errors, hangs, is malformed, is huge or loops', async () => {
    server.route('/bad/500', { status: 500 });
    server.route('/bad/slow', { body: () => fixture('rdf.xml', server.base), delayMs: 4000 });
    server.route('/bad/malformed', { body: fixture('rss2.xml', server.base).slice(0, 700) });
    server.route('/bad/huge', { handle: hugeBody(20) });
    server.route('/bad/loop-a', redirect('/bad/loop-b'));
    server.route('/bad/loop-b', redirect('/bad/loop-a'));
    const dir = tempFolder('newsdesk-feeds-file-');
    const feedsFile = join(dir, 'feeds.txt');
    const bad = ['500', 'slow', 'malformed', 'huge', 'loop-a'].map((p) => `${server.base}/bad/${p}`);
    writeFileSync(feedsFile, ['# operator feeds', ...bad, `${server.base}/atom.xml 123456789012345678 every:15`, 'ftp://files.test/feed.xml', ''].join('\n'));
    const h = harness({ feedsFile, fetch: { timeoutMs: 1500 } });
    await h.desk.start(h.messenger);
    await h.desk.tick();
    const byPath = new Map(h.desk.list().map((f) => [new URL(f.url).pathname, f]));
    expect(byPath.get('/atom.xml')?.lastError).toBeUndefined();
    expect(byPath.get('/atom.xml')).toMatchObject({ state: 'active', failures: 0, articlesTaken: 2, intervalMinutes: 15, channelId: '123456789012345678' });
    expect(h.search.search('maternity wing').hits[0]?.article.title).toBe('Hospital opens new maternity wing after two-year build');
    const errors = Object.fromEntries([...byPath].filter(([p]) => p.startsWith('/bad/')).map(([p, f]) => [p, f.lastError]));
    expect(errors).toEqual({
      '/bad/500': 'HTTP 500 Internal Server Error',
      '/bad/slow': 'timed out after 1.5 s',
      '/bad/malformed': expect.stringMatching(/^malformed feed: /),
      '/bad/huge': 'response larger than the 5.0 MB limit (stopped reading)',
      '/bad/loop-a': `redirect loop: ${server.base}/bad/loop-a → ${server.base}/bad/loop-b → ${server.base}/bad/loop-a`,
    });
    for (const path of Object.keys(errors)) expect(byPath.get(path)).toMatchObject({ state: 'active', failures: 1, nextFetchAt: '2024-10-01T09:10:00.000Z' });
    expect(h.logger.text()).toContain('skipped line 8 of feeds file');
    expect(h.logger.lines.filter((l) => l.message.startsWith('feed fetch failed'))).toHaveLength(5);
  });

  it('replaces an article the feed corrects, keeping its id', async () => {
    let version = 1;
    const story = () =>
      version === 1
        ? 'Divers searching the loch found the wreck of a wartime seaplane on Sunday in forty metres of water, two miles from the old slipway.'
        : 'Divers searching the loch found the wreck of a wartime flying boat on Sunday in forty metres of water, three miles from the old slipway.';
    server.route('/changing.xml', {
      body: () => `<?xml version="1.0"?><rss version="2.0"><channel><title>Loch News</title><link>${server.base}/</link><description>d</description>
        <item><title>Divers find wartime wreck in the loch</title><guid>loch-77</guid><pubDate>Mon, 16 Sep 2024 09:00:00 GMT</pubDate>
        <description>&lt;p&gt;${story()}&lt;/p&gt;&lt;p&gt;The aircraft, which sank during a training flight in 1943, had never been found despite several searches by local clubs and the navy. Historians said the crew of nine all survived after being picked up by a fishing boat.&lt;/p&gt;</description></item>
        </channel></rss>`,
    });
    const h = harness();
    await h.desk.add({ url: `${server.base}/changing.xml`, guildId: 'g1' });
    const [original] = h.archive.all();
    expect(original!.paragraphs[0]).toContain('seaplane');
    version = 2;
    h.clock.advance(TEN_MINUTES);
    await h.desk.tick();
    expect(h.archive.size).toBe(1);
    const [updated] = h.archive.all();
    expect(updated!.id).toBe(original!.id);
    expect(updated!.paragraphs[0]).toContain('flying boat');
    expect(h.search.search('flying boat').hits.map((hit) => hit.article.id)).toEqual([original!.id]);
    expect(h.search.search('seaplane').hits).toHaveLength(0);
  });

  it('takes the same article once when a second feed links to it with tracking parameters', async () => {
    server.route('/aggregator.xml', {
      body: () => `<?xml version="1.0"?><rss version="2.0"><channel><title>Regional Roundup</title><link>${server.base}/</link><description>d</description>
        <item><title>Ferry operator adds winter sailings</title><link>${server.base}/news/winter-sailings?utm_source=roundup&amp;fbclid=abc</link>
        <description>The ferry operator will run two extra crossings a week to the outer islands this winter.</description></item></channel></rss>`,
    });
    const h = harness();
    await h.desk.add({ url: `${server.base}/rss2.xml`, guildId: 'g1' });
    const result = await h.desk.add({ url: `${server.base}/aggregator.xml`, guildId: 'g1' });
    expect(result.ok && result.outcome.intake).toMatchObject({ added: [], linked: [expect.objectContaining({ title: 'Ferry operator adds winter sailings to the outer islands' })] });
    expect(h.archive.size).toBe(3);
  });

  it('takes only what the filter lets through', async () => {
    const h = harness();
    const pagesBefore = server.count('/pages/fleet-returns.html');
    const result = await h.desk.add({ url: `${server.base}/rss2.xml`, guildId: 'g1', filter: 'flood, ferry -fishing' });
    expect(result.ok && result.outcome.filteredOut).toBe(1);
    expect(h.archive.all().map((a) => a.title).sort()).toEqual(['Council approves flood barrier for the river quarter', 'Ferry operator adds winter sailings to the outer islands']);
    // The filter reads what the feed carries, so a left-out teaser's page is never fetched.
    expect(server.count('/pages/fleet-returns.html')).toBe(pagesBefore);
    expect(h.desk.list('g1')[0]!.articlesTaken).toBe(2);
  });

  it('announces a story told by two feeds once, and each other new story once', async () => {
    const items = { a: [] as string[], b: [] as string[] };
    const rss = (title: string, list: string[]) => `<?xml version="1.0"?><rss version="2.0"><channel><title>${title}</title><link>${server.base}/</link><description>d</description>${list.join('')}</channel></rss>`;
    const item = (guid: string, title: string, text: string) =>
      `<item><title>${title}</title><guid>${guid}</guid><pubDate>Tue, 01 Oct 2024 08:00:00 GMT</pubDate><description>&lt;p&gt;${text}&lt;/p&gt;</description></item>`;
    server.route('/story-a.xml', { body: () => rss('Harbour Gazette', items.a) });
    server.route('/story-b.xml', { body: () => rss('Northern Wire', items.b) });
    items.a.push(item('a-1', 'Lifeboat crew honoured for winter rescue', 'The town lifeboat crew received bravery awards on Monday for the rescue of six fishermen in January.'));
    items.b.push(item('b-1', 'Hill road reopens after resurfacing', 'The hill road between the two villages reopened on Monday after six weeks of resurfacing work.'));
    const h = harness({
      stories: { storyIdOf: (id) => (h.archive.get(id)?.title.toLowerCase().includes('reservoir') ? 'story-reservoir' : id) } satisfies StoryLookup,
    });
    await h.desk.start(h.messenger);
    await h.desk.add({ url: `${server.base}/story-a.xml`, guildId: 'g1', channelId: 'news-channel' });
    await h.desk.add({ url: `${server.base}/story-b.xml`, guildId: 'g1', channelId: 'news-channel' });
    expect(h.messenger.posts).toEqual([]);

    items.a.push(item('a-2', 'Reservoir levels fall to a ten-year low', 'Water levels in the main reservoir fell to their lowest point in ten years on Monday after the driest September on record, the water company said.'));
    items.b.push(item('b-2', 'Dry month leaves reservoir at lowest level in a decade', 'The reservoir that supplies the town is at its lowest level for a decade after an unusually dry September, according to figures released on Monday.'));
    items.b.push(item('b-3', 'Market hall wins heritage funding', 'The Victorian market hall has been awarded funding to repair its roof and glass lantern, the heritage fund said on Monday.'));
    h.clock.advance(TEN_MINUTES);
    await h.desk.tick();
    expect(h.archive.size).toBe(5);
    // Searchable as soon as the fetch that brought it is done.
    expect(h.search.search('market hall heritage').hits[0]?.article.title).toBe('Market hall wins heritage funding');
    const titles = h.messenger.posts.map((p) => `${p.channelId}: ${p.reply.title}`);
    expect(titles).toHaveLength(2);
    expect(titles.filter((t) => /reservoir/i.test(t))).toHaveLength(1);
    expect(titles).toContain('news-channel: Market hall wins heritage funding');
    const market = h.messenger.posts.find((p) => p.reply.title === 'Market hall wins heritage funding')!.reply;
    expect(market.text).toContain('Victorian market hall');
    expect(market.footer).toMatch(/^id 2024-10-01-market-hall-wins-heritage-funding-[0-9a-f]{4} · from Northern Wire/);
  });

  it('backs off after failures, pauses after ten in a row and tells the admin who added it why', async () => {
    let failing = false;
    server.route('/flaky.xml', { handle: (_req, res) => (failing ? res.writeHead(503).end() : res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(fixture('rss2.xml', server.base))) });
    const h = harness();
    await h.desk.start(h.messenger);
    const added = await h.desk.add({ url: `${server.base}/flaky.xml`, guildId: 'g1', userId: 'admin-42' });
    expect(added.ok).toBe(true);
    failing = true;
    const gaps: number[] = [];
    for (let attempt = 1; attempt <= 10; attempt++) {
      const feed = h.desk.list('g1')[0]!;
      h.clock.set(feed.nextFetchAt);
      await h.desk.tick();
      const after = h.desk.list('g1')[0]!;
      gaps.push((Date.parse(after.nextFetchAt) - h.clock.now().getTime()) / 60_000);
    }
    expect(gaps.slice(0, 6)).toEqual([10, 20, 40, 80, 160, 320]);
    expect(gaps.slice(6, 9)).toEqual([360, 360, 360]);
    const paused = h.desk.list('g1')[0]!;
    expect(paused).toMatchObject({ state: 'paused', failures: 10, lastError: 'HTTP 503 Service Unavailable' });
    expect(h.messenger.dms).toHaveLength(1);
    expect(h.messenger.dms[0]!.userId).toBe('admin-42');
    expect(h.messenger.dms[0]!.reply.text).toContain('after 10 failed attempts in a row');
    expect(h.messenger.dms[0]!.reply.text).toContain('Last error: HTTP 503 Service Unavailable');
    const requests = server.count('/flaky.xml');
    expect(requests).toBe(11);
    h.clock.advance(24 * 60 * 60_000);
    await h.desk.tick();
    expect(server.count('/flaky.xml')).toBe(requests);
    // Adding it again resumes it.
    failing = false;
    const resumed = await h.desk.add({ url: `${server.base}/flaky.xml`, guildId: 'g1', userId: 'admin-42' });
    expect(resumed.ok && resumed.resumed).toBe(true);
    expect(h.desk.list('g1')[0]).toMatchObject({ state: 'active', failures: 0 });
  });

  it('refuses loopback, link-local and non-web addresses unless the operator allows them', async () => {
    const h = harness({ allowPrivate: false });
    const before = server.requests.length;
    const loopback = await h.desk.add({ url: `${server.base}/rss2.xml`, guildId: 'g1' });
    expect(loopback).toEqual({ ok: false, reason: 'That address is not allowed (refused: 127.0.0.1 is a loopback, private, link-local or reserved address).' });
    const metadata = await h.desk.add({ url: 'http://169.254.169.254/latest/meta-data/', guildId: 'g1' });
    expect(metadata.ok).toBe(false);
    const file = await h.desk.add({ url: 'file:///etc/passwd', guildId: 'g1' });
    expect(file).toEqual({ ok: false, reason: 'That address is not allowed (only http and https addresses can be followed, not file).' });
    expect(server.requests.length).toBe(before);
    expect(h.desk.list('g1')).toEqual([]);
  });
});
