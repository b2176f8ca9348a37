import { resolveDate } from './date-filter.js';

/**
 * What a member typed in `/search`, taken apart: free words, "quoted phrases" and filters
 * (`from:` `to:` dates, `source:`, `place:`, `person:`, `sort:`). Filter values with spaces are quoted
 * (`person:"Kim Jong Un"`). `formatQuery` writes the canonical text back (dates resolved to days), so a
 * search can be replayed exactly from a button even after midnight has moved "yesterday".
 */
export type SortOrder = 'relevance' | 'recency';

export interface ParsedQuery {
  /** Words outside quotes, as typed (stop words included; the ranker drops them). */
  words: string[];
  phrases: string[];
  /** Inclusive ISO days. */
  from?: string;
  to?: string;
  sources: string[];
  places: string[];
  persons: string[];
  sort: SortOrder;
  /** The member's mistakes, in words ("I could not read the date “blue” in from:"). */
  problems: string[];
}

/** Every filter key a member may type, with its aliases; autocomplete reads the same list. */
export const FILTER_KEYS: Readonly<Record<string, 'from' | 'to' | 'source' | 'place' | 'person' | 'sort'>> = {
  from: 'from', since: 'from',
  to: 'to', until: 'to',
  source: 'source', via: 'source',
  place: 'place', in: 'place',
  person: 'person', who: 'person',
  sort: 'sort',
};

const TOKEN = /([A-Za-z]+):(?:"([^"]*)"?|(\S+))|"([^"]*)"?|(\S+)/g;

function emptyQuery(): ParsedQuery {
  return { words: [], phrases: [], sources: [], places: [], persons: [], sort: 'relevance', problems: [] };
}

function parseSort(value: string): SortOrder | undefined {
  const v = value.trim().toLowerCase();
  if (/^(recen(cy|t)|new(est)?|latest|date)$/.test(v)) return 'recency';
  if (/^(relevan(ce|t)|best|score)$/.test(v)) return 'relevance';
  return undefined;
}

/** Applies one filter to `query` (used for query text and for the command's options alike). */
export function applyFilter(query: ParsedQuery, key: string, rawValue: string, now: Date): boolean {
  const kind = FILTER_KEYS[key.toLowerCase()];
  const value = rawValue.trim().replace(/\s+/g, ' ');
  if (!kind) return false;
  if (!value) {
    query.problems.push(`${key}: needs a value.`);
    return true;
  }
  if (kind === 'from' || kind === 'to') {
    const day = resolveDate(value, now, kind === 'from' ? 'start' : 'end');
    if (day) query[kind] = day;
    else query.problems.push(`I could not read the date “${value}” in ${key}: (try 2023-09-01, 2023-09, yesterday or 7d).`);
  } else if (kind === 'sort') {
    const sort = parseSort(value);
    if (sort) query.sort = sort;
    else query.problems.push(`sort: is relevance or recency, not “${value}”.`);
  } else {
    const list = kind === 'source' ? query.sources : kind === 'place' ? query.places : query.persons;
    if (!list.some((v) => v.toLowerCase() === value.toLowerCase())) list.push(value);
  }
  return true;
}

export function parseQuery(text: string, now: Date): ParsedQuery {
  const query = emptyQuery();
  for (const m of text.matchAll(TOKEN)) {
    const [, key, quotedValue, plainValue, phrase, word] = m;
    if (key !== undefined) {
      if (applyFilter(query, key, quotedValue ?? plainValue ?? '', now)) continue;
      // Not a filter we know: `title:"kim jong"` is the word and the phrase a reader would see, and a word
      // never holds a space (it would not survive `formatQuery`).
      if (quotedValue === undefined) query.words.push(m[0].replace(/"/g, ''));
      else {
        query.words.push(key);
        const clean = quotedValue.trim().replace(/\s+/g, ' ');
        if (clean) query.phrases.push(clean);
      }
    } else if (phrase !== undefined) {
      const clean = phrase.trim().replace(/\s+/g, ' ');
      if (clean) query.phrases.push(clean);
    } else if (word !== undefined) query.words.push(word);
  }
  if (query.from && query.to && query.from > query.to) query.problems.push(`from: ${query.from} is after to: ${query.to}.`);
  return query;
}

function quoteIfNeeded(value: string): string {
  return /[\s:]/.test(value) ? `"${value.replace(/"/g, '')}"` : value.replace(/"/g, '');
}

/** The canonical text of a query: parsing it again gives the same query, whatever the day. */
export function formatQuery(query: ParsedQuery): string {
  const parts = [...query.words, ...query.phrases.map((p) => `"${p.replace(/"/g, '')}"`)];
  if (query.from) parts.push(`from:${query.from}`);
  if (query.to) parts.push(`to:${query.to}`);
  for (const s of query.sources) parts.push(`source:${quoteIfNeeded(s)}`);
  for (const p of query.places) parts.push(`place:${quoteIfNeeded(p)}`);
  for (const p of query.persons) parts.push(`person:${quoteIfNeeded(p)}`);
  if (query.sort === 'recency') parts.push('sort:recency');
  return parts.join(' ');
}

/** The query's words and phrases, for titles ("Search: kim jong un"). */
export function queryText(query: ParsedQuery): string {
  return [...query.words, ...query.phrases.map((p) => `“${p}”`)].join(' ');
}

/** The filters in words ("from 2023-09-01 · person Kim Jong Un · newest first"), or ''. */
export function describeFilters(query: ParsedQuery): string {
  const parts: string[] = [];
  if (query.from && query.to) parts.push(query.from === query.to ? `on ${query.from}` : `${query.from} to ${query.to}`);
  else if (query.from) parts.push(`from ${query.from}`);
  else if (query.to) parts.push(`up to ${query.to}`);
  for (const s of query.sources) parts.push(`source ${s}`);
  for (const p of query.places) parts.push(`place ${p}`);
  for (const p of query.persons) parts.push(`person ${p}`);
  if (query.sort === 'recency') parts.push('newest first');
  return parts.join(' · ');
}

export function hasCriteria(query: ParsedQuery): boolean {
  return query.words.length + query.phrases.length + query.sources.length + query.places.length + query.persons.length > 0 || !!query.from || !!query.to;
}
