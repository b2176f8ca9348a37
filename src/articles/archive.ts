import type { EnrichedArticle } from './article.js';
import { hashKey } from './hash-slab.js';

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
  /**
   * Ids by a number standing for their hash (`hashKey`), so the map holds no hash text (a shelved article
   * keeps its hash as bytes); the few that share one are told apart by their articles' hashes.
   */
  private readonly idByHash = new Map<number | string, string | string[]>();
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
    return this.withHash(hash, hashKey(hash));
  }

  private withHash(hash: string, key: number | string): EnrichedArticle | undefined {
    const held = this.idByHash.get(key);
    if (held === undefined) return undefined;
    for (const id of typeof held === 'string' ? [held] : held) {
      const article = this.byId.get(id);
      if (article?.hash === hash) return article;
    }
    return undefined;
  }

  private noteHash(article: EnrichedArticle, key: number | string): void {
    const held = this.idByHash.get(key);
    if (held === undefined) this.idByHash.set(key, article.id);
    else if (typeof held === 'string') this.idByHash.set(key, [held, article.id]);
    else held.push(article.id);
  }

  private forgetHash(article: EnrichedArticle): void {
    const key = hashKey(article.hash);
    const held = this.idByHash.get(key);
    if (held === article.id) this.idByHash.delete(key);
    else if (Array.isArray(held)) {
      const rest = held.filter((id) => id !== article.id);
      if (rest.length === 1) this.idByHash.set(key, rest[0]!);
      else this.idByHash.set(key, rest);
    }
  }

  /** Newest first (by date, then id for a stable order). */
  all(): readonly EnrichedArticle[] {
    this.sorted ??= [...this.byId.values()].sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
    return this.sorted;
  }

  add(article: EnrichedArticle): AddResult {
    // A shelved article's hash is read from bytes: read once here.
    const hash = article.hash;
    const key = hashKey(hash);
    if (this.withHash(hash, key)) return 'duplicate';
    const previous = this.byId.get(article.id);
    if (previous) this.forgetHash(previous);
    this.byId.set(article.id, article);
    this.noteHash(article, key);
    this.sorted = undefined;
    this.emit(previous ? { type: 'updated', article, previous } : { type: 'added', article });
    return previous ? 'updated' : 'added';
  }

  remove(id: string): boolean {
    const article = this.byId.get(id);
    if (!article) return false;
    this.forgetHash(article);
    this.byId.delete(id);
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
