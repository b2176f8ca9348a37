import type { RawDocument } from '../ingest/raw-document.js';
import type { FeedItem } from './feed-parser.js';
import type { ExtractedPage } from './page-extractor.js';

/**
 * Feed items and pages as raw documents for the same ingestion as seeds. The text goes in as page text
 * under its title so the skeleton's rules still apply: a wire dateline opening the first paragraph
 * gives place and source, and with no date from the feed or the page, the date is inferred as for seeds.
 */
function pageText(title: string, paragraphs: readonly string[]): string {
  return `${title}\n\n${paragraphs.join('\n\n')}`;
}

export interface DocumentContext {
  origin: string;
  fallbackTime: Date;
  /** The feed's title; a page read on its own falls back to its site name. */
  source?: string;
}

/** An item, with its page's text when the feed carried only a teaser and the page says more. */
export function itemDocument(item: FeedItem, page: ExtractedPage | undefined, context: DocumentContext): RawDocument {
  const words = (paragraphs: readonly string[]) => paragraphs.join(' ').split(/\s+/).filter(Boolean).length;
  const usePage = page !== undefined && words(page.paragraphs) > words(item.paragraphs);
  const paragraphs = usePage ? page.paragraphs : item.paragraphs;
  const title = item.title || page?.title || '';
  const date = item.date ?? page?.date;
  const source = context.source ?? page?.siteName;
  const url = item.url ?? page?.canonicalUrl;
  return {
    origin: context.origin,
    fallbackTime: context.fallbackTime,
    title,
    pageText: pageText(title, paragraphs),
    ...(date ? { date } : {}),
    ...(source ? { source } : {}),
    ...(url ? { url } : {}),
  };
}

/** A page read on its own (`/feed add` of an article URL, an `.html` seed) as a one-item feed. */
export function pageItem(page: ExtractedPage, url: string | undefined): FeedItem {
  const link = page.canonicalUrl ?? url;
  return {
    key: link ? `url:${link}` : `title:${page.title}`,
    ...(url ? { url } : {}),
    title: page.title,
    paragraphs: page.paragraphs,
    excerptOnly: false,
    ...(page.date ? { date: page.date } : {}),
  };
}

export function pageDocument(page: ExtractedPage, context: DocumentContext, url?: string): RawDocument {
  return itemDocument(pageItem(page, url), page, context);
}
