import { sharedSentences, type Beside, type EntityRecord } from './entity-record.js';
import { placedCount, placedKey, placedPresence, type Placed } from './placed-entities.js';

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
  /** Each placed entity's key and the presence it filed (`EntityDirectory.placedIn`). */
  placedIn(articleId: string): Placed;
}

/**
 * A key begins with its record's type (`entityKey`: "person:…"), so whether the other is a person is read
 * from its key, not from its record: the biggest places meet tens of thousands of names. A key with no record
 * filed no presence anywhere, and so counts in no article.
 */
const PERSON = 'person:';

/** Both records filed in one article, one of them a person: a pair the directory counts. */
const counted = (a: EntityRecord, b: EntityRecord): boolean => a !== b && (a.type === 'person' || b.type === 'person');

export interface BesideOptions {
  /** Only these of a record's articles count (its newest: `newestArticles`); undefined: all of them. */
  within?: (record: EntityRecord) => ReadonlySet<string> | undefined;
  /**
   * The key a name counts under (the directory's folds): "Victor Bout" and "Viktor Bout" in one article are
   * one name beside the subject there, not two.
   */
  canonical?: (key: string) => string;
}

/** One record's counts (`besideCountsOf` for a single record, every name under its own key). */
export function besideCounts(record: EntityRecord, placed: PlacedRecords, within?: ReadonlySet<string>): Map<string, Beside> {
  return besideCountsOf([record], placed, within ? { within: () => within } : {});
}

/**
 * The counts by the other name's key, in the order the pairs were first met (the records' articles in the
 * order they were taken, each article's names in the order they were placed), which is the order the kept
 * counts had, so ties fall as they did. Each article's own list of presences gives the other's, so the cost
 * is the records' articles times their names, however large the others are. An article counts once, though
 * several of the subject's records (the spellings folded into it) hold it: summed per record, a name could
 * be beside the subject in more articles than name the subject.
 */
export function besideCountsOf(records: readonly EntityRecord[], placed: PlacedRecords, options: BesideOptions = {}): Map<string, Beside> {
  // Each key met gets a slot (-1: not a pair the directory counts) in flat columns rather than an object
  // each: the biggest places meet some 60,000 names in 900,000 places. `last` is the last article that
  // counted the key, as a name placed twice in one article (its first presence counts) is one presence.
  const slotOf = new Map<string, number>();
  const own = new Set(records.map((r) => r.key));
  const personSubject = records.some((r) => r.type === 'person');
  const canonical = options.canonical ?? ((key: string) => key);
  const walked = records.length > 1 ? new Set<string>() : undefined;
  const keys: string[] = [];
  const articles: number[] = [];
  const sentences: number[] = [];
  const last: string[] = [];
  for (const record of records) {
    const within = options.within?.(record);
    record.articles.forEach((ours, id) => {
      if (within && !within.has(id)) return;
      if (walked) {
        if (walked.has(id)) return;
        walked.add(id);
      }
      const theirs = placed.placedIn(id);
      for (let i = 0; i < placedCount(theirs); i++) {
        const placedAs = placedKey(theirs, i);
        if (own.has(placedAs)) continue;
        const key = canonical(placedAs);
        if (own.has(key)) continue;
        let slot = slotOf.get(key);
        if (slot === undefined) {
          slot = personSubject || placedAs.startsWith(PERSON) || key.startsWith(PERSON) ? keys.push(key) - 1 : -1;
          if (slot >= 0) {
            articles.push(0);
            sentences.push(0);
            last.push('');
          }
          slotOf.set(key, slot);
        }
        if (slot < 0 || last[slot] === id) continue;
        const presence = placedPresence(theirs, i);
        if (presence === undefined) continue;
        last[slot] = id;
        articles[slot] = articles[slot]! + 1;
        sentences[slot] = sentences[slot]! + sharedSentences(ours, presence);
      }
    });
  }
  const counts = new Map<string, Beside>();
  for (let slot = 0; slot < keys.length; slot++) if (articles[slot]! > 0) counts.set(keys[slot]!, { articles: articles[slot]!, sentences: sentences[slot]! });
  return counts;
}

/**
 * The ids of a record's `count` newest articles by date (ties by id, the greater first), or undefined when it
 * has no more than that: the record's own order is the order its articles were taken in, which a build takes
 * newest first. Counted by day, not sorted: the biggest records hold a third of the archive, in a few
 * thousand days.
 */
export function newestArticles(record: EntityRecord, count: number, dateOf: (id: string) => string | undefined): ReadonlySet<string> | undefined {
  if (record.articles.size <= count) return undefined;
  const ids: string[] = [];
  const dates: string[] = [];
  const perDay = new Map<string, number>();
  record.articles.forEach((_, id) => {
    const date = dateOf(id) ?? '';
    ids.push(id);
    dates.push(date);
    perDay.set(date, (perDay.get(date) ?? 0) + 1);
  });
  // The day the window ends in: the newest days until they hold `count`.
  let cut = '';
  let before = 0;
  for (const day of [...perDay.keys()].sort().reverse()) {
    cut = day;
    if (before + perDay.get(day)! >= count) break;
    before += perDay.get(day)!;
  }
  const newest = new Set<string>();
  const onCut: string[] = [];
  for (let i = 0; i < ids.length; i++) {
    if (dates[i]! > cut) newest.add(ids[i]!);
    else if (dates[i] === cut) onCut.push(ids[i]!);
  }
  onCut.sort();
  for (let i = onCut.length - 1; newest.size < count; i--) newest.add(onCut[i]!);
  return newest;
}

/**
 * Past this many articles, `sharedArticles` counts over the smaller record's last ones taken and scales up:
 * it is asked for every candidate of every lone surname while the directory is built, and walking whole
 * records made that build grow with the square of the archive (at a million articles, the records of
 * common names hold tens of thousands each). It is a sample, not the newest: a build takes the archive
 * newest first, so its last taken are its oldest, followed by any taken since; sorting by date here would
 * cost what the sample saves.
 */
export const SHARED_SAMPLE = 2000;

/** In how many articles the two are both filed (a lone surname's placement weighs candidates by it). */
export function sharedArticles(a: EntityRecord, b: EntityRecord | undefined, sample = SHARED_SAMPLE): number {
  if (!b || !counted(a, b)) return 0;
  // The smaller map is walked, the larger looked up (indexed once it is large).
  const [few, many] = a.articles.size <= b.articles.size ? [a, b] : [b, a];
  const walked = Math.min(few.articles.size, sample);
  let n = 0;
  few.articles.forEachLast(walked, (_, id) => {
    if (many.articles.has(id)) n += 1;
  });
  return walked === few.articles.size ? n : Math.round((n * few.articles.size) / walked);
}
