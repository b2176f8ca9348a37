import type { Archive, ArchiveChange } from '../articles/archive.js';
import { bodyText, type EnrichedArticle } from '../articles/article.js';
import { systemClock, type Clock } from '../clock.js';
import type { Logger } from '../logger.js';
import type { ArticleSearch, HitKind, SearchPage } from './article-search.js';
import { closestTo, completeFilter, completeQuery, suggestArticles, type CompletionContext } from './completions.js';
import { fingerprintText } from './doc-table.js';
import { parseQuery } from './query-syntax.js';
import { RankScratch } from './rank-scratch.js';
import { rank, type RankContext } from './ranker.js';
import { SavedQueries, type QueryTokens } from './saved-queries.js';
import { resolveFilters } from './search-filters.js';
import { SearchIndex } from './search-index.js';
import { removeSnapshotLeftovers } from './snapshot-leftovers.js';
import { readSnapshot, writeSnapshot } from './snapshot.js';
import { snapshotSaver } from '../store/snapshot-saver.js';
import type { SnapshotSharing } from '../store/snapshot-sharing.js';

export type { ArticleSearch, SearchHit, SearchPage } from './article-search.js';

export interface ArticleIndexOptions {
  /** Where the snapshot lives (under DATA_DIR); none: memory only. */
  snapshotPath?: string;
  logger?: Logger;
  clock?: Clock;
  /** Quiet time after the last change before the snapshot is written again. */
  saveDelayMs?: number;
  /** Where long searches' paging tokens are kept; default: this process's memory. */
  queryTokens?: QueryTokens;
  /** Reads many articles' texts in one go (their paragraphs stay in the store until asked for). */
  prefetchTexts?: (ids: readonly string[]) => void;
  /** Reads many articles' analyses and texts in one go, ahead of a build's pass over them (`AnalysisShelf.prefetch`). */
  prefetch?: (ids: readonly string[]) => void;
  /** The snapshot's copy shared by machines (PostgreSQL), offered after each write; fetching it is the opener's (`openSearch`). */
  sharing?: SnapshotSharing;
  /** Called before the whole archive is read once (a build); returns the call that ends it (`AnalysisShelf.readingInBulk`). */
  readingInBulk?: () => () => void;
}

export interface ArticleIndex extends ArticleSearch {
  /** Where the index came from at start. */
  readonly origin: 'snapshot' | 'built';
  readonly index: SearchIndex;
  /** Writes the snapshot now (no-op without a path). */
  save(): Promise<void>;
  /** Stops following the archive and writes pending changes. */
  close(): Promise<void>;
  /** Stops following the archive, without writing. */
  dispose(): void;
}

const KINDS: HitKind[] = ['phrase', 'exact', 'close', 'partial'];

interface Opened {
  index: SearchIndex;
  origin: 'snapshot' | 'built';
  /** Articles added to a stale snapshot's index at start (it must be saved again). */
  caughtUp?: number;
  /** Where to save: none when there is no snapshot path or a folder stands on it. */
  savePath?: string;
}

function openIndex(archive: Archive, options: ArticleIndexOptions, now: number): Opened {
  const started = performance.now();
  const articles = archive.all();
  const path = options.snapshotPath;
  let savePath = path;
  if (path) {
    const leftovers = removeSnapshotLeftovers(path, now);
    if (leftovers.removed.length || leftovers.failed.length) options.logger?.info('removed search snapshot temp files left by a crash', { path, ...leftovers });
    const expected = fingerprintText(articles);
    const read = readSnapshot(path, expected);
    if ('state' in read) {
      try {
        const index = SearchIndex.restore(read.state);
        const caughtUp = read.stale ? inBulk(options, () => catchUp(index, articles, expected)) : 0;
        if (caughtUp === undefined) throw new StaleSnapshot();
        shareIds(index, archive);
        options.logger?.info('search index loaded from snapshot', { articles: index.size, ...(caughtUp ? { caughtUp } : {}), ms: Math.round(performance.now() - started) });
        return { index, origin: 'snapshot', caughtUp, savePath };
      } catch (error) {
        const reason = error instanceof StaleSnapshot ? error.message : `unusable sections (${(error as Error).message})`;
        options.logger?.warn(`search snapshot not used: ${reason}; rebuilding`, { path });
      }
    } else if (read.notAFile) {
      savePath = undefined;
      options.logger?.warn(`search snapshot not used: ${read.problem}; rebuilding, and keeping the index in memory only until then`, { path });
    } else {
      options.logger?.[read.problem === 'no snapshot yet' ? 'info' : 'warn'](`search snapshot not used: ${read.problem}; rebuilding`, { path });
    }
  }
  const index = inBulk(options, () => SearchIndex.build(articles, options.prefetch));
  options.logger?.info('search index built', { articles: index.size, ms: Math.round(performance.now() - started) });
  return { index, origin: 'built', ...(savePath ? { savePath } : {}) };
}

function inBulk<T>(options: ArticleIndexOptions, read: () => T): T {
  const end = options.readingInBulk?.();
  try {
    return read();
  } finally {
    end?.();
  }
}

class StaleSnapshot extends Error {
  constructor() {
    super('stale: articles were changed or removed since it was written');
  }
}

