import type { Suggestion } from './article-search.js';
import { KINDS_FOR_FILTER, type NameKind, type NameRecord } from './name-directory.js';
import { allowedEdits, editDistance, letterMask, popcount } from './fuzzy-terms.js';
import { FILTER_KEYS, type ParsedQuery } from './query-syntax.js';
import type { FilterKind } from './search-filters.js';
import type { SearchIndex } from './search-index.js';
import { plainText, plainWord, termOf, wordsOf } from './text-terms.js';
import { topByKey } from './top-hits.js';
import { plural } from '../replies/wording.js';

/**
 * Autocomplete and "did you mean". Plain scans over compact arrays (titles as folded text, names with
 * their forms): at 100k articles a scan is a few milliseconds, well inside Discord's 3 s and our 100 ms,
 * and it needs no second structure to keep in step or to store.
 */
export interface CompletionContext {
  index: SearchIndex;
  /** Live documents, newest first. */
  newestFirst(): readonly number[];
  titleOf(doc: number): string | undefined;
}

const NAME_KINDS: readonly NameKind[] = ['person', 'place', 'country', 'organisation'];
const MAX_CHOICE = 100;

const count = (n: number) => plural(n, 'article');

/** Documents whose title has a word starting with each typed word, newest first. */
function titleDocs(ctx: CompletionContext, typed: string, limit: number): number[] {
  const needles = plainText(typed).split(' ').filter(Boolean).map((w) => ` ${w}`);
  const { titles, dead } = ctx.index.docs;
  const out: number[] = [];
  for (const doc of ctx.newestFirst()) {
    if (out.length >= limit) break;
    if (dead[doc] === 1) continue;
    const title = titles[doc]!;
    if (needles.every((n) => title.includes(n))) out.push(doc);
  }
  return out;
}

/** `/article`: ids that start with what was typed, then titles that hold its words. */
export function suggestArticles(ctx: CompletionContext, typed: string, limit: number): { id: string; title: string }[] {
  const needle = typed.trim().toLowerCase();
  const { ids, dead } = ctx.index.docs;
  const chosen: number[] = [];
  if (needle) for (const doc of ctx.newestFirst()) if (chosen.length < limit && dead[doc] !== 1 && ids[doc]!.startsWith(needle)) chosen.push(doc);
  // An id typed from memory: its words ("2023-09-13-putin-kim") are title words.
  const words = needle.replace(/\b\d{4}-\d{2}-\d{2}-?/, '').replace(/-[0-9a-f]{4}$/, '').replace(/-/g, ' ');
  if (chosen.length < limit) for (const doc of titleDocs(ctx, words, limit)) if (!chosen.includes(doc) && chosen.length < limit) chosen.push(doc);
  if (chosen.length < limit && /^\d{4}-\d{2}-\d{2}-./.test(needle)) {
    // A mistyped id: the ids that share the longest beginning with it (at least its date).
    const shared = (id: string) => {
      let n = 0;
      while (n < id.length && id[n] === needle[n]) n++;
      return n;
    };
    const near = topByKey(ids.length, (i) => i, (i) => (dead[i] === 1 ? -1 : shared(ids[i]!)), limit);
    for (const doc of near) if (shared(ids[doc]!) >= 11 && !chosen.includes(doc) && chosen.length < limit) chosen.push(doc);
  }
  return chosen.map((doc) => ({ id: ids[doc]!, title: ctx.titleOf(doc) ?? ids[doc]! }));
}

/** The most used names first (ties alphabetical), without sorting every match. */
function ranked(records: readonly NameRecord[], limit: number): NameRecord[] {
  const order = topByKey(records.length, (i) => i, (i) => records[i]!.count, limit * 4);
  return order.map((i) => records[i]!).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)).slice(0, limit);
}

function nameChoices(ctx: CompletionContext, kinds: readonly NameKind[], typed: string, limit: number, valueOf = (name: string) => name): Suggestion[] {
  const records = ranked(ctx.index.names.starting(plainText(typed), kinds), limit * 2);
  return records
    .map((record) => ({ label: `${record.name} · ${record.kind === 'dateline' ? 'place' : record.kind} · ${count(record.count)}`.slice(0, MAX_CHOICE), value: valueOf(record.name) }))
    .filter((s) => s.value.length <= MAX_CHOICE)
    .filter((s, i, all) => all.findIndex((o) => o.value === s.value) === i)
    .slice(0, limit);
}

