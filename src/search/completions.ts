import type { Suggestion } from './article-search.js';
import { KINDS_FOR_FILTER, type NameKind, type NameRecord } from './name-directory.js';
import { allowedEdits, editDistance, letterMask, popcount } from './fuzzy-terms.js';
import type { ParsedQuery } from './query-syntax.js';
import type { FilterKind } from './search-filters.js';
import { completeQueryFrom, NAME_KINDS, nameChoices, type CompletionSource } from './query-completion.js';
import type { SearchIndex } from './search-index.js';
import { plainText, plainWord, termOf, wordsOf } from './text-terms.js';
import { topByKey } from './top-hits.js';

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


/** Documents whose title has a word starting with each typed word, newest first. */
function titleDocs(ctx: CompletionContext, typed: string, limit: number): number[] {
  const needles = plainText(typed).split(' ').filter(Boolean).map((w) => ` ${w}`);
  const { titles, dead } = ctx.index.docs;
  const out: number[] = [];
  for (const doc of ctx.newestFirst()) {
    if (out.length >= limit) break;
    if (dead[doc] === 1) continue;
    const title = titles.at(doc)!;
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

/** The embedded index as a completion source. */
function sourceOf(ctx: CompletionContext): CompletionSource {
  return {
    names: (kinds, typed, limit) => ranked(ctx.index.names.starting(plainText(typed), kinds), limit),
    titles: (typed, limit) => titleDocs(ctx, typed, limit).flatMap((doc) => ctx.titleOf(doc) ?? []),
  };
}

export function completeFilter(ctx: CompletionContext, kind: FilterKind, typed: string, limit: number): Suggestion[] {
  return nameChoices(sourceOf(ctx), KINDS_FOR_FILTER[kind], typed, limit);
}

/** `/search` query: a filter value being typed, else names for the last words, then titles. */
export function completeQuery(ctx: CompletionContext, text: string, limit: number): Suggestion[] {
  return completeQueryFrom(sourceOf(ctx), text, limit);
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