/**
 * A snapshot written before articles were added (a crash before the save that follows a feed's articles):
 * the missing articles are indexed now rather than the whole archive again. Only additions can be taken:
 * a removed or rewritten article would need its old text. The fingerprints then agree, or nothing is kept
 * (undefined: rebuild). Returns how many were added.
 */
function catchUp(index: SearchIndex, articles: readonly EnrichedArticle[], expected: string): number | undefined {
  const ids = new Set(articles.map((a) => a.id));
  const { docs } = index;
  for (let d = 0; d < docs.size; d++) if (docs.dead[d] !== 1 && !ids.has(docs.ids[d]!)) return undefined;
  let added = 0;
  for (const article of articles) {
    if (docs.docOf(article.id) !== undefined) continue;
    index.add(article);
    added += 1;
  }
  return docs.fingerprint.toString() === expected ? added : undefined;
}

/**
 * The index's ids read back are slices of the snapshot's text, which they keep alive (8 MB at 100,000
 * articles): the archive's own id strings take their place.
 */
function shareIds(index: SearchIndex, archive: Archive): void {
  const { ids } = index.docs;
  for (let d = 0; d < ids.length; d++) {
    const id = archive.get(ids[d]!)?.id;
    if (id !== undefined) ids[d] = id;
  }
}

/**
 * The archive's search index: loaded from its snapshot when that matches the archive, else built; then
 * kept in step with the archive's changes (an added article is searchable at once, a removed one gone),
 * and saved again a little after changes and on close.
 */
export function createArticleIndex(archive: Archive, options: ArticleIndexOptions = {}): ArticleIndex {
  const clock = options.clock ?? systemClock;
  // Leftover temp files are aged by their modification times, which are the file system's, not the clock's.
  const { index, origin, savePath, caughtUp } = openIndex(archive, options, Date.now());
  const saver = snapshotSaver({
    path: savePath,
    what: 'search',
    delayMs: options.saveDelayMs ?? 30_000,
    unsaved: origin === 'built' || !!caughtUp,
    ...(options.logger ? { logger: options.logger } : {}),
    async write(path) {
      const fingerprint = index.docs.fingerprint.toString();
      const bytes = await writeSnapshot(path, index.state());
      await options.sharing?.offer(path, fingerprint);
      return bytes;
    },
  });
  // A file loaded as it was is what the shared copy should hold, if that one is older or missing.
  if (savePath && origin === 'snapshot' && !caughtUp) void options.sharing?.offer(savePath, index.docs.fingerprint.toString());
  let newest = { generation: -1, docs: [] as number[] };

  const unsubscribe = archive.subscribe((change: ArchiveChange) => {
    if (change.type === 'removed') index.remove(change.article);
    else index.add(change.article, change.type === 'updated' ? change.previous : undefined);
    if (index.needsCompaction) index.compact();
    saver.changed();
  });

  const articleOf = (doc: number): EnrichedArticle | undefined => archive.get(index.docs.ids[doc]!);
  const rankContext: RankContext = {
    terms: index.terms,
    docs: index.docs,
    names: index.names,
    scratch: new RankScratch(),
    textOf: (doc) => {
      const article = articleOf(doc);
      return article ? `${article.title}\n${bodyText(article)}` : undefined;
    },
    ...(options.prefetchTexts ? { prefetch: (docs: readonly number[]) => options.prefetchTexts!(docs.map((d) => index.docs.ids[d]!)) } : {}),
  };
  const completion: CompletionContext = {
    index,
    titleOf: (doc) => articleOf(doc)?.title,
    newestFirst: () => {
      if (newest.generation !== index.generation) {
        const { dates, size, dead } = index.docs;
        const docs = Array.from({ length: size }, (_, d) => d).filter((d) => dead[d] !== 1);
        newest = { generation: index.generation, docs: docs.sort((a, b) => dates[b]! - dates[a]! || b - a) };
      }
      return newest.docs;
    },
  };
  const savedQueries = options.queryTokens ?? new SavedQueries(clock);

  return {
    origin,
    index,
    savedQueries,
    search(query, searchOptions = {}): SearchPage {
      const parsed = typeof query === 'string' ? parseQuery(query, searchOptions.now ?? clock.now()) : query;
      const ranking = rank(parsed, rankContext, searchOptions.limit ?? 50);
      const hits = ranking.hits.flatMap(({ doc, score, tier }) => {
        const article = articleOf(doc);
        return article ? [{ article, score, terms: ranking.terms, kind: KINDS[tier]! }] : [];
      });
      const { total, corrections, unknownNames, named, onlyStopWords } = ranking;
      return { hits, total, query: parsed, corrections, unknownNames, named, onlyStopWords };
    },
    suggest: (prefix, limit) => suggestArticles(completion, prefix, limit),
    complete: (text, limit) => completeQuery(completion, text, limit),
    completeName: (kind, text, limit) => completeFilter(completion, kind, text, limit),
    closest: (query, limit = 5) => closestTo(completion, query, resolveFilters(query, index.names, index.terms, index.docs).unknown, limit),
    save: saver.save,
    async close() {
      unsubscribe();
      // Before the stores close: an upload cut short drops its chunks and its claim.
      await options.sharing?.stop();
      await saver.flush();
      index.release();
    },
    dispose() {
      unsubscribe();
      void options.sharing?.stop();
      saver.cancel();
      index.release();
    },
  };
}