export function completeFilter(ctx: CompletionContext, kind: FilterKind, typed: string, limit: number): Suggestion[] {
  return nameChoices(ctx, KINDS_FOR_FILTER[kind], typed, limit);
}

const FILTER_AT_END = new RegExp(`(^|\\s)(${Object.keys(FILTER_KEYS).join('|')}):("?)([^"]*)$`, 'i');
const DATE_WORDS = ['today', 'yesterday', '7d', '30d', '1y'];

/** `/search` query: a filter value being typed, else names for the last words, then titles. */
export function completeQuery(ctx: CompletionContext, text: string, limit: number): Suggestion[] {
  const filter = FILTER_AT_END.exec(text);
  if (filter) {
    const head = text.slice(0, filter.index + filter[1]!.length);
    const key = filter[2]!.toLowerCase();
    const quote = (v: string) => (/\s/.test(v) ? `"${v}"` : v);
    const kind = FILTER_KEYS[key]!;
    if (kind === 'person' || kind === 'place' || kind === 'source') return nameChoices(ctx, KINDS_FOR_FILTER[kind], filter[4]!, limit, (name) => `${head}${key}:${quote(name)}`);
    const options = kind === 'sort' ? ['relevance', 'recency'] : DATE_WORDS;
    return options
      .filter((o) => o.startsWith(filter[4]!.toLowerCase()))
      .map((o) => ({ label: `${key}:${o}`, value: `${head}${key}:${o}` }))
      .filter((s) => s.value.length <= MAX_CHOICE);
  }
  const out: Suggestion[] = [];
  const words = text.trim().split(/\s+/).filter(Boolean);
  for (let n = Math.min(2, words.length); n >= 1 && out.length < limit / 2; n--) {
    const head = words.slice(0, words.length - n).join(' ');
    const tail = words.slice(words.length - n).join(' ');
    for (const choice of nameChoices(ctx, NAME_KINDS, tail, Math.ceil(limit / 2), (name) => (head ? `${head} ${name}` : name))) {
      if (!out.some((o) => o.value === choice.value)) out.push(choice);
    }
  }
  for (const doc of titleDocs(ctx, text, limit - out.length)) {
    const title = ctx.titleOf(doc);
    if (title && !out.some((o) => o.value === title)) out.push({ label: title.slice(0, MAX_CHOICE), value: title.slice(0, MAX_CHOICE) });
  }
  return out.slice(0, limit);
}

/** Names and spellings closest to a query that found nothing: unknown filter values, then words. */
export function closestTo(ctx: CompletionContext, query: ParsedQuery, unknown: { kind: FilterKind; value: string }[], limit: number): string[] {
  const out = new Set<string>();
  const names = ctx.index.names;
  const nearNames = (plain: string, kinds: readonly NameKind[]) => {
    const max = Math.max(1, Math.min(3, Math.floor(plain.length / 3)));
    const scored: { record: NameRecord; best: number }[] = [];
    const mask = letterMask(plain);
    for (const { record, forms } of names.withForms(kinds)) {
      let best = max + 1;
      for (const form of forms) {
        for (const word of [form, ...form.split(' ')]) {
          // Length and letters rule out nearly every name before the distance is computed.
          if (Math.abs(word.length - plain.length) > max || popcount(mask ^ letterMask(word)) > 2 * max) continue;
          best = Math.min(best, editDistance(plain, word, max));
        }
      }
      if (best <= max) scored.push({ record, best });
    }
    const nearest = scored.sort((a, b) => a.best - b.best || b.record.count - a.record.count).slice(0, limit);
    return nearest.map((s) => s.record.name);
  };
  for (const { kind, value } of unknown) for (const name of nearNames(plainText(value), KINDS_FOR_FILTER[kind])) out.add(name);
  for (const word of [...query.words, ...query.phrases].flatMap((w) => wordsOf(w))) {
    const term = termOf(word);
    if (term === undefined || ctx.index.terms.has(term)) continue;
    for (const name of nearNames(plainWord(word), NAME_KINDS)) out.add(name);
    const close = ctx.index.terms.close(term, allowedEdits(term) + 1).sort((a, b) => a.distance - b.distance || ctx.index.terms.df(b.term) - ctx.index.terms.df(a.term));
    for (const c of close.slice(0, 3)) out.add(c.term);
  }
  return [...out].slice(0, limit);
}
