import type { DocTable } from './doc-table.js';
import type { NameDirectory, NameKind } from './name-directory.js';
import { phraseTest } from './phrase-match.js';
import type { ParsedQuery } from './query-syntax.js';
import type { RankScratch } from './rank-scratch.js';
import { passes, resolveFilters, type UnknownName } from './search-filters.js';
import type { TermIndex } from './term-index.js';
import { queryGroups, rarestDocs, variantsOf, type Group, type Variant } from './query-variants.js';
import { plainWord, wordsOf } from './text-terms.js';
import { topByKey } from './top-hits.js';

/**
 * Ranking, in tiers that never mix: 0 the quoted phrases appear as typed, 1 every word appears,
 * 2 every word appears or a close spelling of it (only tried when tiers 0–1 found fewer than a page),
 * 3 all words but one appear, the rarest always among them (only when even that found little).
 * Within a tier, BM25F scores (sums of stored impacts times idf), or dates for `sort:recency`. A name
 * the index knows for exactly one entity ("putin", "kim jong un") lifts the articles where that entity
 * is prominent.
 */
export type Tier = 0 | 1 | 2 | 3;

export interface RankContext {
  terms: TermIndex;
  docs: DocTable;
  names: NameDirectory;
  /** Title and body of a document, for phrase checks. */
  textOf(doc: number): string | undefined;
  /** Fetches the texts of documents about to be read in one go, where texts are kept out of the heap. */
  prefetch?(docs: readonly number[]): void;
  scratch: RankScratch;
}

export interface RankedDoc {
  doc: number;
  score: number;
  tier: Tier;
}

export interface Correction {
  word: string;
  to: string[];
}

export interface Ranking {
  hits: RankedDoc[];
  total: number;
  /** Every index term that counted (exact and close spellings), for snippets. */
  terms: string[];
  corrections: Correction[];
  unknownNames: UnknownName[];
  named: string[];
  /** The query had words, but only stop words. */
  onlyStopWords: boolean;
}

const FEW = 5;
const PHRASE_CHECKS = 1000;
const ENTITY_WEIGHT = 0.5;
const ENTITY_KINDS: readonly NameKind[] = ['person', 'place', 'country', 'organisation'];

export function rank(query: ParsedQuery, ctx: RankContext, limit: number): Ranking {
  const { terms, docs, scratch } = ctx;
  scratch.ensure(docs.size);
  const filters = resolveFilters(query, ctx.names, terms, docs, scratch);
  const ranking: Ranking = { hits: [], total: 0, terms: [], corrections: [], unknownNames: filters.unknown, named: filters.named, onlyStopWords: false };
  if (filters.unknown.length > 0) return ranking;
  const groups = queryGroups(query);
  if (groups.length === 0) {
    ranking.onlyStopWords = query.words.length + query.phrases.length > 0;
    const filtered = filters.allowed !== undefined || query.from !== undefined || query.to !== undefined;
    if (!filtered || ranking.onlyStopWords) return ranking;
    const all: number[] = [];
    for (let doc = 0; doc < docs.size; doc++) if (docs.dead[doc] !== 1 && passes(filters, docs, doc)) all.push(doc);
    const newest = topByKey(all.length, (i) => all[i]!, (i) => docs.dates[all[i]!]!, limit);
    return { ...ranking, total: all.length, hits: newest.map((doc) => ({ doc, score: 0, tier: 1 })) };
  }
  const live = Math.max(1, docs.live);
  const idf = (df: number) => Math.log(1 + (live - df + 0.5) / (df + 0.5));
  const need = groups.length;
  const hits: number[] = [];
  const touched: number[] = [];
  try {
    const exactOf = (g: Group): Variant[] => (terms.has(g.term) ? [{ term: g.term, weight: 1 }] : []);
    accumulate(ctx, groups, exactOf, idf, scratch.exactScore, scratch.exactMatched, touched);
    for (const doc of touched) {
      if (scratch.exactMatched[doc] !== need || !passes(filters, docs, doc)) continue;
      scratch.tier[doc] = 2;
      hits.push(doc);
    }
    boostEntities(query, ctx, scratch.exactScore, scratch.exactMatched, need, idf);
    const used = new Set(groups.map((g) => g.term).filter((t) => terms.has(t)));
    checkPhrases(query, ctx, hits);

    let scores = scratch.exactScore;
    let matched = scratch.exactMatched;
    if (hits.length < FEW) {
      const isName = (term: string) => ctx.names.exact(term, ENTITY_KINDS).length > 0;
      const variants = new Map(groups.map((g) => [g, variantsOf(g, terms, isName)]));
      const exactCount = hits.length;
      accumulate(ctx, groups, (g) => variants.get(g)!, idf, scratch.closeScore, scratch.closeMatched, touched);
      boostEntities(query, ctx, scratch.closeScore, scratch.closeMatched, need, idf);
      const admit = (least: number, tier: number, only?: ReadonlySet<number>) => {
        for (const doc of touched) {
          if (scratch.tier[doc] !== 0 || scratch.closeMatched[doc]! < least || (only && !only.has(doc)) || !passes(filters, docs, doc)) continue;
          scratch.tier[doc] = tier;
          hits.push(doc);
        }
      };
      admit(need, 3);
      // All words but one when even close spellings find little; never without the rarest word, which
      // says the most ("pebelbel year" must not return every article that says "year").
      if (hits.length < FEW && need >= 2) admit(need - 1, 4, rarestDocs(ctx, groups, variants));
      if (hits.length > exactCount) {
        for (const [g, list] of variants) {
          for (const v of list) used.add(v.term);
          if (!terms.has(g.term) && list.length > 0) ranking.corrections.push({ word: g.surface, to: list.slice(0, 3).map((v) => v.term) });
        }
      }
      // Exact hits keep their exact scores; the others are scored with their close spellings.
      for (const doc of hits) if (scratch.tier[doc]! <= 2) scratch.closeScore[doc] = scratch.exactScore[doc]!;
      scores = scratch.closeScore;
      matched = scratch.closeMatched;
    }
    const recency = query.sort === 'recency';
    const keyOf = (doc: number) => {
      const tier = scratch.tier[doc]! - 1;
      const partial = tier === 3 ? matched[doc]! * 1e5 : 0;
      return (3 - tier) * 1e7 + partial + (recency ? docs.dates[doc]! + scores[doc]! * 1e-6 : scores[doc]!);
    };
    const top = topByKey(hits.length, (i) => hits[i]!, (i) => keyOf(hits[i]!), limit);
    ranking.total = hits.length;
    ranking.hits = top.map((doc) => ({ doc, score: scores[doc]!, tier: (scratch.tier[doc]! - 1) as Tier }));
    ranking.terms = [...used];
    return ranking;
  } finally {
    scratch.clear(touched);
  }
}

