import type { PgSync } from '../../store/postgres/pg-sync.js';
import type { ParsedQuery } from '../query-syntax.js';
import { queryGroups, type Group, type Variant } from '../query-variants.js';
import type { Correction, Ranking, Tier } from '../ranker.js';
import { dayNumber } from '../doc-table.js';
import { plainWord, termsOf, wordsOf } from '../text-terms.js';
import type { PgNames } from './pg-search-names.js';
import type { PgWords } from './pg-close-words.js';
import { entityFacet, lexeme } from './search-rows.js';

/**
 * The embedded ranker's tiers in SQL: 0 the quoted phrases as typed (`<->`), 1 every word
 * (`&` over the GIN index), 2 every word or a close spelling of it, 3 all words but one, the rarest
 * always among them; 2 and 3 only when 0–1 found fewer than five. Within a tier, `ts_rank_cd` over the
 * weighted fields, lifted when the title holds every word and more when it holds them in a row (a
 * title typed whole is the article meant), and a little where a name meaning one entity is tagged.
 */
export interface PgRankedDoc {
  id: string;
  score: number;
  tier: Tier;
}

export type PgRanking = Omit<Ranking, 'hits'> & { hits: PgRankedDoc[] };

const FEW = 5;
// ts_rank_cd's weights, in the order D, C, B, A: body, names, lead, title.
const WEIGHTS = '{0.1,0.3,0.5,1.0}';
// 1: the rank divided by 1 + log(length), so a long article does not win on length alone.
const NORMALISATION = 1;
const TITLE_WORDS = 1;
const TITLE_PHRASE = 1;
const ENTITY_LIFT = 0.3;
const ENTITY_KINDS = ['person', 'place', 'country', 'organisation'];

/** Past `rankAllUpTo` matches, only title matches and the `newest` matches of each tier are ranked. */
export interface RankBounds {
  rankAllUpTo: number;
  newest: number;
}

export const RANK_BOUNDS: RankBounds = { rankAllUpTo: 1000, newest: 400 };

/** The title's lexemes, as the expression index `search_docs_title_terms` holds them. */
const TITLE_TERMS = `ts_filter(terms, '{a}')`;

type RankedRow = { id: string; tier: Tier; score: number };

const and = (parts: readonly string[]) => parts.map((p) => `(${p})`).join(' & ');
const anyOf = (variants: readonly Variant[]) => variants.map((v) => lexeme(v.term)).join(' | ');

class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

const filtered = (query: ParsedQuery, facetSets: readonly string[][]) => facetSets.length > 0 || query.from !== undefined || query.to !== undefined;

/** The query's filters as SQL conditions on `search_docs` (every value must hold; dates inclusive). */
function filterSql(query: ParsedQuery, facetSets: readonly string[][], p: Params): string {
  const parts: string[] = [];
  if (query.from) parts.push(`day >= ${p.add(dayNumber(query.from))}`);
  if (query.to) parts.push(`day <= ${p.add(dayNumber(query.to))}`);
  for (const set of facetSets) parts.push(`facets && ${p.add(set)}::text[]`);
  return parts.length > 0 ? parts.map((c) => ` AND ${c}`).join('') : '';
}

/** Facets of names in the query that mean one entity only ("putin", "kim jong un"). */
function singleEntities(db: PgSync, query: ParsedQuery): string[] {
  const words = [...query.words, ...query.phrases].flatMap((t) => wordsOf(t)).map(plainWord).filter(Boolean);
  const grams: string[] = [];
  for (let n = Math.min(4, words.length); n >= 1; n--) for (let i = 0; i + n <= words.length; i++) grams.push(words.slice(i, i + n).join(' '));
  if (grams.length === 0) return [];
  const rows = db.query<{ form: string; facet: string }>('SELECT DISTINCT form, facet FROM search_names WHERE form = ANY($1) AND kind = ANY($2)', [grams, ENTITY_KINDS]);
  const byForm = new Map<string, Set<string>>();
  for (const r of rows) byForm.set(r.form, (byForm.get(r.form) ?? new Set()).add(r.facet));
  return [...new Set([...byForm.values()].filter((f) => f.size === 1).map((f) => [...f][0]!))].filter((f) => f.startsWith(entityFacet('')));
}

/** How many articles match, read from the index: no row's tsvector is read. */
function countMatches(db: PgSync, match: string, query: ParsedQuery, facetSets: readonly string[][]): number {
  const p = new Params();
  const q = p.add(match);
  return db.query<{ n: number }>(`SELECT COUNT(*)::int AS n FROM search_docs WHERE terms @@ ${q}::tsquery${filterSql(query, facetSets, p)}`, p.values)[0]?.n ?? 0;
}

