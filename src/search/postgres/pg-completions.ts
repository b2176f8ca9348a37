import type { PgSync } from '../../store/postgres/pg-sync.js';
import type { Suggestion } from '../article-search.js';
import { KINDS_FOR_FILTER } from '../name-directory.js';
import { completeQueryFrom, nameChoices, type CompletionSource } from '../query-completion.js';
import type { FilterKind } from '../search-filters.js';
import { plainText } from '../text-terms.js';
import type { PgNames } from './pg-search-names.js';

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Autocomplete from PostgreSQL: the lists for query-completion.ts, which decides the choices as for the
 * embedded index — names starting as typed, and titles holding words that start as typed (the trigram
 * index on the folded titles finds them), newest first.
 */
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
  const source: CompletionSource = {
    names: (kinds, typed, limit) => names.starting(plainText(typed), kinds, limit),
    titles: (typed, limit) => titled(typed, limit).map((row) => row.title),
  };

  return {
    suggest(prefix: string, limit: number): { id: string; title: string }[] {
      const needle = prefix.trim().toLowerCase();
      const chosen = needle ? db.query<{ id: string; title: string }>('SELECT id, title FROM search_docs WHERE id LIKE $1 ORDER BY day DESC, id DESC LIMIT $2', [`${escapeLike(needle)}%`, limit]) : [];
      // An id typed from memory: its words ("2023-09-13-putin-kim") are title words.
      const words = needle.replace(/\b\d{4}-\d{2}-\d{2}-?/, '').replace(/-[0-9a-f]{4}$/, '').replace(/-/g, ' ');
      for (const row of titled(words, limit)) if (chosen.length < limit && !chosen.some((c) => c.id === row.id)) chosen.push(row);
      return chosen;
    },
    completeName: (kind: FilterKind, text: string, limit: number) => nameChoices(source, KINDS_FOR_FILTER[kind], text, limit),
    complete: (text: string, limit: number): Suggestion[] => completeQueryFrom(source, text, limit),
  };
}
