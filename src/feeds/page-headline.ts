import { sameTitle } from '../ingest/title-match.js';
import { stripSiteSuffix } from '../ingest/site-suffix.js';
import type { PageMetadata } from './page-metadata.js';

/**
 * The page's headline, from every clue it gives. Each candidate (JSON-LD headline, og:title, twitter:title,
 * h1s, `<title>` less its site suffix) is backed by the others that say the same; the best-backed wins, the
 * article's own metadata first on a tie. A candidate that is the site's name, a logo or a menu is dropped.
 */
const WEIGHT: Record<PageMetadata['headlines'][number]['from'], number> = { 'json-ld': 1.1, og: 1, h1: 0.9, twitter: 0.8, title: 0.7 };

function isJunk(text: string, siteNames: readonly string[]): boolean {
  const words = text.split(/\s+/).length;
  const lower = text.toLowerCase();
  if (/\blogo\b|^menu$|^home$|^skip to/i.test(text)) return true;
  if (siteNames.some((n) => n.toLowerCase() === lower || lower.startsWith(`${n.toLowerCase()} `) && words <= 4)) return true;
  return words <= 1 && !/\d/.test(text);
}

type Candidate = PageMetadata['headlines'][number];
const words = (text: string) => text.split(/\s+/).length;

/** Words an `h1` needs to be taken as the headline unconfirmed, or confirmed only by `<title>`. */
const H1_ALONE_WORDS = 4;
/** Where a title or og:title joins a section or series name to the headline: "Opinion | …", "… — House Call". */
const SEPARATOR = /\s+(?:\||-|–|—|::|·|•)\s+/;

/**
 * "Site: Headline" titles: when the part after the colon is what the page's metadata or heading calls the
 * story, the part before it is the site (a blog's name), and a heading that says only that is no headline.
 */
function colonSites(meta: PageMetadata): string[] {
  const others = meta.headlines.filter((h) => h.from !== 'title');
  const out: string[] = [];
  for (const title of meta.headlines.filter((h) => h.from === 'title')) {
    const colon = title.text.indexOf(': ');
    if (colon <= 0) continue;
    const [site, rest] = [title.text.slice(0, colon).trim(), title.text.slice(colon + 2).trim()];
    if (others.some((o) => o.text === rest) && others.some((o) => o.text === site)) out.push(site);
  }
  return out;
}

export function chooseHeadline(meta: PageMetadata): string | undefined {
  const titleSite = meta.headlines.filter((h) => h.from === 'title').map((h) => stripSiteSuffix(h.text, meta.siteNames).site).find(Boolean);
  const siteNames = [...meta.siteNames, ...(titleSite ? [titleSite] : []), ...colonSites(meta)];
  const candidates = meta.headlines
    .map((h) => ({ ...h, text: stripSiteSuffix(h.text, siteNames).headline }))
    .filter((h) => h.text && !isJunk(h.text, siteNames));
  if (!candidates.length) return undefined;
  // A title that contains another candidate whole ("Headline | Section | Site") backs it too.
  const contains = (a: string, b: string) => a.length > b.length && a.toLowerCase().includes(b.toLowerCase()) && b.split(/\s+/).length >= 3;
  const backs = (a: string, b: string) => sameTitle(a, b) || contains(a, b) || contains(b, a);
  // The article's own heading is what the reader sees: it wins when another source confirms it, or when it is
  // long enough to be a headline on its own. A short one nothing confirms may be a series or blog name.
  // A part of <title> is not confirmation: its other part is often the site, and the h1 may be the masthead.
  // A JSON-LD headline that another source repeats is the publisher's own word and outranks a lone heading.
  // A short heading that only <title> repeats is a label (a gallery or series name, which sites build the
  // <title> from), not a confirmed headline.
  const h1s = candidates.filter((c) => c.from === 'h1');
  const others = candidates.filter((c) => c.from !== 'h1');
  const confirms = (h: Candidate, o: Candidate) =>
    o.from === 'title' ? words(h.text) >= H1_ALONE_WORDS && sameTitle(h.text, o.text) : sameTitle(h.text, o.text) || o.text.split(SEPARATOR).some((part) => sameTitle(part, h.text));
  const confirmed = h1s.find((h) => others.some((o) => confirms(h, o)));
  if (confirmed) return confirmed.text;
  const ldAgreed = others.some((c) => c.from === 'json-ld' && others.some((o) => o !== c && sameTitle(c.text, o.text)));
  if (h1s.length === 1 && !ldAgreed && words(h1s[0]!.text) >= H1_ALONE_WORDS) return h1s[0]!.text;
  let best = candidates[0]!;
  let bestScore = -1;
  for (const c of candidates) {
    const score = WEIGHT[c.from] + candidates.filter((o) => o !== c && o.from !== c.from && backs(c.text, o.text)).reduce((n, o) => n + WEIGHT[o.from], 0);
    if (score > bestScore + 1e-9) {
      best = c;
      bestScore = score;
    }
  }
  return best.text;
}
