import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import { ManualClock } from '../src/clock.js';
import { loadConfig } from '../src/config.js';
import { createCapturingLogger } from '../src/logger.js';
import { createConsoleMessenger } from '../src/transports/console/console-messenger.js';
import { fixture, startFeedServer, type FeedServer } from './feeds-test-server.js';
import { tempFolder } from './temp-folder.js';

let server: FeedServer;
let version = 1;
const extraItem = `<item><title>Pier repairs finish ahead of the summer season</title><guid isPermaLink="false">hg-2024-0415</guid>
  <pubDate>Tue, 01 Oct 2024 08:30:00 GMT</pubDate><description>&lt;p&gt;Repairs to the town pier finished on Monday, three weeks ahead of schedule, the harbour trust said, and the pier will reopen to walkers and anglers this weekend.&lt;/p&gt;</description></item>`;

beforeAll(async () => {
  server = await startFeedServer();
  server.route('/rss2.xml', {
    handle: (req, res) => {
      const etag = `"gazette-${version}"`;
      if (req.headers['if-none-match'] === etag) return void res.writeHead(304, { etag }).end();
      const body = fixture('rss2.xml', server.base).replace('</channel>', `${version > 1 ? extraItem : ''}</channel>`);
      res.writeHead(200, { 'content-type': 'application/rss+xml', etag }).end(body);
    },
  });
  server.route('/pages/fleet-returns.html', { body: () => fixture('pages/fleet-returns.html', server.base), type: 'text/html' });
});
afterAll(() => server.close());

describe('feeds in the app', () => {
  it('keeps feed articles and feed state in DATA_DIR, so a restart fetches and analyses nothing again', async () => {
    const dataDir = tempFolder('newsdesk-feeds-data-');
    const seedsDir = tempFolder('newsdesk-feeds-seeds-');
    const config = loadConfig({ SEEDS_DIR: seedsDir, DATA_DIR: dataDir, FEEDS_ALLOW_PRIVATE: 'true' });
    const clock = new ManualClock('2024-10-01T09:00:00Z');
    const first = await createApp({ config, logger: createCapturingLogger(), clock });
    const added = await first.services.feeds!.add({ url: `${server.base}/rss2.xml`, guildId: 'g1', channelId: 'chan-1', userId: 'u1' });
    expect(added.ok).toBe(true);
    const ids = first.services.archive.all().map((a) => a.id);
    expect(ids).toHaveLength(3);
    await first.close();

    const again = await createApp({ config, logger: createCapturingLogger(), clock });
    expect(again.services.archive.all().map((a) => a.id)).toEqual(ids);
    expect(again.services.search.search('winter sailings').hits[0]?.article.source).toBe('Harbour Gazette');
    const pageFetches = server.count('/pages/fleet-returns.html');
    clock.advance(10 * 60_000);
    await again.feeds.tick();
    expect(server.requests.at(-1)).toMatchObject({ path: '/rss2.xml', status: 304 });
    expect(server.count('/pages/fleet-returns.html')).toBe(pageFetches);

    // In console mode, new stories are printed where the operator can see them.
    let printed = '';
    const output = new PassThrough();
    output.on('data', (chunk: Buffer) => (printed += chunk.toString()));
    await again.feeds.start(createConsoleMessenger(output));
    version = 2;
    clock.advance(10 * 60_000);
    await again.feeds.tick();
    expect(printed).toContain('[post to channel chan-1]\n== Pier repairs finish ahead of the summer season ==');
    expect(printed.match(/\[post to channel/g)).toHaveLength(1);
    expect(again.services.search.search('pier repairs').hits[0]?.article.title).toBe('Pier repairs finish ahead of the summer season');
    await again.close();
  });
});
