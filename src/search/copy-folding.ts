import type { SearchHit, SearchPage } from './article-search.js';

/**
 * The earlier article a near-identical copy repeats (the stories find copies as articles arrive: a page saved
 * twice, a wire story run again), or undefined: not a copy, or the stories are still loading.
 */
export type CopyOf = (articleId: string) => string | undefined;

/** A hit as /search shows it, with the lower-ranked copies of it that are not shown on their own. */
export interface ShownHit extends SearchHit {
  copies: string[];
}

/** A chain of copies (a copy of a copy) is followed this far; a story's copies point at earlier members. */
const CHAIN = 8;

function originalOf(id: string, copyOf: CopyOf): string {
  let at = id;
  for (let step = 0; step < CHAIN; step++) {
    const earlier = copyOf(at);
    if (earlier === undefined || earlier === id) break;
    at = earlier;
  }
  return at;
}

/**
 * The hits with every copy folded into the best-ranked hit of its text: the same article twice in one list
 * reads as a fault. Depends only on the hits before it, so each page of a search folds the same way.
 */
export function foldCopies(hits: readonly SearchHit[], copyOf: CopyOf): ShownHit[] {
  const byOriginal = new Map<string, ShownHit>();
  const shown: ShownHit[] = [];
  for (const hit of hits) {
    const original = originalOf(hit.article.id, copyOf);
    const first = byOriginal.get(original);
    if (first) {
      first.copies.push(hit.article.id);
      continue;
    }
    const mine: ShownHit = { ...hit, copies: [] };
    byOriginal.set(original, mine);
    shown.push(mine);
  }
  return shown;
}

/** One more ask at most: an archive of wire copies would otherwise ask again and again for every page. */
const MAX_ROUNDS = 2;
/**
 * The second ask reads this many times the hits wanted, and some: a page with copies among its hits is rare
 * in news as fetched (2% of realnews-dev are copies), so the first ask reads only what is shown, as without
 * folding (reading spare hits on every search cost a generated archive of copies 4–8 ms at p99).
 */
const AGAIN = 4;
const SPARE = 10;

/**
 * The first `wanted` hits after folding, asking the search for more while copies leave too few. The total
 * leaves out the copies found among the hits read, so a search read to its end counts exactly.
 */
export function foldedPage(search: (limit: number) => SearchPage, wanted: number, copyOf: CopyOf): SearchPage & { hits: ShownHit[] } {
  let limit = wanted;
  for (let round = 1; ; round++) {
    const page = search(limit);
    const shown = foldCopies(page.hits, copyOf);
    if (shown.length >= wanted || page.hits.length >= page.total || round === MAX_ROUNDS) {
      return { ...page, hits: shown, total: page.total - (page.hits.length - shown.length) };
    }
    limit = wanted * AGAIN + SPARE;
  }
}
