/**
 * The address two copies of one article share. Tracking parameters (utm_*, click ids, mailing-list ids)
 * and the fragment differ between copies of the same link, so they are dropped before URLs are compared.
 */

const TRACKING = [
  /^utm_/i,
  /^(fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|twclid|ttclid|li_fat_id|igshid|mc_cid|mc_eid|_ga|_gl|_hsenc|_hsmi|mkt_tok|oly_anon_id|oly_enc_id|vero_id|wt_mc|cmpid|ocid|smid|sr_share|at_medium|at_campaign)$/i,
];

function isTracking(name: string): boolean {
  return TRACKING.some((pattern) => pattern.test(name));
}

/** `https://Example.com:443/a/?utm_source=x&b=2#top` → `https://example.com/a/?b=2`; undefined for a non-URL. */
export function canonicalUrl(href: string, base?: string): string | undefined {
  let url: URL;
  try {
    url = new URL(href.trim(), base);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  url.hash = '';
  url.username = '';
  url.password = '';
  const kept = [...url.searchParams].filter(([name]) => !isTracking(name));
  // Order does not change what a query means; sorting makes reordered copies equal.
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  url.search = kept.length ? new URLSearchParams(kept).toString() : '';
  return url.toString();
}
