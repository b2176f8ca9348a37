import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../src/clock.js';
import { canonicalUrl } from '../src/feeds/canonical-url.js';
import { MalformedFeedError, parseFeedText } from '../src/feeds/feed-parser.js';
import { createFeedStore } from '../src/feeds/feed-store.js';
import { itemDocument } from '../src/feeds/feed-documents.js';
import { parseFeedsFile, syncFeedsFile } from '../src/feeds/feeds-file.js';
import { FilterSyntaxError, parseFilter } from '../src/feeds/item-filter.js';
import { extractPage, NoArticleError } from '../src/feeds/page-extractor.js';
import { readSeedFolder } from '../src/ingest/seed-folder.js';
import { toArticle } from '../src/ingest/to-article.js';
import { createCapturingLogger } from '../src/logger.js';
import { openDatabase } from '../src/store/database.js';
import { fixture } from './feeds-test-server.js';
import { tempFolder } from './temp-folder.js';

const BASE = 'http://news.test';

describe('feed parser', () => {
  it('reads RSS 2.0: GUIDs, full text from content:encoded, dates, and teasers that need their page', () => {
    const feed = parseFeedText(fixture('rss2.xml', BASE), `${BASE}/rss2.xml`);
    expect(feed.format).toBe('rss');
    expect(feed.title).toBe('Harbour Gazette');
    const [ferry, , fleet] = feed.items;
    expect(ferry).toMatchObject({ key: 'guid:hg-2024-0412', guid: 'hg-2024-0412', date: 'Tue, 12 Mar 2024 07:30:00 GMT', excerptOnly: false });
    expect(ferry!.paragraphs).toHaveLength(5);
    expect(ferry!.paragraphs[2]).toContain('said the operator\'s managing director, Alan Rennie');
    expect(fleet!.excerptOnly).toBe(true);
    expect(fleet!.url).toBe(`${BASE}/pages/fleet-returns.html?utm_source=rss&utm_campaign=spring`);
  });

  it('reads RSS 1.0 (RDF) with Dublin Core dates', () => {
    const feed = parseFeedText(fixture('rdf.xml', BASE), `${BASE}/rdf.xml`);
    expect(feed.format).toBe('rdf');
    expect(feed.title).toBe('Valley Courier');
    expect(feed.items.map((i) => i.date)).toEqual(['2024-04-02T06:00:00Z', '2024-04-03T11:20:00Z']);
    expect(feed.items[0]!.url).toBe(`${BASE}/courier/rail-line-reopens`);
    expect(feed.items[0]!.paragraphs[0]).toMatch(/^Passenger trains ran through the valley again on Tuesday/);
  });

  it('reads Atom: HTML titles decoded, XHTML content, published preferred to updated', () => {
    const feed = parseFeedText(fixture('atom.xml', BASE), `${BASE}/atom.xml`);
    expect(feed.format).toBe('atom');
    expect(feed.title).toBe('Northern Wire');
    const [wind, hospital] = feed.items;
    expect(wind!.title).toBe('Wind farms set output record & ease prices during gales');
    expect(wind!.date).toBe('2024-05-06T09:15:00Z');
    expect(wind!.url).toBe(`${BASE}/wire/wind-record`);
    expect(hospital!.date).toBe('2024-05-05T14:30:00Z');
    expect(hospital!.paragraphs).toHaveLength(4);
    expect(hospital!.paragraphs[2]).toContain('Head of midwifery Claire Ashworth');
  });

  it('reads JSON Feed, plain-text and HTML items alike', () => {
    const feed = parseFeedText(fixture('json-feed.json', BASE), `${BASE}/json-feed.json`);
    expect(feed.format).toBe('json');
    expect(feed.title).toBe('Metro Desk');
    expect(feed.items.map((i) => i.paragraphs.length)).toEqual([4, 4]);
    expect(feed.items[0]!.paragraphs[3]).toMatch(/Free travel will be offered on the opening weekend\.$/);
    expect(feed.items[1]!.paragraphs[2]).toContain('Rita Okafor');
  });

  it('rejects a malformed feed and a page that is not a feed with a clear reason', () => {
    const cut = fixture('rss2.xml', BASE).slice(0, 900);
    expect(() => parseFeedText(cut, `${BASE}/cut.xml`)).toThrow(MalformedFeedError);
    expect(() => parseFeedText(cut, `${BASE}/cut.xml`)).toThrow(/^malformed feed/);
    expect(() => parseFeedText('{"hello": "world"}', `${BASE}/x.json`)).toThrow('malformed feed: not RSS, Atom, RDF or JSON Feed');
  });
});

