import { isOutletName } from './page-head.js';

/**
 * Page titles carry the site's name: "Headline | The Citizen", "Headline - Daily News", "Headline | CNN
 * Politics", "Site | Headline". The name comes off when it is the site's (a name the page gives, or one
 * shaped like an outlet's), and is returned as the site. A colon is left alone: "Brexit: what next" and
 * "…: Tass" (an attribution, kept as "via") are part of the headline.
 */
const SEPARATOR = /\s+(?:\||-|–|—|::|·|•)\s+/;

const norm = (s: string) => s.toLowerCase().replace(/^the\s+/, '').replace(/[^\p{L}\d]+/gu, '');

function isSiteName(part: string, siteNames: readonly string[]): boolean {
  const p = norm(part);
  if (!p) return false;
  if (siteNames.some((name) => norm(name) && (norm(name) === p || (p.startsWith(norm(name)) && part.split(/\s+/).length <= 4)))) return true;
  // "example.com", "CNN.com": a domain is a site name.
  if (/^[\w-]+(\.[\w-]+)*\.(com|org|net|co|uk|de|fr|in|au|ca|io|news)$/i.test(part.trim())) return true;
  return isOutletName(part);
}

export interface SuffixSplit {
  headline: string;
  site?: string;
}

export function stripSiteSuffix(title: string, siteNames: readonly string[] = []): SuffixSplit {
  const parts = title.split(SEPARATOR);
  if (parts.length < 2) return { headline: title };
  const last = parts[parts.length - 1]!.trim();
  const first = parts[0]!.trim();
  const rest = (from: number, to: number) => parts.slice(from, to).join(' - ').trim();
  // A pipe is the web's site separator; a dash must name a site we know of.
  const piped = / \| /.test(title);
  if (isSiteName(last, siteNames) || (piped && title.lastIndexOf(' | ') + 3 === title.length - last.length && last.split(/\s+/).length <= 4 && /^[\p{Lu}\d]/u.test(last) && parts.length === 2 && first.split(/\s+/).length >= 4)) {
    const headline = title.slice(0, title.length - last.length).replace(/\s*(?:\||-|–|—|::|·|•)\s*$/, '').trim();
    // "Headline - Section | Site": the section goes too when it is short and the rest is a whole headline.
    return headline ? { headline: stripSection(headline, siteNames), site: last } : { headline: title };
  }
  if (isSiteName(first, siteNames) && parts.length >= 2) {
    const headline = rest(1, parts.length);
    if (headline.split(/\s+/).length >= 3) return { headline, site: first };
  }
  return { headline: title };
}

function stripSection(headline: string, siteNames: readonly string[]): string {
  const parts = headline.split(/\s+(?:\||-|–|—)\s+/);
  if (parts.length < 2) return headline;
  const last = parts[parts.length - 1]!.trim();
  return isSiteName(last, siteNames) ? headline.slice(0, headline.length - last.length).replace(/\s*(?:\||-|–|—)\s*$/, '').trim() : headline;
}
