import type { Analysis } from '../language/analysis.js';
import type { Article, EnrichedArticle } from './article.js';
import { runsOf } from './runs-of.js';
import { RecentlyUsed, SharedTexts } from './shelf-caches.js';
import { HashSlab } from './hash-slab.js';
import { hashGetter, PARTS, shelvedArticle, VERSION, type ShelfFields } from './shelved-article.js';
import type { TimelinePart } from './timeline-part.js';

/** What each cache holds while the archive is read in bulk: the few reads of one article while it is taken in. */
const BULK_CAPACITY = 16;

/**
 * The articles one by one, each run of half the bulk cache read ahead in one go (`prefetch`, an
 * `AnalysisShelf.prefetch`) before it is handed out: a build over a PostgreSQL store made two round
 * trips an article. Half, so a run read ahead is still held while the one before it is finished.
 */
export function* readAhead<T extends { id: string }>(articles: Iterable<T>, prefetch?: (ids: readonly string[]) => void): Generator<T> {
  if (!prefetch) return yield* articles;
  for (const run of runsOf(articles, BULK_CAPACITY / 2)) {
    prefetch(run.map((a) => a.id));
    yield* run;
  }
}

/**
 * Where shelved analyses, texts and timeline parts are read: the article store, where it keeps them
 * apart from the articles' metadata. The `…Many` reads take a batch in one go (one round trip to PostgreSQL).
 */
export interface ShelfSource {
  analysisOf(id: string): Analysis | undefined;
  analysesOfMany?(ids: readonly string[]): Map<string, Analysis>;
  paragraphsOf?(id: string): string[] | undefined;
  paragraphsOfMany?(ids: readonly string[]): Map<string, string[]>;
  timelineOf?(id: string): TimelinePart | undefined;
  timelinesOfMany?(ids: readonly string[]): Map<string, TimelinePart>;
}

/**
 * Stored analyses (and, where the store keeps them apart, texts) kept out of the heap: an article loaded at
 * start holds its metadata, and reads its analysis or paragraphs from the store when something asks for
 * them, through bounded caches (least recently used go first). Whoever reads `article.analysis` or
 * `article.paragraphs` sees no difference, so correctness never depends on the caches; only the cost does.
 */
export class AnalysisShelf {
  private readonly analyses: RecentlyUsed<Analysis>;
  private readonly texts: RecentlyUsed<string[]> | undefined;
  private readonly parts: RecentlyUsed<TimelinePart> | undefined;

  constructor(
    private readonly source: ShelfSource,
    private readonly capacity = 2_000,
  ) {
    const many = <V>(read?: (ids: readonly string[]) => Map<string, V>) => (read ? (ids: readonly string[]) => read.call(source, ids) : undefined);
    this.analyses = new RecentlyUsed((id) => source.analysisOf(id), capacity, 'analysis', many(source.analysesOfMany));
    this.texts = source.paragraphsOf ? new RecentlyUsed((id) => source.paragraphsOf!(id), capacity, 'text', many(source.paragraphsOfMany)) : undefined;
    this.parts = source.timelineOf ? new RecentlyUsed((id) => source.timelineOf!(id), capacity, 'timeline part', many(source.timelinesOfMany)) : undefined;
    // One getter for every article, reading the id of the article it is called on: a start shelves 100,000
    // articles, and two closures each (named by tsx at every call) cost a third of a second.
    const { analyses, texts } = this;
    const hashes = new HashSlab();
    this.fields = {
      analysis: { get: function (this: Article) { return analyses.get(this.id); }, enumerable: true, configurable: true },
      text: texts ? { get: function (this: Article) { return texts.get(this.id); }, enumerable: true, configurable: true } : undefined,
      parts: this.parts,
      // Each stored row is parsed on its own, so equal texts are separate strings: a date note ("stated by
      // the source (2024-03-01)") is shared by the articles of a day, a feed's address by all its articles.
      notes: new SharedTexts(20_000),
      origins: new SharedTexts(1_000),
      hashes,
      hash: hashGetter(hashes),
    };
  }

  private readonly fields: ShelfFields;
  private bulkReaders = 0;

