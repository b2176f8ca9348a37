import { sharedSentences, type Beside, type EntityRecord, type PackedPresence } from './entity-record.js';

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
  // First the other keys, each with this record's articles that place it.
  const own = new Map<string, PackedPresence>();
  const met = new Map<string, string[]>();
  record.articles.forEach((presence, id) => {
    own.set(id, presence);
    for (const key of new Set(placed.placedKeys(id))) {
      if (key === record.key) continue;
      const ids = met.get(key);
      if (ids) ids.push(id);
      else met.set(key, [id]);
    }
  });
  const counts = new Map<string, Beside>();
  for (const [key, ids] of met) {
    const other = placed.record(key);
    if (!other || !counted(record, other)) continue;
    const beside = { articles: 0, sentences: 0 };
    const add = (theirs: PackedPresence, ours: PackedPresence) => {
      beside.articles += 1;
      beside.sentences += sharedSentences(ours, theirs);
    };
    // A large record named in few of these articles is looked up (its index is shared by every briefing);
    // otherwise walked whole, which costs no more than building its index would and keeps the cache for others.
    if (ids.length * LOOKUP_RATIO < other.articles.size) {
      for (const id of ids) {
        const theirs = other.articles.get(id);
        if (theirs !== undefined) add(theirs, own.get(id)!);
      }
    } else
      other.articles.forEach((theirs, id) => {
        const ours = own.get(id);
        if (ours !== undefined) add(theirs, ours);
      });
    if (beside.articles > 0) counts.set(key, beside);
  }
  return counts;
}

/** Below one in this many of a record's articles, a walk of it would mostly miss. */
const LOOKUP_RATIO = 16;

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
