/**
 * An article's link as a page or export gives it, made usable: exports scraped from HTML keep entities
 * ("…/index.html&quot;", "?a=1&amp;b=2") and stray quotes, which break the link a member clicks.
 */
export function cleanUrl(url: string): string {
  return url
    .trim()
    .replace(/&amp;/g, '&')
    .replace(/(?:&quot;|&#34;|["'”])+$/, '');
}
