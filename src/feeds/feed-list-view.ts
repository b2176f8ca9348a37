import { escapeMarkdown, truncateAtWord } from '../replies/markdown.js';
import { shownUrl } from './shown-url.js';
import { notice, type Reply, type ReplyField } from '../replies/reply.js';
import type { FeedRecord } from './feed-store.js';
import { PAUSE_AFTER_FAILURES } from './feed-scheduler.js';

/** `/feed list`: each feed's state, last and next fetch, articles taken and last error, a page at a time. */
export const FEEDS_PER_PAGE = 8;

/** "2024-05-07 10:04 UTC (3 min ago)": exact for the record, relative for the eye. */
export function describeWhen(iso: string | undefined, now: Date): string {
  if (!iso) return 'never';
  const at = new Date(iso);
  const stamp = `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
  const minutes = Math.round((at.getTime() - now.getTime()) / 60_000);
  const span = Math.abs(minutes) < 60 ? `${Math.abs(minutes)} min` : Math.abs(minutes) < 48 * 60 ? `${Math.round(Math.abs(minutes) / 60)} h` : `${Math.round(Math.abs(minutes) / 1440)} d`;
  if (minutes === 0) return `${stamp} (now)`;
  return `${stamp} (${minutes > 0 ? `in ${span}` : `${span} ago`})`;
}

function stateLine(feed: FeedRecord): string {
  if (feed.state === 'paused') return `paused after ${PAUSE_AFTER_FAILURES} failed fetches in a row`;
  if (feed.failures > 0) return `active, failing (${feed.failures} in a row, backing off)`;
  return feed.fetches === 0 ? 'active, not fetched yet' : 'active';
}

export function feedField(feed: FeedRecord, now: Date): ReplyField {
  const lines = [
    truncateAtWord(shownUrl(feed.url), 300),
    `State: ${stateLine(feed)}${feed.origin === 'file' ? ' · from the feeds file' : ''}`,
    `Last fetch: ${describeWhen(feed.lastFetchAt, now)}`,
    `Next fetch: ${feed.state === 'paused' ? 'none (paused)' : describeWhen(feed.nextFetchAt, now)} · every ${feed.intervalMinutes} min`,
    `Articles taken: ${feed.articlesTaken}`,
    feed.channelId ? `Announces in: <#${feed.channelId}>` : 'Announces in: nowhere (archive only)',
    ...(feed.filter ? [`Filter: ${truncateAtWord(escapeMarkdown(feed.filter), 120)}`] : []),
    ...(feed.lastError ? [`Last error: ${truncateAtWord(escapeMarkdown(feed.lastError), 200)}`] : []),
  ];
  return { name: truncateAtWord(`${feed.id}. ${feed.title ?? new URL(feed.url).hostname}`, 256), value: truncateAtWord(lines.join('\n'), 1024) };
}

export function feedListReply(feeds: readonly FeedRecord[], page: number, now: Date): Reply {
  if (feeds.length === 0) return notice('No feeds are followed here yet. Add one with `/feed add url:<feed or article address>`.');
  const pages = Math.ceil(feeds.length / FEEDS_PER_PAGE);
  const current = Math.min(Math.max(1, page), pages);
  const shown = feeds.slice((current - 1) * FEEDS_PER_PAGE, current * FEEDS_PER_PAGE);
  return {
    title: `Feeds followed here (${feeds.length})`,
    fields: shown.map((feed) => feedField(feed, now)),
    footer: `page ${current} of ${pages} · remove one with /feed remove feed:<id>`,
    ephemeral: true,
    ...(pages > 1
      ? {
          buttons: [
            { id: `feed:list:${current - 1}`, label: 'Previous', disabled: current <= 1 },
            { id: `feed:list:${current + 1}`, label: 'Next', disabled: current >= pages },
          ],
        }
      : {}),
  };
}
