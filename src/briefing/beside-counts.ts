import { sharedSentences, type Beside, type EntityRecord } from './entity-record.js';

/**
 * How often two records are named together, worked out when asked from what the directory holds anyway:
 * each record's presences (article → sentences) and each article's placed keys. Kept as counts per pair
 * instead, they were the largest part of the steady heap (millions of pairs at 100,000 articles) for a
 * figure read only by "Most often beside" and by the placement of a lone surname.
 *
 * A pair counts in an article when both records hold a presence for it (both were filed there: an outlet
 * that is furniture is not) and at least one of them is a person, as the directory always counted it.
 */
export interface PlacedRecords {
  record(key: string): EntityRecord | undefined;
  placedKeys(articleId: string): readonly string[];
}

/** Both records filed in one article, one of them a person: a pair the directory counts. */
const counted = (a: EntityRecord, b: EntityRecord): boolean => a !== b && (a.type === 'person' || b.type === 'person');

/**
 * The counts by the other record's key, in the order the pairs were first met (the record's articles in
 * the order they were taken, each article's names in the order they were placed), which is the order the
 * kept counts had, so ties fall as they did.
 */
export function besideCounts(record: EntityRecord, placed: PlacedRecords): Map<string, Beside> {
  const counts = new Map<string, Beside>();
  record.articles.forEach((own, id) => {
    for (const key of new Set(placed.placedKeys(id))) {
      const other = placed.record(key);
      const theirs = other?.articles.get(id);
      if (theirs === undefined || !counted(record, other!)) continue;
      const shared = sharedSentences(own, theirs);
      const seen = counts.get(key);
      if (seen) {
        seen.articles += 1;
        seen.sentences += shared;
      } else counts.set(key, { articles: 1, sentences: shared });
    }
  });
  return counts;
}

/** In how many articles the two are both filed (a lone surname's placement weighs candidates by it). */
export function sharedArticles(a: EntityRecord, b: EntityRecord | undefined): number {
  if (!b || !counted(a, b)) return 0;
  // The smaller map is walked, the larger looked up (indexed once it is large).
  const [few, many] = a.articles.size <= b.articles.size ? [a, b] : [b, a];
  let n = 0;
  few.articles.forEach((_, id) => {
    if (many.articles.has(id)) n += 1;
  });
  return n;
}
