import { createHash } from 'node:crypto';
import type { Article, EnrichedArticle } from '../articles/article.js';
import { enrich, type IngestionDeps } from '../ingest/ingestion.js';
import { toArticle } from '../ingest/to-article.js';
import { canonicalUrl } from './canonical-url.js';
import { itemDocument } from './feed-documents.js';
import type { FeedItem } from './feed-parser.js';
import type { ItemLedger, SeenItem } from './item-ledger.js';
import type { ExtractedPage } from './page-extractor.js';
import { JobCancelledError } from '../work/job-cancelled.js';

/**
 * A feed's items into the archive, once each. An item the feed has not changed costs nothing; a new
 * one whose GUID, canonical URL or text we already hold joins that article; a changed one replaces its
 * article under the same id. Excerpt-only items are read from their pages (at most two per host at a time).
 */
export interface IntakeDeps {
  ingestion: IngestionDeps;
  ledger: ItemLedger;
  fetchPage(url: string): Promise<ExtractedPage>;
}

export interface IntakeSource {
  feedId: number;
  feedUrl: string;
  /** The feed's title, stored as each article's source. */
  title?: string;
}

export interface IntakeResult {
  added: EnrichedArticle[];
  updated: EnrichedArticle[];
  /** Items that turned out to be articles we already had (from another feed, or the same text). */
  linked: EnrichedArticle[];
  unchanged: number;
  skipped: { item: string; reason: string }[];
}

/** Marks an item that could not become an article, so it is not retried until the feed changes it. */
const SKIPPED = '-';

function fingerprint(item: FeedItem): string {
  return createHash('sha256').update(JSON.stringify([item.title, item.paragraphs, item.date ?? '', item.url ?? ''])).digest('hex');
}

function articleKeys(feedUrl: string, item: FeedItem): string[] {
  const keys: string[] = [];
  // GUIDs are only unique within their feed ("123" means different things on two sites).
  if (item.guid) keys.push(`guid:${feedUrl} ${item.guid}`);
  const url = item.url ? canonicalUrl(item.url) : undefined;
  if (url) keys.push(`url:${url}`);
  return keys;
}

interface Work {
  item: FeedItem;
  print: string;
  keys: string[];
  /** The id this item's article already has, to keep on update. */
  reuse?: string;
}

export async function takeItems(source: IntakeSource, items: readonly FeedItem[], deps: IntakeDeps): Promise<IntakeResult> {
  const { archive, clock, logger } = deps.ingestion;
  const result: IntakeResult = { added: [], updated: [], linked: [], unchanged: 0, skipped: [] };
  const now = clock.now();
  const at = now.toISOString();
  const mark = (item: FeedItem, seen: SeenItem) => deps.ledger.markSeen(source.feedId, item.key, seen, at);
  const skip = (item: FeedItem, print: string, reason: string) => {
    result.skipped.push({ item: item.url ?? item.title, reason });
    logger.warn(`skipped feed item ${item.url ?? item.title}: ${reason}`, { feed: source.feedUrl, reason });
    mark(item, { fingerprint: print, articleId: SKIPPED });
  };

  const work: Work[] = [];
  for (const item of items) {
    const prior = deps.ledger.seen(source.feedId, item.key);
    const print = fingerprint(item);
    if (prior?.fingerprint === print && (prior.articleId === SKIPPED || archive.get(prior.articleId))) {
      result.unchanged++;
      continue;
    }
    const keys = articleKeys(source.feedUrl, item);
    const known = prior && prior.articleId !== SKIPPED ? prior.articleId : deps.ledger.articleFor(keys);
    const existing = known ? archive.get(known) : undefined;
    if (!prior && existing) {
      mark(item, { fingerprint: print, articleId: existing.id });
      deps.ledger.link(keys, existing.id);
      result.linked.push(existing);
      continue;
    }
    work.push({ item, print, keys, ...(known ? { reuse: known } : {}) });
  }

  const pages = await Promise.all(
    work.map(async ({ item }) => {
      if (!item.excerptOnly || !item.url) return undefined;
      try {
        return await deps.fetchPage(item.url);
      } catch (error) {
        // Over budget: the pool logged the page's address; the feed's excerpt stands in.
        if (error instanceof JobCancelledError) return undefined;
        logger.warn(`could not read the page of ${item.url}; keeping the feed's excerpt: ${(error as Error).message}`, { feed: source.feedUrl });
        return undefined;
      }
    }),
  );

  for (const [i, { item, print, keys, reuse }] of work.entries()) {
    let article: Article;
    try {
      const doc = itemDocument(item, pages[i], { origin: source.feedUrl, fallbackTime: now, ...(source.title ? { source: source.title } : {}) });
      article = (deps.ingestion.prepare ? await deps.ingestion.prepare(doc, now) : toArticle(doc, now)).article;
    } catch (error) {
      // Over budget (the pool logged it): left unmarked, so the item is tried again when the feed changes.
      if (error instanceof JobCancelledError) result.skipped.push({ item: item.url ?? item.title, reason: error.message });
      else skip(item, print, (error as Error).message);
      continue;
    }
    const twin = archive.byHash(article.hash);
    if (twin) {
      // Same text as an article we hold (or as this one before): nothing new to analyse or index.
      mark(item, { fingerprint: print, articleId: twin.id });
      deps.ledger.link(keys, twin.id);
      if (twin.id === reuse) result.unchanged++;
      else result.linked.push(twin);
      continue;
    }
    let enriched: EnrichedArticle;
    try {
      enriched = await enrich(reuse ? { ...article, id: reuse } : article, 'feed', deps.ingestion);
    } catch (error) {
      if (error instanceof JobCancelledError) {
        // Over budget (the pool logged it): left unmarked, so the item is tried again when the feed changes.
        result.skipped.push({ item: item.url ?? item.title, reason: error.message });
        continue;
      }
      logger.error('analysis failed for a feed item', { feed: source.feedUrl, item: item.url ?? item.title, error });
      skip(item, print, `analysis failed: ${(error as Error).message}`);
      continue;
    }
    const outcome = archive.add(enriched);
    deps.ledger.link(keys, enriched.id);
    mark(item, { fingerprint: print, articleId: enriched.id });
    if (outcome === 'updated') result.updated.push(enriched);
    else if (outcome === 'added') result.added.push(enriched);
    else result.linked.push(enriched);
  }
  return result;
}
