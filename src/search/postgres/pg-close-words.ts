import type { PgSync } from '../../store/postgres/pg-sync.js';
import { allowedEdits, editDistance } from '../fuzzy-terms.js';
import type { Group, Variant } from '../query-variants.js';
import { plainWord } from '../text-terms.js';

/**
 * The vocabulary in PostgreSQL (`search_words`, with document counts): which query terms the archive
 * holds, and close spellings of those it does not. Trigram similarity (pg_trgm, its index) proposes
 * candidates (`search_close_words`); the same edit distance as the embedded index decides, so "putn" finds "putin" on both.
 */
const CLOSE_WEIGHT = [1, 0.6, 0.35];
const PREFIX_WEIGHT = 0.4;
const MAX_VARIANTS = 8;
const TRUSTED_DF = 3;
const CANDIDATES = 60;

export function createPgCloseWords(db: PgSync) {
  const counts = (terms: readonly string[]): Map<string, number> =>
    new Map(terms.length === 0 ? [] : db.query<{ word: string; docs: number }>('SELECT word, docs FROM search_words WHERE word = ANY($1) AND docs > 0', [terms]).map((r) => [r.word, r.docs]));

  /** Words within `max` edits of each form, with their counts (one round trip for every form). */
  const close = (forms: readonly string[], max: (form: string) => number): { form: string; term: string; distance: number; docs: number }[] => {
    if (forms.length === 0) return [];
    const rows = db.query<{ form: string; word: string; docs: number }>('SELECT form, word, docs FROM search_close_words($1::text[], $2)', [forms, CANDIDATES]);
    return rows.map((r) => ({ form: r.form, term: r.word, docs: r.docs, distance: editDistance(r.form, r.word, max(r.form)) })).filter((r) => r.distance <= max(r.form));
  };

  /** Completions of each term (longer words starting with it), the most used first: one round trip. */
  const prefixed = (terms: readonly string[], limit: number): Map<string, string[]> => {
    const out = new Map<string, string[]>();
    if (terms.length === 0) return out;
    const rows = db.query<{ term: string; word: string }>(
      `SELECT t.term, w.word FROM unnest($1::text[], $2::text[]) AS t(term, pattern)
      CROSS JOIN LATERAL (SELECT word FROM search_words WHERE word LIKE t.pattern AND word <> t.term AND docs > 0 ORDER BY docs DESC, word LIMIT $3) w`,
      [terms, terms.map((t) => `${t.replace(/[\\%_]/g, (c) => `\\${c}`)}%`), limit],
    );
    for (const r of rows) out.set(r.term, [...(out.get(r.term) ?? []), r.word]);
    return out;
  };

  return {
    counts,
    close,
    /**
     * Each group's variants as the embedded `variantsOf` makes them: the word itself when indexed,
     * close spellings (nearest first, then the most used; less when the word itself is common),
     * completions. Unlike the embedded index, a word the archive uses often gets no close spellings:
     * it was meant as typed, and a trigram search for every common word would cost more than it finds.
     */
    variants(groups: readonly Group[], df: ReadonlyMap<string, number>): Map<Group, Variant[]> {
      const formsOf = new Map<Group, string[]>();
      for (const g of groups) {
        if ((df.get(g.term) ?? 0) >= TRUSTED_DF) continue;
        const plain = plainWord(g.surface);
        formsOf.set(g, [...new Set([g.term, plain.replace(/ies$/, 'y'), plain.replace(/e?s$/, '')].filter((f) => f.length >= 4))]);
      }
      const near = close([...new Set([...formsOf.values()].flat())], allowedEdits);
      const completions = prefixed(groups.filter((g) => g.term.length >= 4).map((g) => g.term), 4);
      const out = new Map<Group, Variant[]>();
      for (const g of groups) {
        const count = df.get(g.term) ?? 0;
        const list: Variant[] = count > 0 ? [{ term: g.term, weight: 1 }] : [];
        const damp = count >= TRUSTED_DF ? 0.5 : 1;
        const forms = new Set(formsOf.get(g) ?? []);
        const mine = near
          .filter((c) => forms.has(c.form) && c.term !== g.term)
          .sort((a, b) => a.distance - b.distance || b.docs - a.docs || (a.term < b.term ? -1 : 1))
          .filter((c, i, all) => all.findIndex((o) => o.term === c.term) === i)
          .slice(0, MAX_VARIANTS);
        for (const c of mine) list.push({ term: c.term, weight: (CLOSE_WEIGHT[c.distance] ?? 0.2) * damp });
        for (const term of completions.get(g.term) ?? []) if (!list.some((v) => v.term === term)) list.push({ term, weight: PREFIX_WEIGHT * damp });
        out.set(g, list);
      }
      return out;
    },
  };
}

export type PgWords = ReturnType<typeof createPgCloseWords>;
