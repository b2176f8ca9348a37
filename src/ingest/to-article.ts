import { openingPlace } from '../articles/story-opening.js';
import type { Article } from '../articles/article.js';
import { articleId, contentHash } from './article-id.js';
import { resolveArticleDate } from './article-date.js';
import { cleanUrl } from './source-url.js';
import { parsePageText } from './page-text.js';
import type { RawDocument } from './raw-document.js';
import { stripSiteSuffix } from './site-suffix.js';
import { splitTitle } from './title.js';

export class UnreadableArticleError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'UnreadableArticleError';
  }
}

export interface ParsedArticle {
  article: Article;
  /** Lines dropped as chrome, for `inspect`. */
  chrome: { line: string; reason: string }[];
  /** A date the text gave and that was rejected as impossible or in the future. */
  rejectedDate?: { value: string; reason: string };
}

function bodyParagraphs(body: string): string[] {
  const blocks = body.replace(/\r\n?/g, '\n').split(/\n\s*\n/);
  const source = blocks.length > 1 ? blocks : body.split('\n');
  // split/join, not replace(/\s+/g, ' '): the replace builds each paragraph as a chain of pieces that every
  // later reader had to flatten again (bodyText's join took ~0.15 ms per article); join makes it flat once.
  return source.map((p) => p.trim().split(/\s+/).join(' ')).filter(Boolean);
}

/** Raw text or fields → one Article with its date settled and its id made. */
export function toArticle(raw: RawDocument, today: Date): ParsedArticle {
  const page = raw.body === undefined && raw.pageText !== undefined ? parsePageText(raw.pageText, raw.title) : undefined;
  const dateline = page?.dateline;
  const siteNames = [raw.source, page?.outlet, dateline?.source].filter((n): n is string => Boolean(n));
  const suffixed = stripSiteSuffix((raw.title ?? page?.title ?? '').trim(), siteNames);
  const title = suffixed.headline;
  const paragraphs = raw.body !== undefined ? bodyParagraphs(raw.body) : (page?.paragraphs ?? []);
  if (!title) throw new UnreadableArticleError('no headline found');
  if (paragraphs.join(' ').split(/\s+/).length < 5) throw new UnreadableArticleError('no article text found');
  const split = splitTitle(title);
  const resolved = resolveArticleDate({
    stated: raw.date ?? page?.statedDate,
    dateline: dateline?.date,
    lead: paragraphs[0] ?? '',
    text: `${title}\n${paragraphs.join('\n')}`,
    today,
    fallback: raw.fallbackTime,
  });
  const hash = contentHash(split.title, paragraphs);
  // A wire dateline names who wrote the story; the masthead or the title's suffix only where it is printed.
  const source = raw.source ?? dateline?.source ?? page?.outlet ?? suffixed.site;
  // A body given whole keeps its dateline in its text (its hash, and so its id, are the text's); its place is read.
  const place = raw.place ?? dateline?.place ?? (raw.body !== undefined ? openingPlace(paragraphs[0] ?? '') : undefined);
  const article: Article = {
    id: articleId(resolved.date, split.headline, hash),
    hash,
    title: split.title,
    ...(split.via ? { via: split.via } : {}),
    ...(source ? { source } : {}),
    ...(place ? { place } : {}),
    date: resolved.date,
    dateSource: resolved.source,
    dateNote: resolved.note,
    paragraphs,
    ...(raw.url && cleanUrl(raw.url) ? { url: cleanUrl(raw.url) } : {}),
    origin: raw.origin,
  };
  return { article, chrome: page?.chrome ?? [], ...(resolved.rejected ? { rejectedDate: resolved.rejected } : {}) };
}
