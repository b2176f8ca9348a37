import { allowedEdits } from './fuzzy-terms.js';
import type { ParsedQuery } from './query-syntax.js';
import type { RankContext } from './ranker.js';
import type { TermIndex } from './term-index.js';
import { plainWord, termOf, wordsOf } from './text-terms.js';

/**
 * The words of a query as groups (one per distinct term) and, for the fallback, each group's variants:
 * the word itself, its close spellings and its completions, weighted below an exact match.
 */
export interface Group {
  surface: string;
  term: string;
}

export interface Variant {
  term: string;
  weight: number;
}

const CLOSE_WEIGHT = [1, 0.6, 0.35];
const PREFIX_WEIGHT = 0.4;
const MAX_VARIANTS = 8;
/** A word found in this many articles is more likely meant than a typo. */
const TRUSTED_DF = 3;

export function queryGroups(query: ParsedQuery): Group[] {
  const groups: Group[] = [];
  for (const word of [...query.words, ...query.phrases].flatMap((text) => wordsOf(text))) {
    const term = termOf(word);
    if (term !== undefined && !groups.some((g) => g.term === term)) groups.push({ surface: word, term });
  }
  return groups;
}

/** How much likelier a close spelling that is a name in the archive ("putin") is than a plain word ("put"). */
const NAME_ODDS = 4;

/**
 * The word itself (when indexed), its close spellings and, for longer words, its completions. The
 * variants of a word common in the archive count for less: it was probably meant as typed. Of the
 * close spellings, the likelier ones count more: a typo is a slip for a word the archive uses often,
 * a name above all ("putn" → Putin before "put", far before "pun").
 */
export function variantsOf(group: Group, terms: TermIndex, isName: (term: string) => boolean = () => false): Variant[] {
  const df = terms.df(group.term);
  const out: Variant[] = df > 0 ? [{ term: group.term, weight: 1 }] : [];
  // A common word is probably meant ("akin"), but may be a slip for another ("Atkins"): its close
  // spellings count for less.
  const damp = df >= TRUSTED_DF ? 0.5 : 1;
  // The stemmer reads a misspelt plural its own way ("compnaies" → "compnaie"), so the word's other
  // plausible singulars are tried too.
  const plain = plainWord(group.surface);
  const forms = new Set([group.term, plain.replace(/ies$/, 'y'), plain.replace(/e?s$/, '')].filter((f) => f.length >= 4));
  const nearest = new Map<string, number>();
  for (const form of forms) {
    for (const c of terms.close(form, allowedEdits(form))) nearest.set(c.term, Math.min(c.distance, nearest.get(c.term) ?? 9));
  }
  nearest.delete(group.term);
  const odds = (term: string) => terms.df(term) * (isName(term) ? NAME_ODDS : 1);
  const close = [...nearest]
    .map(([term, distance]) => ({ term, distance, odds: odds(term) }))
    .sort((a, b) => a.distance - b.distance || b.odds - a.odds)
    .slice(0, MAX_VARIANTS);
  // Where the likeliest spelling is a name the archive uses often ("putin" for "putn"), the rarer
  // spellings count for less, by how much rarer they are; otherwise every close spelling counts alike.
  const likeliest = close.reduce((best, c) => (c.odds > best.odds ? c : best), { term: '', odds: 0 });
  const nameLeads = likeliest.odds > 0 && isName(likeliest.term);
  const likelihood = (c: { term: string; odds: number }) => (nameLeads ? Math.sqrt(c.odds / likeliest.odds) : 1);
  for (const c of close) out.push({ term: c.term, weight: (CLOSE_WEIGHT[c.distance] ?? 0.2) * damp * likelihood(c) });
  out.sort((a, b) => b.weight - a.weight);
  if (group.term.length >= 4) {
    for (const term of terms.prefixed(group.term, 4)) if (!out.some((v) => v.term === term)) out.push({ term, weight: PREFIX_WEIGHT * damp });
  }
  return out;
}

/** Documents holding the group with the fewest documents (any of its variants). */
export function rarestDocs(ctx: RankContext, groups: readonly Group[], variants: ReadonlyMap<Group, Variant[]>): Set<number> {
  const size = (g: Group) => variants.get(g)!.reduce((sum, v) => sum + ctx.terms.df(v.term), 0);
  const rarest = groups.filter((g) => size(g) > 0).sort((a, b) => size(a) - size(b))[0];
  const out = new Set<number>();
  for (const v of rarest ? variants.get(rarest)! : []) ctx.terms.walk(v.term, ctx.docs.dead, (doc) => out.add(doc));
  return out;
}
