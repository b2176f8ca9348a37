import type { Article } from '../articles/article.js';
import { openingPlace } from '../articles/story-opening.js';
import { withoutBodyHead } from './body-head.js';
import { articleId, contentHash } from './article-id.js';
import { resolveArticleDate } from './article-date.js';
import { cleanUrl } from './source-url.js';
import { parsePageText } from './page-text.js';
import type { RawDocument } from './raw-document.js';
import { stripSiteSuffix } from './site-suffix.js';
import { isLinkLine } from './story-tail.js';
import { withEntitiesRead } from './leftover-entities.js';
import { isAgencyName, splitTitle } from './title.js';

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
  const title = withEntitiesRead(suffixed.headline);
  const head = raw.body !== undefined ? withoutBodyHead(bodyParagraphs(raw.body)) : undefined;
  // "MORE: …" and "READ NEXT: …" lines are links to other stories, whatever form the text came in.
  const paragraphs = (head ? head.kept : (page?.paragraphs ?? [])).filter((p) => !isLinkLine(p)).map(withEntitiesRead);
  if (!title) throw new UnreadableArticleError('no headline found');
  if (paragraphs.join(' ').split(/\s+/).length < 5) throw new UnreadableArticleError('no article text found');
  const split = splitTitle(title);
  // The date is read from the body as it was given, the lines set aside included, as before they were.
  const dated = head ? [...head.dropped, ...head.kept] : paragraphs;
  const resolved = resolveArticleDate({
    stated: raw.date ?? page?.statedDate,
    dateline: dateline?.date,
    lead: dated[0] ?? '',
    text: `${title}\n${dated.join('\n')}`,
    today,
    fallback: raw.fallbackTime,
  });
  const hash = contentHash(split.title, paragraphs);
  // A wire dateline names who wrote the story; the masthead or the title's suffix only where it is printed.
  const source = raw.source ?? dateline?.source ?? page?.outlet ?? suffixed.site;
  // A body given whole keeps its dateline in its text (its hash, and so its id, are the text's); its place is read.
  const place = raw.place ?? dateline?.place ?? (raw.body !== undefined ? openingPlace(paragraphs[0] ?? '') : undefined);
  // "Associated Press" above a body is the agency it came through, as "…: Tass" after a headline is.
  const via = split.via ?? head?.dropped.find((line) => isAgencyName(line) && line.toLowerCase() !== source?.toLowerCase());
  const article: Article = {
    id: articleId(resolved.date, split.headline, hash),
    hash,
    title: split.title,
    ...(via ? { via } : {}),
    ...(source ? { source } : {}),
    ...(place ? { place } : {}),
    date: resolved.date,
    dateSource: resolved.source,
    dateNote: resolved.note,
    paragraphs,
    ...(raw.url && cleanUrl(raw.url) ? { url: cleanUrl(raw.url) } : {}),
    origin: raw.origin,
  };
  const chrome = page?.chrome ?? head?.dropped.map((line) => ({ line, reason: 'byline, agency or stamp above the story' })) ?? [];
  return { article, chrome, ...(resolved.rejected ? { rejectedDate: resolved.rejected } : {}) };
}