/** Exact hits whose quoted phrases appear as typed move up to tier 0 (the best-scored ones are checked). */
function checkPhrases(query: ParsedQuery, ctx: RankContext, hits: readonly number[]): void {
  const tests = query.phrases.map(phraseTest).filter((t): t is (text: string) => boolean => t !== undefined);
  if (tests.length === 0 || hits.length === 0) return;
  const { exactScore, tier } = ctx.scratch;
  const checked = topByKey(hits.length, (i) => hits[i]!, (i) => exactScore[hits[i]!]!, PHRASE_CHECKS);
  ctx.prefetch?.(checked);
  for (const doc of checked) {
    const text = ctx.textOf(doc);
    if (text !== undefined && tests.every((test) => test(text))) tier[doc] = 1;
  }
}

/**
 * Adds, per document, the best variant of each group (idf × weight × impact) to `score` and counts the
 * groups met in `matched`; documents seen for the first time go to `touched`.
 */
function accumulate(
  ctx: RankContext,
  groups: readonly Group[],
  variantsOf: (g: Group) => Variant[],
  idf: (df: number) => number,
  score: Float64Array,
  matched: Uint8Array,
  touched: number[],
): void {
  const { best, exactMatched, closeMatched, tier } = ctx.scratch;
  const dead = ctx.docs.dead;
  const seen: number[] = [];
  for (const group of groups) {
    for (const variant of variantsOf(group)) {
      const weight = idf(ctx.terms.df(variant.term)) * variant.weight;
      ctx.terms.walk(variant.term, dead, (doc, impact) => {
        const value = weight * impact;
        if (best[doc] === 0) seen.push(doc);
        if (value > best[doc]!) best[doc] = value;
      });
    }
    for (const doc of seen) {
      if (exactMatched[doc] === 0 && closeMatched[doc] === 0 && tier[doc] === 0 && matched[doc] === 0) touched.push(doc);
      matched[doc]!++;
      score[doc]! += best[doc]!;
      best[doc] = 0;
    }
    seen.length = 0;
  }
}

/** Lifts documents where a name of the query that means one entity only is prominent. */
function boostEntities(query: ParsedQuery, ctx: RankContext, score: Float64Array, matched: Uint8Array, need: number, idf: (df: number) => number): void {
  const words = [...query.words, ...query.phrases].flatMap((t) => wordsOf(t)).map(plainWord).filter(Boolean);
  const facets = new Set<string>();
  for (let n = Math.min(4, words.length); n >= 1; n--) {
    for (let i = 0; i + n <= words.length; i++) {
      const records = ctx.names.exact(words.slice(i, i + n).join(' '), ENTITY_KINDS);
      if (records.length === 1) facets.add(records[0]!.facet);
    }
  }
  for (const facet of facets) {
    const weight = idf(ctx.terms.df(facet)) * ENTITY_WEIGHT;
    ctx.terms.walk(facet, ctx.docs.dead, (doc, impact) => {
      if (matched[doc] === need) score[doc]! += weight * impact;
    });
  }
}
