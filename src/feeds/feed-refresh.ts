import { createHash } from 'node:crypto';
import type { Announcer } from './announcer.js';
import { pageItem } from './feed-documents.js';
import type { FeedItem, ParsedFeed } from './feed-parser.js';
import type { FeedRecord } from './feed-store.js';
import type { FetchResult, Validators } from './fetcher.js';
import { takeItems, type IntakeDeps, type IntakeResult } from './item-intake.js';
import { parseFilter } from './item-filter.js';
import type { ExtractedPage } from './page-extractor.js';
import { bodyKind, responseText } from './response-text.js';

/**
 * One fetch of one feed: download (conditionally), read it as a feed or as an article page, keep the
 * items its filter lets through, take them into the archive and announce the new stories. Failures
 * throw with a reason a member can read; the scheduler records them.
 */
export interface RefreshDeps extends IntakeDeps {
  fetch(url: string, validators: Validators): Promise<FetchResult>;
  announcer: Announcer;
  /** Feed parsing and page extraction, off the main thread (the work pool); may fail with `JobCancelledError`. */
  work: {
    parseFeed(text: string, url: string): Promise<ParsedFeed>;
    extractPage(html: string, url?: string): Promise<ExtractedPage>;
  };
}

export interface RefreshOutcome {
  status: 'not-modified' | 'unchanged' | 'read';
  /** What the feed row should remember from this fetch. */
  remember: Partial<Pick<FeedRecord, 'etag' | 'lastModified' | 'bodyHash' | 'title' | 'kind'>>;
  intake?: IntakeResult;
  filteredOut: number;
  announced: number;
}

const EMPTY: Omit<RefreshOutcome, 'status' | 'remember'> = { filteredOut: 0, announced: 0 };

export async function refreshFeed(feed: FeedRecord, deps: RefreshDeps): Promise<RefreshOutcome> {
  const response = await deps.fetch(feed.url, {
    ...(feed.etag ? { etag: feed.etag } : {}),
    ...(feed.lastModified ? { lastModified: feed.lastModified } : {}),
  });
  if (response.status === 'not-modified') return { status: 'not-modified', remember: {}, ...EMPTY };
  const remember: RefreshOutcome['remember'] = {
    etag: response.etag,
    lastModified: response.lastModified,
    bodyHash: createHash('sha256').update(response.body).digest('hex'),
  };
  // Servers without validators often send the same bytes: nothing to parse then.
  if (remember.bodyHash === feed.bodyHash) return { status: 'unchanged', remember, ...EMPTY };

  const text = responseText(response.body, response.contentType);
  let items: FeedItem[];
  let title: string;
  if (bodyKind(response.contentType, text) === 'html') {
    const page = await deps.work.extractPage(text, response.url);
    items = [pageItem(page, response.url)];
    title = page.siteName || new URL(response.url).hostname;
    remember.kind = 'page';
  } else {
    const parsed = await deps.work.parseFeed(text, response.url);
    items = parsed.items;
    title = parsed.title;
    remember.kind = 'feed';
  }
  remember.title = title;

  const filter = parseFilter(feed.filter);
  const kept = filter ? items.filter((item) => filter.matches(`${item.title}\n${item.paragraphs.join('\n')}`)) : items;
  const intake = await takeItems({ feedId: feed.id, feedUrl: feed.url, title }, kept, deps);
  // The first fetch of a feed is its back catalogue: taken into the archive, not announced.
  const fresh = [...intake.added, ...intake.linked];
  const announced = feed.fetches > 0 ? await deps.announcer.announce({ url: feed.url, title, ...(feed.channelId ? { channelId: feed.channelId } : {}) }, fresh) : 0;
  return { status: 'read', remember, intake, filteredOut: items.length - kept.length, announced };
}
