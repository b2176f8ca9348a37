import type { DocTable } from './doc-table.js';
import { dayNumber } from './doc-table.js';
import { KINDS_FOR_FILTER, type NameDirectory, type NameKind } from './name-directory.js';
import type { ParsedQuery } from './query-syntax.js';
import type { RankScratch } from './rank-scratch.js';
import type { TermIndex } from './term-index.js';
import { plainText } from './text-terms.js';

export type FilterKind = keyof typeof KINDS_FOR_FILTER;

export interface UnknownName {
  kind: FilterKind;
  value: string;
}

/**
 * The filters of a query made concrete: which documents the `source:`, `place:` and `person:` values
 * allow (each value may name several records, e.g. `person:kim` → every Kim; different values must all
 * hold), and the day range. Values that name nothing in the index are reported, not silently dropped.
 */
export interface ResolvedFilters {
  allowed?: Uint8Array;
  fromDay: number;
  toDay: number;
  unknown: UnknownName[];
  /** Display names each value resolved to, for the reply. */
  named: string[];
}

/** Each filter value of a query with its kind, sources first. */
export function filterValues(query: ParsedQuery): [FilterKind, string][] {
  return [
    ...query.sources.map((v) => ['source', v] as [FilterKind, string]),
    ...query.places.map((v) => ['place', v] as [FilterKind, string]),
    ...query.persons.map((v) => ['person', v] as [FilterKind, string]),
  ];
}

/** How an index looks names up; the embedded directory and PostgreSQL's `search_names` both answer it. */
export interface NameLookups<R extends { facet: string }> {
  exact(plain: string, kinds: readonly NameKind[]): R[];
  containing(plain: string, kinds: readonly NameKind[]): R[];
  starting(plain: string, kinds: readonly NameKind[]): R[];
}

/**
 * The names a filter value means, on either index: its exact form; for a lone surname also every full
 * name holding it; else forms holding its words; a source also by its beginning. None: an unknown name.
 */
export function recordsFor<R extends { facet: string }>(names: NameLookups<R>, kind: FilterKind, plain: string): R[] {
  if (!plain) return [];
  const kinds = KINDS_FOR_FILTER[kind];
  let records = names.exact(plain, kinds);
  // A surname finds every full name that holds it, even in articles that never write it alone
  // ("person:zelensky" → "Volodymir Zelensky" too).
  if (kind === 'person' && records.length > 0 && !plain.includes(' ')) {
    const facets = new Set(records.map((r) => r.facet));
    records = [...records, ...names.containing(plain, kinds).filter((r) => !facets.has(r.facet))];
  }
  if (records.length === 0) records = names.containing(plain, kinds);
  if (records.length === 0 && kind === 'source') records = names.starting(plain, kinds);
  return records;
}

export function resolveFilters(query: ParsedQuery, names: NameDirectory, terms: TermIndex, docs: DocTable, scratch?: RankScratch): ResolvedFilters {
  const out: ResolvedFilters = {
    fromDay: query.from ? dayNumber(query.from) : -Infinity,
    toDay: query.to ? dayNumber(query.to) : Infinity,
    unknown: [],
    named: [],
  };
  for (const [kind, value] of filterValues(query)) {
    const records = recordsFor(names, kind, plainText(value));
    if (records.length === 0) {
      out.unknown.push({ kind, value });
      continue;
    }
    // The first value marks straight into `allowed`; later ones mark aside and intersect.
    const mark = out.allowed ? scratch?.mark : scratch?.allowed;
    const target = mark ? mark.fill(0, 0, docs.size) : new Uint8Array(docs.size);
    for (const record of records) terms.walk(record.facet, docs.dead, (doc) => (target[doc] = 1));
    if (out.allowed) for (let d = 0; d < docs.size; d++) out.allowed[d] = out.allowed[d]! & target[d]!;
    else out.allowed = target;
    out.named.push(...new Set(records.map((r) => r.name)));
  }
  return out;
}

/** Whether a live document passes the filters. */
export function passes(filters: ResolvedFilters, docs: DocTable, doc: number): boolean {
  if (filters.allowed && filters.allowed[doc] !== 1) return false;
  const day = docs.dates[doc]!;
  return day >= filters.fromDay && day <= filters.toDay;
}
