import { readAhead } from '../articles/analysis-shelf.js';
import { bodyText, type EnrichedArticle } from '../articles/article.js';
import { slug, termsOf } from './text-terms.js';

/**
 * What of an article is searchable, and how much each part weighs. Relevance is BM25F: a term's
 * frequency in each field, normalised by the field's length, weighted and summed, then saturated.
 * The title and the lead weigh most, then the names the language analysis found (people, places,
 * organisations with their aliases), then the body; the lead is also body, so it counts twice.
 * The result per term is one impact byte, so a query is only additions of stored numbers.
 */
const FIELDS = ['title', 'lead', 'names', 'body', 'meta'] as const;
const WEIGHTS = [3, 2, 1.5, 1, 1];
const LENGTH_NORM = [0.5, 0.5, 0.3, 0.75, 0];
const K1 = 1.2;
const LEAD_SENTENCES = 2;

/** Average field lengths in terms, measured on a sample of the archive when the index is built. */
export type FieldAverages = number[];
const DEFAULT_AVERAGES: FieldAverages = [8, 40, 10, 350, 2];

/** Facet terms live in the same postings as words, behind a character no word can hold. */
const FACET = '\u0001';
export const facetTerm = (kind: 'e' | 'at' | 'src', value: string): string => `${FACET}${kind}:${value.replace(/\s/g, '-')}`;
/** Facet terms sort before every word term: words start at the first term ≥ this. */
export const FIRST_WORD_TERM = '\u0002';

/** The texts of the fields, in FIELDS order (the PostgreSQL backend weighs the same texts). */
export function fieldTexts(article: EnrichedArticle): string[] {
  const { sentences, entities } = article.analysis;
  const lead = sentences.length > 0 ? sentences.slice(0, LEAD_SENTENCES).map((s) => s.text).join(' ') : (article.paragraphs[0] ?? '');
  const names = entities.flatMap((e) => [e.name, ...e.aliases]);
  if (article.place) names.push(article.place);
  return [article.title, lead, names.join(' · '), bodyText(article), [article.source, article.via].filter(Boolean).join(' · ')];
}

function fieldLengths(article: EnrichedArticle): number[] {
  return fieldTexts(article).map((text) => termsOf(text).length);
}

export function averageLengths(sample: readonly EnrichedArticle[], prefetch?: (ids: readonly string[]) => void): FieldAverages {
  if (sample.length === 0) return [...DEFAULT_AVERAGES];
  const sums = FIELDS.map(() => 0);
  for (const article of readAhead(sample, prefetch)) fieldLengths(article).forEach((n, f) => (sums[f]! += n));
  return sums.map((sum) => Math.max(1, sum / sample.length));
}

/** How prominent an entity is in the article, as an impact byte: more mentions, more weight. */
function prominence(mentions: number): number {
  const m = Math.max(1, mentions);
  return Math.round((255 * m) / (m + 2));
}

/** Every term of the article with its impact byte (1–255), facet terms included. */
export function documentImpacts(article: EnrichedArticle, averages: FieldAverages): Map<string, number> {
  const weighted = new Map<string, number>();
  fieldTexts(article).forEach((text, f) => {
    const terms = termsOf(text);
    if (terms.length === 0) return;
    const norm = 1 - LENGTH_NORM[f]! + (LENGTH_NORM[f]! * terms.length) / (averages[f] ?? 1);
    const step = WEIGHTS[f]! / norm;
    for (const term of terms) weighted.set(term, (weighted.get(term) ?? 0) + step);
  });
  const impacts = new Map<string, number>();
  for (const [term, wtf] of weighted) {
    const saturated = (wtf * (K1 + 1)) / (wtf + K1);
    impacts.set(term, Math.max(1, Math.min(255, Math.round((saturated / (K1 + 1)) * 255))));
  }
  for (const entity of article.analysis.entities) {
    const key = facetTerm('e', entity.key);
    impacts.set(key, Math.max(impacts.get(key) ?? 0, prominence(entity.mentions.length)));
  }
  if (article.place) impacts.set(facetTerm('at', slug(article.place)), 255);
  for (const source of [article.source, article.via]) if (source) impacts.set(facetTerm('src', slug(source)), 255);
  return impacts;
}
