import type { PgSync } from '../../store/postgres/pg-sync.js';
import { plural } from '../../replies/wording.js';
import type { Suggestion } from '../article-search.js';
import { KINDS_FOR_FILTER, type NameKind } from '../name-directory.js';
import { FILTER_KEYS } from '../query-syntax.js';
import type { FilterKind } from '../search-filters.js';
import { plainText } from '../text-terms.js';
import type { PgNames } from './pg-search-names.js';

/**
 * Autocomplete from PostgreSQL, with the embedded completions' choices and wording: a filter value
 * being typed, else names for the last words, then titles holding words that start as typed (the
 * trigram index on the folded titles finds them), newest first.
 */
const NAME_KINDS: readonly NameKind[] = ['person', 'place', 'country', 'organisation'];
const MAX_CHOICE = 100;
const FILTER_AT_END = new RegExp(`(^|\\s)(${Object.keys(FILTER_KEYS).join('|')}):("?)([^"]*)$`, 'i');
const DATE_WORDS = ['today', 'yesterday', '7d', '30d', '1y'];
const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

export function createPgCompletions(db: PgSync, names: PgNames) {
  const titled = (typed: string, limit: number): { id: string; title: string }[] => {
    const needles = plainText(typed).split(' ').filter(Boolean);
    if (needles.length === 0 || limit <= 0) return [];
    const conditions = needles.map((_, i) => `plain_title LIKE $${i + 1}`).join(' AND ');
    return db.query<{ id: string; title: string }>(`SELECT id, title FROM search_docs WHERE ${conditions} ORDER BY day DESC, id DESC LIMIT $${needles.length + 1}`, [
      ...needles.map((w) => `% ${escapeLike(w)}%`),
      limit,
    ]);
  };
  const nameChoices = (kinds: readonly NameKind[], typed: string, limit: number, valueOf = (name: string) => name): Suggestion[] =>
    names
      .starting(plainText(typed), kinds, limit * 2)
      .map((r) => ({ label: `${r.name} · ${r.kind === 'dateline' ? 'place' : r.kind} · ${plural(r.count, 'article')}`.slice(0, MAX_CHOICE), value: valueOf(r.name) }))
      .filter((s) => s.value.length <= MAX_CHOICE)
      .filter((s, i, all) => all.findIndex((o) => o.value === s.value) === i)
      .slice(0, limit);

  return {
    suggest(prefix: string, limit: number): { id: string; title: string }[] {
      const needle = prefix.trim().toLowerCase();
      const chosen = needle ? db.query<{ id: string; title: string }>('SELECT id, title FROM search_docs WHERE id LIKE $1 ORDER BY day DESC, id DESC LIMIT $2', [`${escapeLike(needle)}%`, limit]) : [];
      // An id typed from memory: its words ("2023-09-13-putin-kim") are title words.
      const words = needle.replace(/\b\d{4}-\d{2}-\d{2}-?/, '').replace(/-[0-9a-f]{4}$/, '').replace(/-/g, ' ');
      for (const row of titled(words, limit)) if (chosen.length < limit && !chosen.some((c) => c.id === row.id)) chosen.push(row);
      return chosen;
    },
    completeName: (kind: FilterKind, text: string, limit: number) => nameChoices(KINDS_FOR_FILTER[kind], text, limit),
    complete(text: string, limit: number): Suggestion[] {
      const filter = FILTER_AT_END.exec(text);
      if (filter) {
        const head = text.slice(0, filter.index + filter[1]!.length);
        const key = filter[2]!.toLowerCase();
        const kind = FILTER_KEYS[key]!;
        const quote = (v: string) => (/\s/.test(v) ? `"${v}"` : v);
        if (kind === 'person' || kind === 'place' || kind === 'source') return nameChoices(KINDS_FOR_FILTER[kind], filter[4]!, limit, (name) => `${head}${key}:${quote(name)}`);
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
        for (const choice of nameChoices(NAME_KINDS, tail, Math.ceil(limit / 2), (name) => (head ? `${head} ${name}` : name))) if (!out.some((o) => o.value === choice.value)) out.push(choice);
      }
      for (const { title } of titled(text, limit - out.length)) if (!out.some((o) => o.value === title)) out.push({ label: title.slice(0, MAX_CHOICE), value: title.slice(0, MAX_CHOICE) });
      return out.slice(0, limit);
    },
  };
}
