import { createHash } from 'node:crypto';
import { parseFeed, type AnyFeed } from 'feedsmith';
import { canonicalUrl } from './canonical-url.js';
import { htmlToParagraphs, plainText } from './html-text.js';

/**
 * RSS 2.0, RSS 1.0 (RDF), Atom and JSON Feed, read by feedsmith and reduced to the few fields an
 * article needs. Item text is HTML in every format; it becomes paragraphs here.
 */
export type FeedFormat = 'rss' | 'rdf' | 'atom' | 'json';

export interface FeedItem {
  /** What identifies the item within its feed: the GUID/id, else its link, else a hash of its title. */
  key: string;
  guid?: string;
  /** The item's link, absolute. */
  url?: string;
  title: string;
  paragraphs: string[];
  /** Only a teaser: the article text must be read from the item's page. */
  excerptOnly: boolean;
  date?: string;
}

export interface ParsedFeed {
  format: FeedFormat;
  title: string;
  items: FeedItem[];
}

export class MalformedFeedError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'MalformedFeedError';
  }
}

/** Items with fewer words than this, or ending "…"/"Read more", are teasers for a page. */
const EXCERPT_WORDS = 120;
const MAX_ITEMS = 200;

interface Fields {
  id?: string;
  link?: string;
  title?: string;
  /** Full content (content:encoded, Atom content, content_html/text). */
  content?: string;
  /** Description or summary. */
  summary?: string;
  date?: string;
}

function looksLikeExcerpt(paragraphs: string[]): boolean {
  const text = paragraphs.join(' ');
  if (text.split(/\s+/).filter(Boolean).length < EXCERPT_WORDS) return true;
  return /(…|\.\.\.|\[…\]|\[\.\.\.\]|read more|continue reading|read the full (story|article))\W*$/i.test(text);
}

function toItem(fields: Fields, baseUrl: string): FeedItem | undefined {
  const title = plainText(fields.title);
  const html = fields.content?.trim() ? fields.content : (fields.summary ?? '');
  const paragraphs = htmlToParagraphs(html);
  const link = fields.link ? canonicalUrl(fields.link, baseUrl) : undefined;
  if (!title && paragraphs.length === 0) return undefined;
  const guid = fields.id?.trim() || undefined;
  const key = guid ? `guid:${guid}` : link ? `url:${link}` : `title:${createHash('sha256').update(title).digest('hex').slice(0, 16)}`;
  return {
    key,
    ...(guid ? { guid } : {}),
    ...(link && fields.link ? { url: new URL(fields.link.trim(), baseUrl).href } : {}),
    title: title || paragraphs[0]!.slice(0, 120),
    paragraphs,
    excerptOnly: link !== undefined && looksLikeExcerpt(paragraphs),
    ...(fields.date?.trim() ? { date: fields.date.trim() } : {}),
  };
}

function fieldsOf(parsed: AnyFeed<string>): { title: string; items: Fields[] } {
  switch (parsed.format) {
    case 'rss':
      return {
        title: plainText(parsed.feed.title),
        items: (parsed.feed.items ?? []).map((item) => ({
          id: item.guid?.value,
          link: item.link ?? (item.guid?.isPermaLink !== false && /^https?:/i.test(item.guid?.value ?? '') ? item.guid?.value : undefined),
          title: item.title,
          content: item.content?.encoded,
          summary: item.description,
          date: item.pubDate ?? item.dc?.dates?.[0],
        })),
      };
    case 'rdf':
      return {
        title: plainText(parsed.feed.title),
        items: (parsed.feed.items ?? []).map((item) => ({
          id: item.rdf?.about,
          link: item.link,
          title: item.title,
          content: item.content?.encoded,
          summary: item.description,
          date: item.dc?.dates?.[0],
        })),
      };
    case 'atom':
      return {
        title: plainText(parsed.feed.title?.value),
        items: (parsed.feed.entries ?? []).map((entry) => ({
          id: entry.id,
          link: (entry.links ?? []).find((l) => !l.rel || l.rel === 'alternate')?.href,
          title: entry.title?.value,
          content: entry.content?.value,
          summary: entry.summary?.value,
          date: entry.published ?? entry.updated,
        })),
      };
    case 'json':
      return {
        title: plainText(parsed.feed.title),
        items: (parsed.feed.items ?? []).map((item) => ({
          id: item.id,
          link: item.url ?? item.external_url,
          title: item.title,
          content: item.content_html ?? (item.content_text ? escapeText(item.content_text) : undefined),
          summary: item.summary ? escapeText(item.summary) : undefined,
          date: item.date_published ?? item.date_modified,
        })),
      };
  }
}

/** JSON Feed's plain text, as HTML paragraphs, so one path reads every format. */
function escapeText(text: string): string {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return escaped
    .split(/\n\s*\n/)
    .map((p) => `<p>${p}</p>`)
    .join('');
}

export function parseFeedText(text: string, feedUrl: string): ParsedFeed {
  let parsed: AnyFeed<string>;
  try {
    parsed = parseFeed(text, { maxItems: MAX_ITEMS });
  } catch (error) {
    const reason = (error as Error).name === 'DetectError' ? 'not RSS, Atom, RDF or JSON Feed' : (error as Error).message;
    throw new MalformedFeedError(`malformed feed: ${reason}`, { cause: error });
  }
  const { title, items } = fieldsOf(parsed);
  return {
    format: parsed.format,
    title: title || new URL(feedUrl).hostname,
    items: items.map((fields) => toItem(fields, feedUrl)).filter((item): item is FeedItem => item !== undefined),
  };
}
