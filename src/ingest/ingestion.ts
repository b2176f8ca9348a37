import type { Article, EnrichedArticle } from '../articles/article.js';
import type { Archive } from '../articles/archive.js';
import { pinAnalysis, type AnalysisShelf } from '../articles/analysis-shelf.js';
import type { Clock } from '../clock.js';
import type { Analysis } from '../language/analysis.js';
import type { Logger } from '../logger.js';
import type { ArticleKind, ArticleStore } from '../store/article-store.js';
import { JobCancelledError } from '../work/job-cancelled.js';
import type { RawDocument } from './raw-document.js';
import { longerArticleId } from './article-id.js';
import { toArticle, type ParsedArticle } from './to-article.js';

export interface IngestionDeps {
  clock: Clock;
  logger: Logger;
  store: ArticleStore;
  archive: Archive;
  /** The language pipeline; the app passes the worker pool's, which may fail with `JobCancelledError`. */
  analyze: (article: Article) => Analysis | Promise<Analysis>;
  analysisVersion: number;
  /** Raw document → article; the app passes the worker pool's. `toArticle` inline when unset. */
  prepare?: (doc: RawDocument, today: Date) => ParsedArticle | Promise<ParsedArticle>;
  /** Where stored analyses are read back from: an article analysed and stored is then kept lean, as at a start. */
  shelf?: AnalysisShelf;
  /**
   * Every stored article's metadata by hash, read in one go (with a shelf): a document whose text is stored
   * under the same id, origin and pipeline is taken from it without a query or its analysis read, and one
   * whose hash is not there is not looked up (at a first start, a query a document: a minute at 100k on PostgreSQL).
   */
  storedByHash?: ReadonlyMap<string, { article: Article; version: number }>;
}

export interface IngestResult {
  added: EnrichedArticle[];
  updated: EnrichedArticle[];
  skipped: { origin: string; reason: string }[];
  /** Of `skipped`, the documents that repeat an article already in the archive, with that article's id. */
  twins: { origin: string; id: string }[];
}

/**
 * raw document → article → enriched article, into the store and the archive. Analysis runs only for
 * text the store has not analysed with the current pipeline version.
 */
export async function ingestDocuments(docs: readonly RawDocument[], kind: ArticleKind, deps: IngestionDeps): Promise<IngestResult> {
  const result: IngestResult = { added: [], updated: [], skipped: [], twins: [] };
  const skip = (origin: string, reason: string) => {
    result.skipped.push({ origin, reason });
    deps.logger.warn(`skipped ${origin}: ${reason}`, { origin, reason });
  };
  const ahead = readAhead(docs, deps);
  for (let i = 0; i < docs.length; i++) {
    const doc = docs[i]!;
    let article: Article;
    let analysing: Ahead['analysing'];
    try {
      const next = await ahead(i);
      const { parsed } = next;
      article = parsed.article;
      analysing = next.analysing;
      if (parsed.rejectedDate) {
        const { value, reason } = parsed.rejectedDate;
        deps.logger.warn(`rejected date ${value} in ${doc.origin}: ${reason}; kept with date unknown`, { origin: doc.origin, value, reason });
      }
    } catch (error) {
      if (error instanceof JobCancelledError) result.skipped.push({ origin: doc.origin, reason: error.message });
      else skip(doc.origin, (error as Error).message);
      continue;
    }
    const twin = deps.archive.byHash(article.hash);
    if (twin) {
      skip(doc.origin, `duplicate of ${twin.origin} (${twin.id})`);
      result.twins.push({ origin: doc.origin, id: twin.id });
      continue;
    }
    // Same short id, different text: the later story takes a longer id rather than overwrite the first.
    const holder = deps.archive.get(article.id);
    if (holder && holder.hash !== article.hash) {
      const id = longerArticleId(article.id, article.hash, (candidate) => {
        const other = deps.archive.get(candidate);
        return other !== undefined && other.hash !== article.hash;
      });
      article = { ...article, id };
    }
    let enriched: EnrichedArticle;
    try {
      enriched = await enrich(article, kind, deps, analysing?.article === article ? analysing.analysis : undefined);
    } catch (error) {
      if (!(error instanceof JobCancelledError)) throw error;
      // The pool has logged the article and its budget: recorded, not logged twice; read again at the next start.
      result.skipped.push({ origin: doc.origin, reason: error.message });
      continue;
    }
    const outcome = deps.archive.add(enriched);
    if (outcome === 'added') result.added.push(enriched);
    else if (outcome === 'updated') result.updated.push(enriched);
  }
  return result;
}