describe('canonical url', () => {
  it('drops tracking parameters, fragments and default ports, and orders the rest', () => {
    expect(canonicalUrl('HTTPS://News.Test:443/a/b?utm_source=rss&utm_medium=feed&id=7&fbclid=xyz#comments')).toBe('https://news.test/a/b?id=7');
    expect(canonicalUrl('http://news.test/story?b=2&a=1&gclid=1')).toBe('http://news.test/story?a=1&b=2');
    expect(canonicalUrl('/pages/x.html?utm_campaign=spring', 'http://news.test/feed.xml')).toBe('http://news.test/pages/x.html');
  });

  it('keeps parameters that choose the article, and refuses what is not a web address', () => {
    expect(canonicalUrl('https://news.test/view?article=123&page=2')).toBe('https://news.test/view?article=123&page=2');
    expect(canonicalUrl('mailto:desk@news.test')).toBeUndefined();
    expect(canonicalUrl('not a url')).toBeUndefined();
  });
});

describe('item filter', () => {
  const storm = 'Fishing fleet returns early as storm nears the coast. Skippers cut short their trips.';
  const football = 'Storm postpones the football match at the harbour ground.';

  it('takes items with any wanted word and none of the excluded ones', () => {
    const filter = parseFilter('storm -football')!;
    expect(filter.matches(storm)).toBe(true);
    expect(filter.matches(football)).toBe(false);
    expect(filter.matches('Council approves flood barrier')).toBe(false);
  });

  it('reads comma-separated phrases, ignoring case and accents, on whole words only', () => {
    const filter = parseFilter('fishing fleet, Tomas')!;
    expect(filter.matches(storm)).toBe(true);
    expect(filter.matches('Curator Tomás Gallagher opened the gallery')).toBe(true);
    expect(filter.matches('The fleet of fishing boats')).toBe(false);
    expect(parseFilter('kim')!.matches('Kimberley council meets')).toBe(false);
  });

  it('takes a /regular expression/ and refuses one that does not compile', () => {
    const filter = parseFilter('/\\bstorm (warning|nears)\\b/i')!;
    expect(filter.matches(storm)).toBe(true);
    expect(filter.matches(football)).toBe(false);
    expect(() => parseFilter('/(unclosed/')).toThrow(FilterSyntaxError);
    expect(parseFilter('  ')).toBeUndefined();
  });
});

describe('page extractor', () => {
  it('takes the article out of a page with its navigation, asides and footer, dated by article:published_time', () => {
    const page = extractPage(fixture('pages/fleet-returns.html', BASE), `${BASE}/pages/fleet-returns.html?utm_source=rss`);
    expect(page.title).toBe('Fishing fleet returns early as storm nears the coast');
    expect(page.date).toBe('2024-03-14');
    expect(page.siteName).toBe('Harbour Gazette');
    expect(page.canonicalUrl).toBe(`${BASE}/pages/fleet-returns.html`);
    expect(page.paragraphs[0]).toMatch(/^Skippers cut short their trips on Thursday/);
    const text = page.paragraphs.join('\n');
    for (const chrome of ['Most read', 'Lifeboat crew honoured', 'All rights reserved', 'window.tracker', 'Weather']) expect(text).not.toContain(chrome);
  });

  it('dates a page by its JSON-LD datePublished, inside an @graph', () => {
    const page = extractPage(fixture('pages/bridge-inspection.html', BASE), `${BASE}/pages/bridge-inspection.html`);
    expect(page.date).toBe('2024-07-22');
    expect(page.title).toBe('Old road bridge closed to lorries after inspection finds corroded cables');
    expect(page.paragraphs).toHaveLength(4);
  });

  it('says so when a page has no article in it', () => {
    expect(() => extractPage('<html><head><title>Home</title></head><body><nav><a href="/">Home</a></nav></body></html>')).toThrow(NoArticleError);
  });
});

