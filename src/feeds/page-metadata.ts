import { plainText } from './html-text.js';

/**
 * What a web page says about itself, read before Readability rewrites the document: headline candidates
 * (JSON-LD, Open Graph, Twitter, `h1`, `<title>`), publication and update dates (meta tags, JSON-LD,
 * `<time>`), the site's name and the page's address. Saved pages sometimes carry `value=` where the web
 * has `content=`; both are read.
 */
export interface Element {
  getAttribute(name: string): string | null;
  textContent: string | null;
}

export interface QueryableDocument {
  querySelector(selector: string): Element | null;
  querySelectorAll(selector: string): ArrayLike<Element>;
  title?: string;
}

export interface PageMetadata {
  headlines: { text: string; from: 'json-ld' | 'og' | 'twitter' | 'h1' | 'title' }[];
  /** Publication dates as written, strongest source first. */
  published: { value: string; from: string }[];
  modified: string[];
  siteNames: string[];
  url?: string;
}

const PUBLISHED_META = ['article:published_time', 'og:article:published_time', 'og:published_time', 'datePublished', 'article.published', 'published_time', 'publish-date', 'publish_date', 'publishdate', 'pubdate', 'pub_date', 'parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.created', 'date', 'article_date_original', 'cxenseparse:recs:publishtime', 'published_at', 'originalpublicationdate', 'citation_publication_date'];
const MODIFIED_META = ['article:modified_time', 'og:updated_time', 'dateModified', 'last-modified', 'article_date_updated'];

/**
 * Every `<meta>` read once, by lower-cased property, name or itemprop (the first of each wins): one pass
 * over the document, not one selector query per field name, which took a large page hundreds of milliseconds.
 */
function metaTable(doc: QueryableDocument): Map<string, string> {
  const table = new Map<string, string>();
  for (const element of Array.from(doc.querySelectorAll('meta'))) {
    const value = (element.getAttribute('content') ?? element.getAttribute('value'))?.trim();
    for (const attribute of ['property', 'name', 'itemprop']) {
      const key = element.getAttribute(attribute)?.trim().toLowerCase();
      if (key && !table.has(key)) table.set(key, value ?? '');
    }
  }
  return table;
}

function metaValue(table: Map<string, string>, name: string): string | undefined {
  return table.get(name.toLowerCase()) || undefined;
}

/** Every JSON-LD object on the page, `@graph` members included. */
function jsonLdObjects(doc: QueryableDocument): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const walk = (value: unknown, depth: number) => {
    if (depth > 4) return;
    if (Array.isArray(value)) value.forEach((v) => walk(v, depth + 1));
    else if (typeof value === 'object' && value !== null) {
      out.push(value as Record<string, unknown>);
      walk((value as Record<string, unknown>)['@graph'], depth + 1);
    }
  };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      walk(JSON.parse(script.textContent ?? ''), 0);
    } catch {
      // A page's broken JSON-LD is its own problem; other clues remain.
    }
  }
  return out;
}

/** How many `<time>` elements are read for a labelled publication stamp. */
const TIME_ELEMENTS = 30;
const POSTED = /^(posted|published|first published)\b/i;
const ARTICLE_TYPE = /article|posting|report|blog/i;
const typeOf = (o: Record<string, unknown>) => [o['@type']].flat().map(String).join(' ');
const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

export function readPageMetadata(doc: QueryableDocument): PageMetadata {
  const metas = metaTable(doc);
  const ld = jsonLdObjects(doc);
  const articles = [...ld.filter((o) => ARTICLE_TYPE.test(typeOf(o))), ...ld.filter((o) => !ARTICLE_TYPE.test(typeOf(o)))];
  const headlines: PageMetadata['headlines'] = [];
  const add = (text: string | undefined, from: PageMetadata['headlines'][number]['from']) => {
    const clean = plainText(text);
    if (clean && !headlines.some((h) => h.text === clean && h.from === from)) headlines.push({ text: clean, from });
  };
  add(str(articles.find((o) => str(o.headline))?.headline), 'json-ld');
  add(metaValue(metas, 'og:title'), 'og');
  add(metaValue(metas, 'twitter:title'), 'twitter');
  for (const h1 of Array.from(doc.querySelectorAll('h1')).slice(0, 3)) add(h1.textContent ?? undefined, 'h1');
  add(doc.querySelector('title')?.textContent ?? undefined, 'title');

  const published: PageMetadata['published'] = [];
  const ldPublished = str(articles.find((o) => str(o.datePublished))?.datePublished);
  if (ldPublished) published.push({ value: ldPublished, from: 'JSON-LD datePublished' });
  for (const name of PUBLISHED_META) {
    const value = metaValue(metas, name);
    if (value) published.push({ value, from: `meta ${name}` });
  }
  const itemprop = doc.querySelector('[itemprop="datePublished"]');
  const itempropValue = (itemprop?.getAttribute('content') ?? itemprop?.getAttribute('datetime'))?.trim();
  if (itempropValue) published.push({ value: itempropValue, from: 'itemprop datePublished' });
  const time = doc.querySelector('time[pubdate], article time[datetime], header time[datetime]');
  const timeValue = time?.getAttribute('datetime')?.trim();
  if (timeValue) published.push({ value: timeValue, from: '<time>' });
  // A `<time>` anywhere whose own words say it is the posting ("Posted: Oct 14, 2022 9:27 AM ET") is the publication.
  const labelled = Array.from(doc.querySelectorAll('time[datetime]')).slice(0, TIME_ELEMENTS).find((t) => POSTED.test(t.textContent?.trim() ?? ''));
  const labelledValue = labelled?.getAttribute('datetime')?.trim();
  if (labelledValue && labelled !== time) published.push({ value: labelledValue, from: 'labelled <time>' });

  const modified = MODIFIED_META.map((name) => metaValue(metas, name)).filter((v): v is string => Boolean(v));
  const ldModified = str(articles.find((o) => str(o.dateModified))?.dateModified);
  if (ldModified) modified.push(ldModified);

  const publisher = articles.map((o) => o.publisher).find((p) => typeof p === 'object' && p !== null) as Record<string, unknown> | undefined;
  const siteNames = [metaValue(metas, 'og:site_name'), metaValue(metas, 'application-name'), str(publisher?.name)].map((n) => plainText(n)).filter((n, i, all) => n && all.indexOf(n) === i);
  const canonical = doc.querySelector('link[rel="canonical"]');
  const url = (canonical?.getAttribute('href') ?? canonical?.getAttribute('value'))?.trim() || metaValue(metas, 'og:url');
  return { headlines, published, modified, siteNames, ...(url ? { url } : {}) };
}