export function rankInPostgres(db: PgSync, words: PgWords, names: PgNames, query: ParsedQuery, limit: number, bounds = RANK_BOUNDS): PgRanking {
  const filters = names.resolve(query);
  const ranking: PgRanking = { hits: [], total: 0, terms: [], corrections: [], unknownNames: filters.unknown, named: filters.named, onlyStopWords: false };
  if (filters.unknown.length > 0) return ranking;
  const groups = queryGroups(query);
  const order = query.sort === 'recency' ? 'day DESC, score DESC, id' : 'score DESC, day DESC, id';
  if (groups.length === 0) {
    ranking.onlyStopWords = query.words.length + query.phrases.length > 0;
    if (!filtered(query, filters.facetSets) || ranking.onlyStopWords) return ranking;
    const p = new Params();
    const where = filterSql(query, filters.facetSets, p);
    const rows = db.query<{ id: string; total: number }>(`SELECT id, COUNT(*) OVER ()::int AS total FROM search_docs WHERE TRUE${where} ORDER BY day DESC, id LIMIT ${p.add(limit)}`, p.values);
    return { ...ranking, total: rows[0]?.total ?? 0, hits: rows.map((r) => ({ id: r.id, score: 0, tier: 1 })) };
  }

  const exact = groups.map((g) => lexeme(g.term)).join(' & ');
  const inTitle = groups.map((g) => `${lexeme(g.term)}:A`);
  const phrases = query.phrases.map((ph) => termsOf(ph).map(lexeme).join(' <-> ')).filter(Boolean);
  const entities = singleEntities(db, query);

  /**
   * Ranks the matches of `match` (and counts them, and those of `strongMatch`: tiers 0–2). Past
   * `bounds.rankAllUpTo` matches only the likeliest are ranked: those whose title matches one of
   * `tierQueries`, and the newest of each. Ranking reads each row's whole tsvector, where finding and
   * counting matches reads the index: at 100k a common word's ranking took 400 ms. `atMost`, when known
   * (the rarest word's document count), spares the count of a query that cannot pass the bound; so does
   * `exactly`, a lone word's document count when nothing filters it.
   */
  const run = (match: string, tierSql: (p: Params) => string, tierQueries: readonly string[], strongMatch = match, atMost = Infinity, exactly?: number) => {
    const p = new Params();
    const q = p.add(match);
    const tier = tierSql(p);
    const score = [
      `ts_rank_cd('${WEIGHTS}', terms, ${q}::tsquery, ${NORMALISATION})`,
      `CASE WHEN terms @@ ${p.add(inTitle.join(' & '))}::tsquery THEN ${TITLE_WORDS} ELSE 0 END`,
      ...(groups.length > 1 ? [`CASE WHEN terms @@ ${p.add(inTitle.join(' <-> '))}::tsquery THEN ${TITLE_PHRASE} ELSE 0 END`] : []),
      ...(entities.length > 0 ? [`CASE WHEN facets && ${p.add(entities)}::text[] THEN ${ENTITY_LIFT} ELSE 0 END`] : []),
    ].join(' + ');
    const where = filterSql(query, filters.facetSets, p);
    const total = atMost <= bounds.rankAllUpTo ? undefined : (exactly ?? countMatches(db, match, query, filters.facetSets));
    if (total === undefined || total <= bounds.rankAllUpTo) {
      const rows = db.query<RankedRow & { total: number; strong: number }>(
        `SELECT id, tier, score, COUNT(*) OVER ()::int AS total, (COUNT(*) FILTER (WHERE tier <= 2) OVER ())::int AS strong FROM (
          SELECT id, day, ${tier} AS tier, ${score} AS score FROM search_docs WHERE terms @@ ${q}::tsquery${where}) s
        ORDER BY tier, ${order} LIMIT ${p.add(limit)}`,
        p.values,
      );
      return { rows, total: rows[0]?.total ?? 0, strong: rows[0]?.strong ?? 0 };
    }
    const newest = p.add(bounds.newest);
    const candidates = tierQueries.flatMap((tierQuery) => {
      const t = p.add(tierQuery);
      // `day + 0`: sorted after an index scan of the matches. Walking the day index instead, PostgreSQL read
      // each row's tsvector to test it, and a combination of two common words passed 23,000 rows for 1,000.
      return [`${TITLE_TERMS} @@ ${t}::tsquery`, `terms @@ ${t}::tsquery`].map((cond) => `(SELECT id FROM search_docs WHERE ${cond}${where} ORDER BY day + 0 DESC LIMIT ${newest})`);
    });
    const rows = db.query<RankedRow>(
      `SELECT id, tier, score FROM (
        SELECT id, day, ${tier} AS tier, ${score} AS score FROM search_docs WHERE id IN (${candidates.join(' UNION ')})) s
      ORDER BY tier, ${order} LIMIT ${p.add(limit)}`,
      p.values,
    );
    return { rows, total, strong: strongMatch === match ? total : countMatches(db, strongMatch, query, filters.facetSets) };
  };
  const phraseTier = (p: Params) => (phrases.length > 0 ? `CASE WHEN terms @@ ${p.add(and(phrases))}::tsquery THEN 0 ELSE 1 END` : '1');
  const exactQueries = [exact, ...(phrases.length > 0 ? [and(phrases)] : [])];
  const df = words.counts(groups.map((g) => g.term));
  const lone = groups.length === 1 && phrases.length === 0 && !filtered(query, filters.facetSets) ? (df.get(groups[0]!.term) ?? 0) : undefined;
  let ran = run(exact, phraseTier, exactQueries, exact, Math.min(...groups.map((g) => df.get(g.term) ?? 0)), lone);
  let rows = ran.rows;
  const exactTotal = ran.total;
  const used = new Set(groups.map((g) => g.term).filter((t) => df.has(t)));

  if (exactTotal < FEW) {
    const variants = words.variants(groups, df);
    const sizes = words.counts([...new Set([...variants.values()].flat().map((v) => v.term))]);
    const size = (g: Group) => variants.get(g)!.reduce((sum, v) => sum + (sizes.get(v.term) ?? 0), 0);
    // No more articles match every group than match its rarest.
    const atMost = (gs: readonly Group[]) => Math.min(...gs.map(size));
    const alternatives: string[] = [];
    const every = groups.every((g) => variants.get(g)!.length > 0);
    const close = every ? and(groups.map((g) => anyOf(variants.get(g)!))) : undefined;
    const closeAtMost = exactTotal + (close ? atMost(groups) : 0);
    let allAtMost = closeAtMost;
    if (close) alternatives.push(close);
    if (groups.length >= 2) {
      const rarest = groups.filter((g) => size(g) > 0).sort((a, b) => size(a) - size(b))[0];
      for (const left of rarest ? groups.filter((g) => g !== rarest) : []) {
        const rest = groups.filter((g) => g !== left);
        if (rest.every((g) => variants.get(g)!.length > 0)) {
          alternatives.push(and(rest.map((g) => anyOf(variants.get(g)!))));
          allAtMost += atMost(rest);
        }
      }
    }
    if (alternatives.length > 0) {
      const tiers = (p: Params) => `CASE WHEN terms @@ ${p.add(exact)}::tsquery THEN ${phraseTier(p)}${close ? ` WHEN terms @@ ${p.add(close)}::tsquery THEN 2` : ''} ELSE 3 END`;
      // Close spellings alone first: all words but one match far more (a common word alone), and every match
      // is ranked, so they are asked for only when close spellings found little (a typo query took 1.2 s at 100k).
      const strongMatch = close ? `(${exact}) | (${close})` : exact;
      if (close) ran = run(strongMatch, tiers, [...exactQueries, close], strongMatch, closeAtMost);
      if (!close || ran.strong < FEW) ran = run([exact, ...alternatives].map((a) => `(${a})`).join(' | '), tiers, [...exactQueries, ...alternatives], strongMatch, allAtMost);
      rows = ran.rows;
      const strong = ran.strong;
      // All words but one only when even close spellings found little.
      if (strong >= FEW) rows = rows.filter((r) => r.tier <= 2);
      const total = strong >= FEW ? strong : ran.total;
      if (total > exactTotal) {
        const corrections: Correction[] = [];
        for (const [g, list] of variants) {
          for (const v of list) used.add(v.term);
          if (!df.has(g.term) && list.length > 0) corrections.push({ word: g.surface, to: list.slice(0, 3).map((v) => v.term) });
        }
        ranking.corrections = corrections;
      }
      ranking.total = total;
    } else ranking.total = exactTotal;
  } else ranking.total = exactTotal;
  ranking.hits = rows.map((r) => ({ id: r.id, score: Number(r.score), tier: r.tier }));
  ranking.terms = [...used];
  return ranking;
}
