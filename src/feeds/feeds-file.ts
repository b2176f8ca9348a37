import { readFile } from 'node:fs/promises';
import type { Clock } from '../clock.js';
import type { Logger } from '../logger.js';
import type { FeedStore } from './feed-store.js';
import { parseFilter } from './item-filter.js';
import { MAX_INTERVAL_MINUTES, MIN_INTERVAL_MINUTES } from './feed-scheduler.js';

/**
 * The operator's feeds file (FEEDS_FILE): one feed a line, `URL [channel-id] [every:<minutes>] [filter:<…>]`,
 * `#` starting a comment. It is the truth for the feeds it lists: lines added are followed, lines
 * removed are dropped, a bad line is skipped with one log line naming it.
 */
export interface FileFeed {
  url: string;
  channelId?: string;
  intervalMinutes?: number;
  filter?: string;
}

export function parseFeedsFile(text: string, onBadLine: (line: number, reason: string) => void): FileFeed[] {
  const feeds: FileFeed[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (!line) return;
    const [head, filter] = line.split(/\s+filter:/i, 2) as [string, string | undefined];
    const [url = '', ...rest] = head.split(/\s+/);
    const entry: FileFeed = { url };
    try {
      const parsed = new URL(url);
      if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new Error('only http and https');
      entry.url = parsed.href;
      for (const token of rest) {
        const every = /^every:(\d+)$/i.exec(token);
        const channel = /^(?:channel:)?(\d{15,22})$/i.exec(token);
        if (every) {
          entry.intervalMinutes = Number(every[1]);
          if (entry.intervalMinutes < MIN_INTERVAL_MINUTES) throw new Error(`every: is at least ${MIN_INTERVAL_MINUTES} minutes`);
          // A larger number would make the next fetch time an invalid date on every tick.
          if (entry.intervalMinutes > MAX_INTERVAL_MINUTES) throw new Error(`every: is at most ${MAX_INTERVAL_MINUTES} minutes (one week)`);
        } else if (channel) entry.channelId = channel[1]!;
        else throw new Error(`unexpected "${token}"`);
      }
      if (filter?.trim()) {
        parseFilter(filter);
        entry.filter = filter.trim();
      }
    } catch (error) {
      return onBadLine(index + 1, (error as Error).message);
    }
    feeds.push(entry);
  });
  return feeds;
}

export interface FeedsFileDeps {
  feeds: FeedStore;
  clock: Clock;
  logger: Logger;
  defaultIntervalMinutes: number;
}

/** Brings the file's feeds into the store; returns how many the file lists. */
export async function syncFeedsFile(path: string, deps: FeedsFileDeps): Promise<number> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    deps.logger.warn(`feeds file ${path} unreadable; no operator feeds`, { reason: (error as Error).message });
    return 0;
  }
  const listed = parseFeedsFile(text, (line, reason) => deps.logger.warn(`skipped line ${line} of feeds file ${path}: ${reason}`, { file: path, line, reason }));
  const now = deps.clock.now().toISOString();
  const wanted = new Set<string>();
  for (const entry of listed) {
    wanted.add(entry.url);
    const settings = {
      channelId: entry.channelId,
      filter: entry.filter,
      intervalMinutes: entry.intervalMinutes ?? deps.defaultIntervalMinutes,
    };
    const existing = deps.feeds.find('', entry.url);
    if (!existing) deps.feeds.add({ url: entry.url, guildId: '', origin: 'file', addedAt: now, nextFetchAt: now, ...settings });
    else if (existing.origin === 'file') deps.feeds.update(existing.id, settings);
  }
  for (const feed of deps.feeds.list('')) {
    if (feed.origin === 'file' && !wanted.has(feed.url)) {
      deps.feeds.remove(feed.id);
      deps.logger.info('feed dropped: no longer in the feeds file', { feed: feed.url });
    }
  }
  return listed.length;
}
