import type { EnrichedArticle } from '../articles/article.js';
import type { ParsedQuery } from './query-syntax.js';
import type { Correction } from './ranker.js';
import type { QueryTokens } from './saved-queries.js';
import type { FilterKind, UnknownName } from './search-filters.js';

/** How a hit matched: its quoted phrases as typed, all its words, close spellings, or most words. */
export type HitKind = 'phrase' | 'exact' | 'close' | 'partial';

export interface SearchHit {
  article: EnrichedArticle;
  score: number;
  /** The index terms that matched (exact and close spellings), for snippets. */
  terms: string[];
  kind: HitKind;
}

export interface SearchPage {
  hits: SearchHit[];
  total: number;
  query: ParsedQuery;
  /** Words found only through close spellings ("putn" → putin). */
  corrections: Correction[];
  /** Filter values that name nothing in the archive. */
  unknownNames: UnknownName[];
  /** What the filters' names resolved to ("Kim Jong Un"). */
  named: string[];
  onlyStopWords: boolean;
}

export interface SearchOptions {
  /** Hits to return (ranked), default 50. `total` counts them all. */
  limit?: number;
  /** The day relative dates (`to:yesterday`) count from, when the query is text. */
  now?: Date;
}

/** An autocomplete choice: what the member sees and what goes into the option. */
export interface Suggestion {
  label: string;
  value: string;
}

/** The search role the commands use (`services.search`). */
export interface ArticleSearch {
  search(query: string | ParsedQuery, options?: SearchOptions): SearchPage;
  /** Ids and titles for `/article`: ids starting with, or titles holding, what the member typed. */
  suggest(prefix: string, limit: number): { id: string; title: string }[];
  /** `/search` query autocomplete: names (people, places), titles, filter values. */
  complete(text: string, limit: number): Suggestion[];
  /** Autocomplete for a filter option (`person`, `place`, `source`). */
  completeName(kind: FilterKind, text: string, limit: number): Suggestion[];
  /** "Did you mean": names and spellings closest to a query that found nothing. */
  closest(query: ParsedQuery, limit?: number): string[];
  /** Long searches behind button tokens. */
  readonly savedQueries: QueryTokens;
}
