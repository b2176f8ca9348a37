import { readAhead } from '../articles/analysis-shelf.js';
import type { EnrichedArticle } from '../articles/article.js';
import { averageLengths, documentImpacts, type FieldAverages } from './document-fields.js';
import { DocTable, Fingerprint, type DocTableData } from './doc-table.js';
import { NameDirectory, type NameTable } from './name-directory.js';
import { mergePostings } from './postings-merge.js';
import { ChunkBuilder } from './postings-chunk.js';
import type { FrozenPostings } from './postings.js';
import { TermIndex } from './term-index.js';

/** Everything a snapshot holds: enough to answer queries without touching an article. */
export interface IndexState {
  postings: FrozenPostings;
  docs: DocTableData;
  names: NameTable;
  averages: FieldAverages;
  fingerprint: Fingerprint;
}

const CHUNK_POSTINGS = 4_000_000;
const SAMPLE = 2000;

/**
 * The search index proper: postings, the document table and the names, kept in step by `add` and
 * `remove`. Built in chunks (each frozen as it fills, then merged) so that building 100k articles never
 * holds more than one chunk in plain arrays.
 */
export class SearchIndex {
  /** Bumped by every change, so caches of document numbers know when they are stale. */
  generation = 0;

  private constructor(
    readonly terms: TermIndex,
    readonly docs: DocTable,
    readonly names: NameDirectory,
    readonly averages: FieldAverages,
  ) {}

  /** `prefetch` reads ahead what the articles' analyses and texts are read from (an analysis shelf's store). */
  static build(articles: readonly EnrichedArticle[], prefetch?: (ids: readonly string[]) => void): SearchIndex {
    const step = Math.max(1, Math.floor(articles.length / SAMPLE));
    const averages = averageLengths(articles.filter((_, i) => i % step === 0), prefetch);
    const docs = new DocTable();
    const names = new NameDirectory();
    const parts: FrozenPostings[] = [];
    let chunk = new ChunkBuilder();
    for (const article of readAhead(articles, prefetch)) {
      if (docs.docOf(article.id) !== undefined) continue;
      const doc = docs.add(article);
      names.addArticle(article);
      chunk.add(doc, documentImpacts(article, averages));
      if (chunk.length >= CHUNK_POSTINGS) {
        parts.push(chunk.freeze());
        chunk = new ChunkBuilder();
      }
    }
    parts.push(chunk.freeze());
    const postings = parts.length === 1 ? parts[0]! : mergePostings(parts);
    // Names gathered one by one go into the compact form a snapshot load gives.
    names.prune();
    return new SearchIndex(new TermIndex(postings), docs, names, averages);
  }

  static restore(state: IndexState): SearchIndex {
    return new SearchIndex(new TermIndex(state.postings), DocTable.from(state.docs, state.fingerprint), new NameDirectory(state.names), state.averages);
  }

  get size(): number {
    return this.docs.live;
  }

  add(article: EnrichedArticle, previous?: EnrichedArticle): void {
    this.generation++;
    if (previous) this.remove(previous);
    if (this.docs.docOf(article.id) !== undefined) return;
    const doc = this.docs.add(article);
    this.names.addArticle(article);
    this.terms.add(doc, documentImpacts(article, this.averages));
  }

  remove(article: EnrichedArticle): void {
    this.generation++;
    if (this.docs.remove(article)) this.names.removeArticle(article);
  }

  /** Whether live changes have grown enough to be worth folding into the base. */
  get needsCompaction(): boolean {
    const basePostings = this.terms.base.data.length / 2.5;
    return this.terms.delta.postings > Math.max(200_000, basePostings * 0.1) || this.docs.deadCount > Math.max(500, this.docs.size * 0.1);
  }

  compact(): void {
    if (this.terms.delta.postings === 0 && this.docs.deadCount === 0) return;
    this.generation++;
    const remap = this.docs.compact();
    this.terms.compact(remap);
    this.names.prune();
  }

  /** Lets go of the snapshot file the postings are read from (the index is no longer used). */
  release(): void {
    this.terms.release();
  }

  /** The state for a snapshot (compacted first, so the snapshot is one frozen base). */
  state(): IndexState {
    this.compact();
    return { postings: this.terms.base, docs: this.docs.data(), names: this.names.data(), averages: this.averages, fingerprint: this.docs.fingerprint };
  }
}