/** Documents ahead of the one being stored: with a worker pool, the next ones are read and analysed meanwhile. */
const LOOKAHEAD = 4;

interface Ahead {
  parsed: ParsedArticle;
  /** Started early for an article enrich will analyse (its hash is nowhere stored); used if it is still that article. */
  analysing?: { article: Article; analysis: Promise<Analysis> };
}

/**
 * The i-th document, prepared, asked for in order: asking starts the next LOOKAHEAD. An analysis is started ahead
 * only where the stored metadata says the text is new (a first start, a new machine), so it is rarely wasted:
 * only on a document that turns out to repeat an earlier one, or whose id is taken.
 */
function readAhead(docs: readonly RawDocument[], deps: IngestionDeps): (i: number) => Promise<Ahead> {
  const started = new Map<number, Promise<Ahead>>();
  const begin = async (doc: RawDocument): Promise<Ahead> => {
    const parsed = deps.prepare ? await deps.prepare(doc, deps.clock.now()) : toArticle(doc, deps.clock.now());
    const { article } = parsed;
    if (!deps.storedByHash || deps.storedByHash.has(article.hash) || deps.archive.byHash(article.hash)) return { parsed };
    const analysis = Promise.resolve().then(() => deps.analyze(article));
    // Left unused (a twin), its failure must not go unhandled; used, enrich sees it.
    analysis.catch(() => undefined);
    return { parsed, analysing: { article, analysis } };
  };
  return (i) => {
    for (let j = i; j < Math.min(docs.length, i + LOOKAHEAD + 1); j++) {
      if (started.has(j)) continue;
      const next = begin(docs[j]!);
      // Failures surface when the loop awaits this document; one left behind by a loop that threw is dropped.
      next.catch(() => undefined);
      started.set(j, next);
    }
    const next = started.get(i)!;
    started.delete(i);
    return next;
  };
}

/** What reading a document settles besides its text; a change of the reading rules may change it (a place read from a dateline). */
const METADATA = ['title', 'via', 'source', 'place', 'date', 'dateSource', 'dateNote', 'url'] as const;
const sameMetadata = (a: Article, b: Article): boolean => METADATA.every((key) => a[key] === b[key]);

/** `analysis`: the article's analysis, already under way. */
export async function enrich(article: Article, kind: ArticleKind, deps: IngestionDeps, analysis?: Promise<Analysis>): Promise<EnrichedArticle> {
  const known = deps.storedByHash?.get(article.hash);
  if (deps.shelf && known && known.version === deps.analysisVersion && known.article.id === article.id && known.article.origin === article.origin && sameMetadata(known.article, article)) {
    // Its text is the stored one (same hash): read from the store when asked, as at a start.
    const { paragraphs: _stored, ...metadata } = article;
    return deps.shelf.lean({ ...known.article, ...metadata } as Article, known.version);
  }
  const stored = known || !deps.storedByHash ? deps.store.byHash(article.hash) : undefined;
  if (stored && stored.analysis.version === deps.analysisVersion && stored.id === article.id) {
    // Same text, same pipeline: keep the stored analysis but refresh metadata (origin may have moved).
    const refreshed = { ...stored, ...article, analysis: stored.analysis };
    if (stored.origin !== article.origin || !sameMetadata(stored, article)) deps.store.put(refreshed, kind);
    return deps.shelf ? deps.shelf.shelve(refreshed, deps.analysisVersion) : refreshed;
  }
  const enriched: EnrichedArticle = { ...article, analysis: await (analysis ?? deps.analyze(article)) };
  // The article this replaces may read its analysis from the store: it keeps its own before the row changes.
  const holder = deps.archive.get(article.id);
  if (holder) pinAnalysis(holder);
  deps.store.put(enriched, kind);
  return deps.shelf ? deps.shelf.shelve(enriched, deps.analysisVersion) : enriched;
}
