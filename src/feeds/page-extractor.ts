import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { canonicalUrl } from './canonical-url.js';
import { capDom } from './dom-budget.js';
import { choosePageDate } from './page-date.js';
import { chooseHeadline } from './page-headline.js';
import { readPageMetadata, type QueryableDocument } from './page-metadata.js';
import { withoutStoryLists } from '../ingest/story-tail.js';
import { nodeParagraphs, plainText, type DomNode } from './html-text.js';

/**
 * A web page's article: @mozilla/readability (Firefox Reader View's extractor) finds the story among
 * the navigation, adverts and footers; linkedom gives it a DOM without a browser. Metadata is read
 * first, because Readability rewrites the document it is given.
 */
export interface ExtractedPage {
  title: string;
  paragraphs: string[];
  /** The publication day (`YYYY-MM-DD`) the page's metadata, address and stamps agree on. */
  date?: string;
  /** Where the date came from, or why the page has none. */
  dateNote?: string;
  siteName?: string;
  canonicalUrl?: string;
}

export class NoArticleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NoArticleError';
  }
}

const META_LINE = /^(published|updated|posted|first published|last updated|last modified|by)\b/i;

function isMetaLine(paragraph: string, byline: string | null | undefined): boolean {
  if (byline && paragraph.trim() === byline.trim()) return true;
  return META_LINE.test(paragraph) && paragraph.split(/\s+/).length <= 12 && !/[.!?]["'”’]?$/.test(paragraph);
}

/** How many lines of the page's text, top and bottom, are searched for date stamps. */
const STAMP_LINES = 80;

export function extractPage(html: string, pageUrl?: string): ExtractedPage {
  const { document } = parseHTML(html);
  const doc = document as QueryableDocument;
  const root = (document as unknown as { documentElement?: Parameters<typeof capDom>[0] }).documentElement;
  // linkedom gives no document element for text without markup, or a lone <script>: nothing to read there.
  if (!root) throw new NoArticleError('the page has no markup');
  capDom(root);
  const metadata = readPageMetadata(doc);
  const body = (document as unknown as { body?: DomNode }).body;
  const visible = body ? nodeParagraphs(body) : [];
  const dated = choosePageDate(metadata, pageUrl, [...visible.slice(0, STAMP_LINES), ...visible.slice(Math.max(STAMP_LINES, visible.length - STAMP_LINES))]);
  const headline = chooseHeadline(metadata) ?? '';
  const siteName = metadata.siteNames[0];
  const canonical = metadata.url ? canonicalUrl(metadata.url, pageUrl) : pageUrl ? canonicalUrl(pageUrl) : undefined;
  // Read before Readability, which may take the document element away ("<h1><title><script>…").
  const documentTitle = doc.title;

  // The article comes back as its DOM node, walked for paragraphs as it is: serialising it to HTML and
  // parsing that again took a third of a large page's time.
  let parsed: ReturnType<Readability<DomNode>['parse']>;
  try {
    parsed = new Readability<DomNode>(document as ConstructorParameters<typeof Readability>[0], { serializer: (node) => node as unknown as DomNode }).parse();
  } catch (error) {
    // A fragment whose only element Readability removes (a lone <script>) leaves it no document.
    throw new NoArticleError(`the page could not be read: ${(error as Error).message}`);
  }
  const title = headline || plainText(parsed?.title ?? documentTitle);
  const paragraphs = parsed?.content ? nodeParagraphs(parsed.content, { captions: false }) : [];
  // Readability keeps the headline as the article's first heading; the title already holds it.
  if (paragraphs[0] && plainText(paragraphs[0]).toLowerCase() === title.toLowerCase()) paragraphs.shift();
  // "Published 28 September 2024" and "By A. Writer" lines are metadata, read above, not story.
  // Readability keeps "Related Stories" and "Popular Stories" lists when they share the story's container.
  const story = withoutStoryLists(paragraphs.filter((p, i) => !(i < 4 && isMetaLine(p, parsed?.byline)))).kept;
  if (story.join(' ').split(/\s+/).filter(Boolean).length < 5) throw new NoArticleError('no article text found on the page');
  if (!title) throw new NoArticleError('the page has no headline');
  return {
    title,
    paragraphs: story,
    ...('day' in dated ? { date: dated.day, dateNote: dated.why } : { dateNote: dated.unknown }),
    ...(siteName || parsed?.siteName ? { siteName: siteName || plainText(parsed?.siteName ?? '') } : {}),
    ...(canonical ? { canonicalUrl: canonical } : {}),
  };
}