describe('.html seeds', () => {
  it('reads a saved Windows-1252 page through Readability, dated by its <time> element', async () => {
    const dir = tempFolder('newsdesk-html-seed-');
    copyFileSync(new URL('./fixtures/feeds/pages/museum-reopens.html', import.meta.url), join(dir, 'museum-reopens.html'));
    const logger = createCapturingLogger();
    const docs = await readSeedFolder(dir, { logger });
    expect(logger.lines).toEqual([]);
    expect(docs).toHaveLength(1);
    const { article } = toArticle(docs[0]!, new Date('2024-10-01T00:00:00Z'));
    expect(article.title).toBe('Town museum reopens with its whaling gallery restored');
    expect(article).toMatchObject({ date: '2024-09-28', dateSource: 'stated', source: 'Coast and Country' });
    const text = article.paragraphs.join('\n');
    expect(text).toContain('a café overlooking the harbour');
    expect(text).toContain('Curator Tomás Gallagher');
    expect(text).not.toMatch(/What's on|Advertise|Published 28 September/);
    expect(article.paragraphs[0]).toMatch(/^The town museum reopened on Saturday/);
  });
});

describe('feed items as articles', () => {
  const lead = 'Mountain rescue teams in the Tyrol resumed their search on Sunday morning after a night of heavy snow in the valleys.';
  const rest = ['The hiker, a 34-year-old teacher from Graz, was last seen on Friday near the summit hut.', 'Officials said the weather would improve by Monday.'];

  it('keeps the lead paragraph when the headline looks like page chrome or has one word', () => {
    for (const title of ['Police search for missing hiker', 'Share prices tumble in Vienna', 'Snowstorm']) {
      const item = { key: `title:${title}`, title, paragraphs: [lead, ...rest], excerptOnly: false };
      const doc = itemDocument(item, undefined, { origin: `${BASE}/feed.xml`, fallbackTime: new Date('2024-03-03T12:00:00Z') });
      const { article, chrome } = toArticle(doc, new Date('2024-03-03T12:00:00Z'));
      expect(article.title).toBe(title);
      expect(article.paragraphs).toEqual([lead, ...rest]);
      expect(chrome).toEqual([]);
    }
  });
});

describe('operator feeds file', () => {
  it('reads one feed a line with its channel, interval and filter, naming the lines it cannot use', () => {
    const bad: string[] = [];
    const feeds = parseFeedsFile(
      [
        '# followed for the whole bot',
        'https://news.test/rss.xml',
        'https://wire.test/atom.xml 123456789012345678 every:30 filter:storm, -football',
        'https://news.test/page#section   # the fragment stays, the comment goes',
        'gopher://old.test/feed',
        'https://news.test/x every:1',
      ].join('\n'),
      (line, reason) => bad.push(`${line}: ${reason}`),
    );
    expect(feeds).toEqual([
      { url: 'https://news.test/rss.xml' },
      { url: 'https://wire.test/atom.xml', channelId: '123456789012345678', intervalMinutes: 30, filter: 'storm, -football' },
      { url: 'https://news.test/page#section' },
    ]);
    expect(bad).toEqual(['5: only http and https', '6: every: is at least 2 minutes']);
  });

  it('follows what the file lists and drops what it no longer lists, leaving command feeds alone', async () => {
    const dir = tempFolder('newsdesk-feeds-sync-');
    const path = join(dir, 'feeds.txt');
    const db = openDatabase(':memory:');
    const feeds = createFeedStore(db);
    const deps = { feeds, clock: new ManualClock('2024-10-01T09:00:00Z'), logger: createCapturingLogger(), defaultIntervalMinutes: 10 };
    feeds.add({ url: 'https://console.test/feed', guildId: '', origin: 'command', addedAt: '2024-10-01T08:00:00Z', nextFetchAt: '2024-10-01T08:00:00Z', intervalMinutes: 10 });
    writeFileSync(path, 'https://a.test/feed\nhttps://b.test/feed every:20\n');
    expect(await syncFeedsFile(path, deps)).toBe(2);
    writeFileSync(path, 'https://b.test/feed every:45\n');
    await syncFeedsFile(path, deps);
    expect(feeds.list().map((f) => [f.url, f.origin, f.intervalMinutes])).toEqual([
      ['https://console.test/feed', 'command', 10],
      ['https://b.test/feed', 'file', 45],
    ]);
    db.close();
  });
});