  /**
   * While the whole archive is read once in order (an index or the briefings built at a first start), the
   * caches hold only the last few: each article is read several times while it is taken in, then not
   * again. Held at full size, every analysis stayed long enough for the collector to move it to the old
   * generation, where it piled up as garbage until a full collection: the first start's peak. Returns the end.
   */
  readingInBulk(): () => void {
    const full = this.capacity;
    if (this.bulkReaders++ === 0) for (const cache of this.caches()) cache.resize(BULK_CAPACITY);
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      if (--this.bulkReaders === 0) for (const cache of this.caches()) cache.resize(full);
    };
  }

  private caches(): RecentlyUsed<unknown>[] {
    return [this.analyses, this.texts, this.parts].filter((c): c is RecentlyUsed<never> => c !== undefined);
  }

  /** Timeline parts read from the store. */
  get partLoads(): number {
    return this.parts?.loads ?? 0;
  }

  /** Reads the texts of many shelved articles at once, ahead of a pass over them (a phrase check). */
  prefetchTexts(ids: readonly string[]): void {
    this.texts?.preload(ids);
  }

  /**
   * Reads the analyses and texts of many shelved articles at once, ahead of a pass that reads both (search
   * rows written to PostgreSQL): two round trips for the batch instead of two an article.
   */
  prefetch(ids: readonly string[]): void {
    this.analyses.preload(ids);
    this.prefetchTexts(ids);
  }

  /** Analyses read from the store, for tests and the bench. */
  get loads(): number {
    return this.analyses.loads;
  }

  /** Texts read from the store. */
  get textLoads(): number {
    return this.texts?.loads ?? 0;
  }

  get size(): number {
    return this.analyses.size;
  }

  get(id: string): Analysis {
    return this.analyses.get(id);
  }

  /**
   * A freshly analysed article, once stored: lean as one loaded at start, its analysis and text held in the
   * caches it is first read from (by the index and the directory, as it arrives). Kept whole, every article
   * analysed since start stayed in the heap (15 KB a generated article with its text, 46 KB a real one): a
   * third of a first start's heap at 10,000 seed articles, and a feed bot's growth by the day.
   */
  shelve(article: EnrichedArticle, version: number): EnrichedArticle {
    const { analysis, paragraphs, ...rest } = article;
    // Without its paragraphs where the store keeps texts apart: the text getter reads them through the cache.
    const lean = this.lean((this.texts ? rest : { ...rest, paragraphs }) as Article, version);
    this.analyses.put(article.id, analysis);
    this.texts?.put(article.id, paragraphs);
    return lean;
  }

  /**
   * An article whose `analysis` is read through this shelf, and its `paragraphs` too when the stored row
   * came without them; `version` is the stored analysis's.
   */
  lean(article: Article, version: number): EnrichedArticle {
    return shelvedArticle(article, version, this.fields);
  }
}

interface Shelved {
  [VERSION]?: number;
  [PARTS]?: RecentlyUsed<TimelinePart>;
}

/**
 * What an article's timeline lines are made from: read on its own from the store for a shelved article
 * (its whole analysis is five times the size), else taken from the analysis.
 */
export function timelinePart(article: EnrichedArticle): TimelinePart {
  return (article as Shelved)[PARTS]?.get(article.id) ?? article.analysis;
}

/**
 * Reads the timeline parts of shelved articles among these in one go, ahead of a pass that reads them (a
 * briefing on a big name reads hundreds: one round trip each to PostgreSQL was most of its time).
 */
export function prefetchTimelineParts(articles: Iterable<EnrichedArticle>): void {
  const byCache = new Map<RecentlyUsed<TimelinePart>, string[]>();
  for (const article of articles) {
    const parts = (article as Shelved)[PARTS];
    if (!parts) continue;
    const ids = byCache.get(parts);
    if (ids) ids.push(article.id);
    else byCache.set(parts, [article.id]);
  }
  for (const [parts, ids] of byCache) parts.preload(ids);
}

/** An article's analysis version without reading a shelved analysis. */
export function analysisVersionOf(article: Pick<EnrichedArticle, 'analysis'>): number {
  return (article as Shelved)[VERSION] ?? article.analysis.version;
}

/**
 * Holds a shelved article's analysis and text in the article itself from now on: called before its stored
 * row is replaced, so listeners that later drop the old article drop what it contributed, not the new text's.
 */
export function pinAnalysis(article: EnrichedArticle): void {
  if ((article as Shelved)[VERSION] === undefined) return;
  const { analysis, paragraphs } = article;
  Object.defineProperty(article, 'analysis', { value: analysis, enumerable: true, writable: true, configurable: true });
  Object.defineProperty(article, 'paragraphs', { value: paragraphs, enumerable: true, writable: true, configurable: true });
  delete (article as Shelved)[VERSION];
  delete (article as Shelved)[PARTS];
}
