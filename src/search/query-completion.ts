import type { Suggestion } from './article-search.js';
import { KINDS_FOR_FILTER, type NameKind } from './name-directory.js';
import { FILTER_KEYS } from './query-syntax.js';
import { plural } from '../replies/wording.js';

/**
 * What `/search` autocomplete offers, whichever index answers: a filter value being typed, else names for
 * the last words, then titles holding the words. The index gives only the raw lists (`CompletionSource`);
 * choices, wording and Discord's 100-character limit are decided here once.
 */
export interface CompletionSource {
  /** Names of these kinds starting as typed, most used first (at least `limit` when there are). */
  names(kinds: readonly NameKind[], typed: string, limit: number): { name: string; kind: NameKind; count: number }[];
  /** Titles holding a word starting with each typed word, newest first. */
  titles(typed: string, limit: number): string[];
}

export const NAME_KINDS: readonly NameKind[] = ['person', 'place', 'country', 'organisation'];
export const MAX_CHOICE = 100;
const FILTER_AT_END = new RegExp(`(^|\\s)(${Object.keys(FILTER_KEYS).join('|')}):("?)([^"]*)$`, 'i');
const DATE_WORDS = ['today', 'yesterday', '7d', '30d', '1y'];

export function nameChoices(source: CompletionSource, kinds: readonly NameKind[], typed: string, limit: number, valueOf = (name: string) => name): Suggestion[] {
  return source
    .names(kinds, typed, limit * 2)
    .map((r) => ({ label: `${r.name} · ${r.kind === 'dateline' ? 'place' : r.kind} · ${plural(r.count, 'article')}`.slice(0, MAX_CHOICE), value: valueOf(r.name) }))
    .filter((s) => s.value.length <= MAX_CHOICE)
    .filter((s, i, all) => all.findIndex((o) => o.value === s.value) === i)
    .slice(0, limit);
}

export function completeQueryFrom(source: CompletionSource, text: string, limit: number): Suggestion[] {
  const filter = FILTER_AT_END.exec(text);
  if (filter) {
    const head = text.slice(0, filter.index + filter[1]!.length);
    const key = filter[2]!.toLowerCase();
    const quote = (v: string) => (/\s/.test(v) ? `"${v}"` : v);
    const kind = FILTER_KEYS[key]!;
    if (kind === 'person' || kind === 'place' || kind === 'source') return nameChoices(source, KINDS_FOR_FILTER[kind], filter[4]!, limit, (name) => `${head}${key}:${quote(name)}`);
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
    for (const choice of nameChoices(source, NAME_KINDS, tail, Math.ceil(limit / 2), (name) => (head ? `${head} ${name}` : name))) {
      if (!out.some((o) => o.value === choice.value)) out.push(choice);
    }
  }
  for (const title of source.titles(text, limit - out.length)) {
    if (!out.some((o) => o.value === title)) out.push({ label: title.slice(0, MAX_CHOICE), value: title.slice(0, MAX_CHOICE) });
  }
  return out.slice(0, limit);
}
