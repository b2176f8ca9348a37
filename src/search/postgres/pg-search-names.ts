import type { PgSync } from '../../store/postgres/pg-sync.js';
import { editDistance } from '../fuzzy-terms.js';
import type { NameKind } from '../name-directory.js';
import type { ParsedQuery } from '../query-syntax.js';
import { filterValues, recordsFor, type UnknownName } from '../search-filters.js';
import { plainText } from '../text-terms.js';

/**
 * Names in PostgreSQL (`search_names`): filter values resolved to facets as the embedded directory
 * does (an exact form; for a surname every full name holding it too; else a form holding the words;
 * a source by its beginning), names for autocomplete, and the nearest names for "did you mean".
 */
export interface NameMatch {
  facet: string;
  kind: NameKind;
  name: string;
  count: number;
}

export interface PgFilters {
  /** Per filter value, the facets an article must hold one of. */
  facetSets: string[][];
  unknown: UnknownName[];
  named: string[];
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

// One name per facet: its longest written name, and how many articles hold it.
const GROUPED = `SELECT facet, MIN(kind) AS kind, (ARRAY_AGG(name ORDER BY length(name) DESC, name))[1] AS name, COUNT(DISTINCT id)::int AS count
  FROM search_names WHERE kind = ANY($1) AND`;

export function createPgNames(db: PgSync) {
  const exact = (plain: string, kinds: readonly NameKind[]) => db.query<NameMatch>(`${GROUPED} form = $2 GROUP BY facet`, [kinds, plain]);
  /** Forms holding these words in a row; the LIKE on the bare form lets the trigram index narrow first. */
  const containing = (plain: string, kinds: readonly NameKind[]) =>
    db.query<NameMatch>(`${GROUPED} form LIKE $2 AND ' ' || form || ' ' LIKE $3 GROUP BY facet`, [kinds, `%${escapeLike(plain)}%`, `% ${escapeLike(plain)} %`]);
  const starting = (plain: string, kinds: readonly NameKind[], limit = 1000) =>
    db.query<NameMatch>(`${GROUPED} ($2 = '' OR form LIKE $3) AND ' ' || form LIKE $4 GROUP BY facet ORDER BY count DESC, name LIMIT $5`, [
      kinds,
      plain,
      `%${escapeLike(plain)}%`,
      `% ${escapeLike(plain)}%`,
      limit,
    ]);

  return {
    exact,
    starting,
    resolve(query: ParsedQuery): PgFilters {
      const out: PgFilters = { facetSets: [], unknown: [], named: [] };
      for (const [kind, value] of filterValues(query)) {
        const records = recordsFor({ exact, containing, starting }, kind, plainText(value));
        if (records.length === 0) {
          out.unknown.push({ kind, value });
          continue;
        }
        out.facetSets.push(records.map((r) => r.facet));
        out.named.push(...new Set(records.map((r) => r.name)));
      }
      return out;
    },
    /** Names within a few edits of `plain` (whole forms or one of their words), the most used first. */
    nearest(plain: string, kinds: readonly NameKind[], limit: number): string[] {
      const max = Math.max(1, Math.min(3, Math.floor(plain.length / 3)));
      const rows = db.transaction(() => {
        db.run('SET LOCAL pg_trgm.word_similarity_threshold = 0.3');
        return db.query<{ name: string; form: string; count: number }>(
          `SELECT (ARRAY_AGG(name ORDER BY length(name) DESC))[1] AS name, form, COUNT(DISTINCT id)::int AS count
          FROM search_names WHERE kind = ANY($1) AND $2 <% form GROUP BY facet, form ORDER BY word_similarity($2, form) DESC LIMIT 200`,
          [kinds, plain],
        );
      });
      const scored = rows
        .map((r) => ({ ...r, best: Math.min(...[r.form, ...r.form.split(' ')].map((w) => editDistance(plain, w, max))) }))
        .filter((r) => r.best <= max)
        .sort((a, b) => a.best - b.best || b.count - a.count);
      return [...new Set(scored.map((r) => r.name))].slice(0, limit);
    },
  };
}

export type PgNames = ReturnType<typeof createPgNames>;
