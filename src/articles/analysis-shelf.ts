import type { Analysis } from '../language/analysis.js';
import type { Article, EnrichedArticle } from './article.js';

/**
 * Stored analyses kept out of the heap: an article loaded at start holds its text and metadata, and
 * reads its analysis from the store when something asks for it, through a bounded cache (least recently
 * used go first). Whoever reads `article.analysis` sees no difference, so correctness never depends on
 * the cache; only the cost does.
 */
export class AnalysisShelf {
  private readonly cache = new Map<string, Analysis>();
  /** Analyses read from the store, for tests and the bench. */
  loads = 0;

  constructor(
    private readonly load: (id: string) => Analysis | undefined,
    readonly capacity = 2_000,
  ) {}

  get size(): number {
    return this.cache.size;
  }

  get(id: string): Analysis {
    const cached = this.cache.get(id);
    if (cached) {
      this.cache.delete(id);
      this.cache.set(id, cached);
      return cached;
    }
    const analysis = this.load(id);
    if (!analysis) throw new Error(`the analysis of ${id} is no longer stored`);
    this.loads += 1;
    this.cache.set(id, analysis);
    if (this.cache.size > this.capacity) this.cache.delete(this.cache.keys().next().value!);
    return analysis;
  }

  /** An article whose `analysis` is read through this shelf; `version` is the stored analysis's. */
  lean(article: Article, version: number): EnrichedArticle {
    const lean = { ...article } as EnrichedArticle;
    const get = () => this.get(article.id);
    Object.defineProperty(lean, 'analysis', { get, enumerable: true, configurable: true });
    leanVersions.set(lean, version);
    return lean;
  }
}

const leanVersions = new WeakMap<object, number>();

/** An article's analysis version without reading a shelved analysis. */
export function analysisVersionOf(article: Pick<EnrichedArticle, 'analysis'>): number {
  return leanVersions.get(article) ?? article.analysis.version;
}

/**
 * Holds a shelved article's analysis in the article itself from now on: called before its stored row is
 * replaced, so listeners that later drop the old article drop what it contributed, not the new text's.
 */
export function pinAnalysis(article: EnrichedArticle): void {
  if (!leanVersions.has(article)) return;
  const analysis = article.analysis;
  Object.defineProperty(article, 'analysis', { value: analysis, enumerable: true, writable: true, configurable: true });
  leanVersions.delete(article);
}
