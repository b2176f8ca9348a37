import { FIRST_WORD_TERM } from './document-fields.js';
import { closeTerms, letterMask, type CloseTerm } from './fuzzy-terms.js';
import { FileBytes } from './file-bytes.js';
import { mergePostings } from './postings-merge.js';
import { EMPTY_POSTINGS, findTerm, freeze, lowerBound, PostingsBuffer, walkPostings, type FrozenPostings } from './postings.js';

/**
 * The postings of the whole index: a frozen base (built once, or loaded from the snapshot) and a buffer
 * of documents added since, read together. Removed documents stay in the lists, skipped through the
 * `dead` marks, until `compact` folds the buffer into the base and drops them.
 */
export class TermIndex {
  /** Letter masks of the base terms, made on the first fuzzy lookup rather than at load. */
  private maskCache: Uint32Array | undefined;
  private firstWord: number;
  delta = new PostingsBuffer();

  constructor(public base: FrozenPostings = EMPTY_POSTINGS) {
    this.firstWord = lowerBound(base.terms, FIRST_WORD_TERM);
  }

  private get masks(): Uint32Array {
    const terms = this.base.terms;
    this.maskCache ??= Uint32Array.from({ length: terms.length }, (_, i) => letterMask(terms.at(i)!));
    return this.maskCache;
  }

  add(doc: number, impacts: ReadonlyMap<string, number>): void {
    this.delta.add(doc, impacts);
  }

  /** Documents holding the term (removed ones included until compaction). */
  df(term: string): number {
    const i = findTerm(this.base, term);
    return (i < 0 ? 0 : this.base.counts[i]!) + (this.delta.lists.get(term)?.docs.length ?? 0);
  }

  has(term: string): boolean {
    return this.df(term) > 0;
  }

  /** Every live document holding the term, in document order, with its impact byte. */
  walk(term: string, dead: Uint8Array, visit: (doc: number, impact: number) => void): void {
    const i = findTerm(this.base, term);
    if (i >= 0) walkPostings(this.base, i, dead, visit);
    const list = this.delta.lists.get(term);
    if (!list) return;
    for (let j = 0; j < list.docs.length; j++) {
      const doc = list.docs[j]!;
      if (dead[doc] !== 1) visit(doc, list.impacts[j]!);
    }
  }

  /** Word terms within `max` edits of `word`. */
  close(word: string, max: number): CloseTerm[] {
    const found = closeTerms(word, max, this.base.terms, this.masks, this.firstWord);
    const fresh = [...this.delta.lists.keys()].filter((t) => t >= FIRST_WORD_TERM && findTerm(this.base, t) < 0);
    return found.concat(closeTerms(word, max, fresh, fresh.map(letterMask)));
  }

  /** Word terms that start with `prefix` (the prefix itself excluded), the most frequent first. */
  prefixed(prefix: string, limit: number): string[] {
    const terms = this.base.terms;
    const out = new Set<string>();
    for (let i = lowerBound(terms, prefix); i < terms.length && terms.at(i)!.startsWith(prefix); i++) out.add(terms.at(i)!);
    for (const term of this.delta.lists.keys()) if (term.startsWith(prefix)) out.add(term);
    out.delete(prefix);
    return [...out].sort((a, b) => this.df(b) - this.df(a) || (a < b ? -1 : 1)).slice(0, limit);
  }

  /** Closes the file the base postings are read from, if they are. */
  release(): void {
    if (this.base.data instanceof FileBytes) this.base.data.close();
  }

  /** Folds the buffer into the base, renumbering documents through `remap` (-1 drops one). */
  compact(remap: Int32Array): void {
    // Postings left in the snapshot file are read in one go for the merge, not a term at a time.
    const left = this.base.data instanceof FileBytes ? this.base.data : undefined;
    const base = left ? { ...this.base, data: left.all() } : this.base;
    const parts = this.delta.postings > 0 ? [base, freeze(this.delta)] : [base];
    this.base = mergePostings(parts, remap);
    left?.close();
    this.delta = new PostingsBuffer();
    this.maskCache = undefined;
    this.firstWord = lowerBound(this.base.terms, FIRST_WORD_TERM);
  }
}
