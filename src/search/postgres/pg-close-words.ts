import type { PgSync } from '../../store/postgres/pg-sync.js';
import { allowedEdits, editDistance } from '../fuzzy-terms.js';
import type { Group, Variant } from '../query-variants.js';
import { plainWord } from '../text-terms.js';

/**
 * The vocabulary in PostgreSQL (`search_words`, with document counts): which query terms the archive
 * holds, and close spellings of those it does not. Trigram similarity (pg_trgm, its index) proposes
 * candidates; the same edit distance as the embedded index decides, so "putn" finds "putin" on both.
 */
const CLOSE_WEIGHT = [1, 0.6, 0.35];
const PREFIX_WEIGHT = 0.4;
const MAX_VARIANTS = 8;
const TRUSTED_DF = 3;
// Trigrams share little between short words with one slip ("suace"/"sauce"): the bar is set low and
// the edit distance does the choosing.
const SIMILARITY = 0.2;
const CANDIDATES = 60;

export function createPgCloseWords(db: PgSync) {
  const counts = (terms: readonly string[]): Map<string, number> =>
    new Map(terms.length === 0 ? [] : db.query<{ word: string; docs: number }>('SELECT word, docs FROM search_words WHERE word = ANY($1) AND docs > 0', [terms]).map((r) => [r.word, r.docs]));

  /** Words within `max` edits of each form, with their counts (one round trip for every form). */
  const close = (forms: readonly string[], max: (form: string) => number): { term: string; distance: number; docs: number }[] => {
    if (forms.length === 0) return [];
    const rows = db.transaction(() => {
      db.run(`SET LOCAL pg_trgm.similarity_threshold = ${SIMILARITY}`);
      return db.query<{ form: string; word: string; docs: number }>(
        `SELECT f.form, w.word, w.docs FROM unnest($1::text[]) AS f(form)
        CROSS JOIN LATERAL (SELECT word, docs FROM search_words WHERE word % f.form AND docs > 0 ORDER BY word <-> f.form LIMIT ${CANDIDATES}) w`,
        [forms],
      );
    });
    const best = new Map<string, { term: string; distance: number; docs: number }>();
    for (const r of rows) {
      const distance = editDistance(r.form, r.word, max(r.form));
      if (distance > max(r.form)) continue;
      const seen = best.get(r.word);
      if (!seen || distance < seen.distance) best.set(r.word, { term: r.word, distance, docs: r.docs });
    }
    return [...best.values()];
  };

  /** Completions of a term (longer words starting with it), the most used first. */
  const prefixed = (term: string, limit: number) =>
    db.query<{ word: string }>("SELECT word FROM search_words WHERE word LIKE $1 AND word <> $2 AND docs > 0 ORDER BY docs DESC, word LIMIT $3", [`${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`, term, limit]).map((r) => r.word);

  return {
    counts,
    close,
    /**
     * A group's variants as the embedded `variantsOf` makes them: the word itself when indexed, close
     * spellings (nearest first, then the most used; less when the word itself is common), completions.
     */
    variants(group: Group, df: number): Variant[] {
      const out: Variant[] = df > 0 ? [{ term: group.term, weight: 1 }] : [];
      const damp = df >= TRUSTED_DF ? 0.5 : 1;
      const plain = plainWord(group.surface);
      const forms = [...new Set([group.term, plain.replace(/ies$/, 'y'), plain.replace(/e?s$/, '')].filter((f) => f.length >= 4))];
      const near = close(forms, allowedEdits)
        .filter((c) => c.term !== group.term)
        .sort((a, b) => a.distance - b.distance || b.docs - a.docs || (a.term < b.term ? -1 : 1))
        .slice(0, MAX_VARIANTS);
      for (const c of near) out.push({ term: c.term, weight: (CLOSE_WEIGHT[c.distance] ?? 0.2) * damp });
      if (group.term.length >= 4) for (const term of prefixed(group.term, 4)) if (!out.some((v) => v.term === term)) out.push({ term, weight: PREFIX_WEIGHT * damp });
      return out;
    },
  };
}

export type PgWords = ReturnType<typeof createPgCloseWords>;
