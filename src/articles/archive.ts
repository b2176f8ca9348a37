import type { EnrichedArticle } from './article.js';

export type ArchiveChange =
  | { type: 'added'; article: EnrichedArticle }
  /** An article replaced in place (same id, new text): listeners drop the old and take the new. */
  | { type: 'updated'; article: EnrichedArticle; previous: EnrichedArticle }
  | { type: 'removed'; article: EnrichedArticle };

export type AddResult = 'added' | 'updated' | 'duplicate';

/**
 * The articles the bot knows, in memory, newest first. Indexes and story builders subscribe to its
 * changes instead of being rebuilt, so a feed's new article is searchable at once.
 */
export class Archive {
  private readonly byId = new Map<string, EnrichedArticle>();
  private readonly idByHash = new Map<string, string>();
  private sorted: EnrichedArticle[] | undefined;
  private readonly listeners = new Set<(change: ArchiveChange) => void>();

  constructor(articles: Iterable<EnrichedArticle> = []) {
    for (const article of articles) this.add(article);
  }

  get size(): number {
    return this.byId.size;
  }

  get(id: string): EnrichedArticle | undefined {
    return this.byId.get(id);
  }

  byHash(hash: string): EnrichedArticle | undefined {
    const id = this.idByHash.get(hash);
    return id === undefined ? undefined : this.byId.get(id);
  }

  /** Newest first (by date, then id for a stable order). */
  all(): readonly EnrichedArticle[] {
    this.sorted ??= [...this.byId.values()].sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
    return this.sorted;
  }

  add(article: EnrichedArticle): AddResult {
    const sameText = this.idByHash.get(article.hash);
    if (sameText !== undefined) return 'duplicate';
    const previous = this.byId.get(article.id);
    if (previous) this.idByHash.delete(previous.hash);
    this.byId.set(article.id, article);
    this.idByHash.set(article.hash, article.id);
    this.sorted = undefined;
    this.emit(previous ? { type: 'updated', article, previous } : { type: 'added', article });
    return previous ? 'updated' : 'added';
  }

  remove(id: string): boolean {
    const article = this.byId.get(id);
    if (!article) return false;
    this.byId.delete(id);
    this.idByHash.delete(article.hash);
    this.sorted = undefined;
    this.emit({ type: 'removed', article });
    return true;
  }

  subscribe(listener: (change: ArchiveChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(change: ArchiveChange): void {
    for (const listener of this.listeners) listener(change);
  }
}
