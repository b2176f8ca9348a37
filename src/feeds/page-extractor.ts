import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { canonicalUrl } from './canonical-url.js';
import { htmlToParagraphs, plainText } from './html-text.js';

/**
 * A web page's article: @mozilla/readability (Firefox Reader View's extractor) finds the story among
 * the navigation, adverts and footers; linkedom gives it a DOM without a browser. Metadata is read
 * first, because Readability rewrites the document it is given.
 */
export interface ExtractedPage {
  title: string;
  paragraphs: string[];
  /** The publication date the page's metadata states, as written there. */
  date?: string;
  siteName?: string;
  canonicalUrl?: string;
}

export class NoArticleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NoArticleError';
  }
}

interface Element {
  getAttribute(name: string): string | null;
  textContent: string | null;
}

interface QueryableDocument {
  querySelector(selector: string): Element | null;
  querySelectorAll(selector: string): ArrayLike<Element>;
  title?: string;
}

const DATE_META = ['article:published_time', 'og:article:published_time', 'datePublished', 'pubdate', 'publishdate', 'date', 'dc.date', 'dc.date.issued', 'dcterms.created', 'parsely-pub-date', 'sailthru.date'];

function meta(document: QueryableDocument, names: readonly string[]): string | undefined {
  for (const name of names) {
    const element = document.querySelector(`meta[property="${name}" i], meta[name="${name}" i], meta[itemprop="${name}" i]`);
    const content = element?.getAttribute('content')?.trim();
    if (content) return content;
  }
  return undefined;
}

/** schema.org JSON-LD: the first `datePublished` in any object, `@graph` included. */
function jsonLdDate(document: QueryableDocument): string | undefined {
  const find = (value: unknown): string | undefined => {
    if (Array.isArray(value)) return value.map(find).find(Boolean);
    if (typeof value !== 'object' || value === null) return undefined;
    const record = value as Record<string, unknown>;
    if (typeof record.datePublished === 'string') return record.datePublished;
    return find(record['@graph']);
  };
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      const date = find(JSON.parse(script.textContent ?? ''));
      if (date) return date;
    } catch {
      // A page's broken JSON-LD is its own problem; other clues remain.
    }
  }
  return undefined;
}

function timeElementDate(document: QueryableDocument): string | undefined {
  const element = document.querySelector('time[itemprop="datePublished"], time[pubdate], article time[datetime], time[datetime]');
  return element?.getAttribute('datetime')?.trim() || undefined;
}

const META_LINE = /^(published|updated|posted|first published|last updated|last modified|by)\b/i;

function isMetaLine(paragraph: string, byline: string | null | undefined): boolean {
  if (byline && paragraph.trim() === byline.trim()) return true;
  return META_LINE.test(paragraph) && paragraph.split(/\s+/).length <= 12 && !/[.!?]["'”’]?$/.test(paragraph);
}

export function extractPage(html: string, pageUrl?: string): ExtractedPage {
  const { document } = parseHTML(html);
  const doc = document as QueryableDocument;
  const date = meta(doc, DATE_META) ?? jsonLdDate(doc) ?? timeElementDate(doc);
  const headline = plainText(meta(doc, ['og:title', 'twitter:title']) ?? doc.querySelector('h1')?.textContent ?? undefined);
  const siteName = plainText(meta(doc, ['og:site_name', 'application-name']));
  const canonicalHref = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta(doc, ['og:url']);
  const canonical = canonicalHref ? canonicalUrl(canonicalHref, pageUrl) : pageUrl ? canonicalUrl(pageUrl) : undefined;

  const parsed = new Readability(document as ConstructorParameters<typeof Readability>[0]).parse();
  const title = headline || plainText(parsed?.title ?? doc.title);
  const paragraphs = htmlToParagraphs(String(parsed?.content ?? ''));
  // Readability keeps the headline as the article's first heading; the title already holds it.
  if (paragraphs[0] && plainText(paragraphs[0]).toLowerCase() === title.toLowerCase()) paragraphs.shift();
  // "Published 28 September 2024" and "By A. Writer" lines are metadata, read above, not story.
  const body = paragraphs.filter((p, i) => !(i < 4 && isMetaLine(p, parsed?.byline)));
  if (body.join(' ').split(/\s+/).filter(Boolean).length < 5) throw new NoArticleError('no article text found on the page');
  if (!title) throw new NoArticleError('the page has no headline');
  const published = date ?? parsed?.publishedTime ?? undefined;
  return {
    title,
    paragraphs: body,
    ...(published ? { date: published } : {}),
    ...(siteName || parsed?.siteName ? { siteName: siteName || plainText(parsed?.siteName ?? '') } : {}),
    ...(canonical ? { canonicalUrl: canonical } : {}),
  };
}
