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
  /** The presence each placed entity filed, by the same index (`EntityDirectory.presencesIn`). */
  presencesIn(articleId: string): readonly (PackedPresence | undefined)[];
}

/** Both records filed in one article, one of them a person: a pair the directory counts. */
const counted = (a: EntityRecord, b: EntityRecord): boolean => a !== b && (a.type === 'person' || b.type === 'person');

/**
 * The counts by the other record's key, in the order the pairs were first met (the record's articles in
 * the order they were taken, each article's names in the order they were placed), which is the order the
 * kept counts had, so ties fall as they did. Each article's own list of presences gives the other's, so
 * the cost is the record's articles times their names, however large the others are.
 */
export function besideCounts(record: EntityRecord, placed: PlacedRecords): Map<string, Beside> {
  // Each key's count with the last article that counted it: a key placed twice in one article (its first
  // place counts) is one record with one presence.
  const tallies = new Map<string, { beside: Beside; last: string } | null>();
  record.articles.forEach((ours, id) => {
    const keys = placed.placedKeys(id);
    const theirs = placed.presencesIn(id);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      if (key === record.key) continue;
      let tally = tallies.get(key);
      if (tally === undefined) {
        const other = placed.record(key);
        tally = other && counted(record, other) ? { beside: { articles: 0, sentences: 0 }, last: '' } : null;
        tallies.set(key, tally);
      }
      if (tally === null || tally.last === id) continue;
      tally.last = id;
      const presence = theirs[i];
      if (presence === undefined) continue;
      tally.beside.articles += 1;
      tally.beside.sentences += sharedSentences(ours, presence);
    }
  });
  const counts = new Map<string, Beside>();
  for (const [key, tally] of tallies) if (tally && tally.beside.articles > 0) counts.set(key, tally.beside);
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
