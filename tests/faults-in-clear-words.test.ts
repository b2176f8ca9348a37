import { describe, expect, it } from 'vitest';
import { parseFeedsFile } from '../src/feeds/feeds-file.js';
import { createJsonLogger } from '../src/json-logger.js';
import { createLogger } from '../src/logger.js';

describe('numbers in the feeds file are range-checked', () => {
  it('refuses an interval too large to schedule, naming the line', () => {
    const bad: string[] = [];
    const feeds = parseFeedsFile(
      ['https://news.test/a.xml every:99999999999999999999', 'https://news.test/b.xml every:20000', 'https://news.test/c.xml every:10080'].join('\n'),
      (line, reason) => bad.push(`${line}: ${reason}`),
    );
    expect(feeds).toEqual([{ url: 'https://news.test/c.xml', intervalMinutes: 10080 }]);
    expect(bad).toEqual(['1: every: is at most 10080 minutes (one week)', '2: every: is at most 10080 minutes (one week)']);
  });
});

describe('log lines cannot be forged', () => {
  const forged = 'Tide tables\n2026-01-01T00:00:00.000Z ERROR database wiped\u001b[2J\r';

  it('escapes newlines and terminal escapes in a text log message', () => {
    const lines: string[] = [];
    createLogger({ write: (t) => lines.push(t), now: () => new Date('2026-01-01T00:00:00Z') }).warn(`feed fetch failed: ${forged}`);
    expect(lines).toHaveLength(1);
    expect(lines[0]!.split('\n')).toHaveLength(2); // the line and its own ending only
    expect(lines[0]).toContain('Tide tables\\n2026-01-01T00:00:00.000Z ERROR database wiped\\u001b[2J\\r');
    expect(lines[0]).not.toContain('\u001b');
  });

  it('keeps a JSON log line one line, control characters escaped', () => {
    const lines: string[] = [];
    createJsonLogger({ write: (t) => lines.push(t) }).info(forged, { title: forged });
    expect(lines.join('').trimEnd().split('\n')).toHaveLength(1);
    expect(lines.join('')).not.toContain('\u001b');
  });
});

describe('announcements are claimed atomically', () => {
  it('posts a story once even when two announcers both checked before either recorded it', async () => {
    const { createAnnouncer } = await import('../src/feeds/announcer.js');
    const { createItemLedger } = await import('../src/feeds/item-ledger.js');
    const { openDatabase } = await import('../src/store/database.js');
    const { toArticle } = await import('../src/ingest/to-article.js');
    const { analyze } = await import('../src/language/pipeline.js');
    const { ManualClock } = await import('../src/clock.js');
    const { createCapturingLogger } = await import('../src/logger.js');
    const { createCapturingMessenger } = await import('../src/delivery/messenger.js');
    const db = openDatabase(':memory:');
    const real = createItemLedger(db);
    // Both processes read "not announced" before either inserted: the check alone cannot stop a repeat.
    const raced = { ...real, wasAnnounced: () => false };
    const parsed = toArticle({ origin: 'test#1', fallbackTime: new Date('2026-04-01T09:00:00Z'), title: 'Ferry crossings resume', body: 'Ferry crossings to the islands resumed on Tuesday after two days of storms.', source: 'Harbour Gazette' }, new Date('2026-04-01T09:00:00Z')).article;
    const article = { ...parsed, analysis: analyze(parsed) };
    const messenger = createCapturingMessenger();
    const make = () => createAnnouncer({ ledger: raced, clock: new ManualClock('2026-04-01T09:00:00Z'), logger: createCapturingLogger(), stories: { storyIdOf: () => undefined } as never, messenger: () => messenger });
    const feed = { url: 'https://news.test/rss.xml', channelId: '440000000000000010' };
    const counts = await Promise.all([make().announce(feed, [article]), make().announce(feed, [article])]);
    expect(counts.sort()).toEqual([0, 1]);
    expect(messenger.posts).toHaveLength(1);
    db.close();
  }, 30_000);
});

describe('passwords in feed addresses are masked in replies', () => {
  it('masks the password and keeps the rest of the address', async () => {
    const { shownUrl } = await import('../src/feeds/shown-url.js');
    expect(shownUrl('https://reader:hunter2secret@news.test/private/rss.xml')).toBe('https://reader:***@news.test/private/rss.xml');
    expect(shownUrl('https://news.test/rss.xml')).toBe('https://news.test/rss.xml');
  });

  it('never shows the password in /feed list', async () => {
    const { feedField } = await import('../src/feeds/feed-list-view.js');
    const { createFeedStore } = await import('../src/feeds/feed-store.js');
    const { openDatabase } = await import('../src/store/database.js');
    const db = openDatabase(':memory:');
    const feed = createFeedStore(db).add({ url: 'https://reader:hunter2secret@news.test/rss.xml', guildId: 'g', origin: 'command', addedAt: '2026-04-01T08:00:00Z', nextFetchAt: '2026-04-01T08:00:00Z', intervalMinutes: 10 });
    const field = feedField(feed, new Date('2026-04-01T09:00:00Z'));
    expect(`${field.name}\n${field.value}`).not.toContain('hunter2secret');
    expect(field.value).toContain('reader:***@news.test');
    db.close();
  });
});
