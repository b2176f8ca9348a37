import { analysisVersionOf } from '../../articles/analysis-shelf.js';
import type { EnrichedArticle } from '../../articles/article.js';
import { dayNumber } from '../doc-table.js';
import { fieldTexts } from '../document-fields.js';
import type { NameKind } from '../name-directory.js';
import { plainText, slug, termsOf } from '../text-terms.js';

/**
 * An article as the PostgreSQL search stores it. The tsvector is written as a literal from our own
 * terms (`termsOf`: folding, stop words, stemming), not by a text search configuration, so a query
 * term meets exactly the lexemes the embedded index would hold; the fields keep the embedded index's
 * order of weight: title A, lead B, names C, body and source D.
 */
export interface SearchRow {
  id: string;
  /** Changes when anything searchable may have changed: text, analysis, row format. */
  stamp: string;
  day: number;
  title: string;
  /** The title's folded words with a space before each, so `LIKE '% wor%'` finds a word start. */
  plainTitle: string;
  terms: string;
  facets: string[];
  names: NameRow[];
}

export interface NameRow {
  facet: string;
  kind: NameKind;
  name: string;
  /** A plain form the name was written in ("kim jong un", "kim"). */
  form: string;
}

/** Bumped when the rows are written differently: stale rows are rewritten at start. */
const ROW_FORMAT = 1;
const FIELD_WEIGHTS = ['A', 'B', 'C', 'D', 'D'];
// PostgreSQL's limits: positions up to 16383, 256 of them per lexeme.
const MAX_POSITION = 16383;
const MAX_POSITIONS = 256;

export const entityFacet = (key: string) => `e:${key}`;
export const datelineFacet = (place: string) => `at:${slug(place)}`;
export const sourceFacet = (source: string) => `src:${slug(source)}`;

/** A lexeme quoted for a tsvector or tsquery literal. */
export function lexeme(term: string): string {
  return `'${term.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/** The weighted tsvector literal: a gap between fields, so a phrase never runs from one into the next. */
export function tsvectorOf(article: EnrichedArticle): string {
  const positions = new Map<string, string[]>();
  let position = 0;
  fieldTexts(article).forEach((text, f) => {
    for (const term of termsOf(text)) {
      position = Math.min(MAX_POSITION, position + 1);
      const list = positions.get(term) ?? [];
      if (list.length < MAX_POSITIONS) list.push(`${position}${FIELD_WEIGHTS[f]}`);
      positions.set(term, list);
    }
    position = Math.min(MAX_POSITION, position + 1);
  });
  return [...positions].map(([term, list]) => `${lexeme(term)}:${list.join(',')}`).join(' ');
}

function namesOf(article: EnrichedArticle): NameRow[] {
  const rows = new Map<string, NameRow>();
  const note = (facet: string, kind: NameKind, name: string, written: string) => {
    const form = plainText(written);
    if (form && !rows.has(`${facet}\n${form}`)) rows.set(`${facet}\n${form}`, { facet, kind, name, form });
  };
  for (const entity of article.analysis.entities) for (const form of [entity.name, ...entity.aliases]) note(entityFacet(entity.key), entity.type, entity.name, form);
  if (article.place) note(datelineFacet(article.place), 'dateline', article.place, article.place);
  for (const source of [article.source, article.via]) if (source) note(sourceFacet(source), 'source', source, source);
  return [...rows.values()];
}

// The version without reading a shelved analysis: a start compares every article's stamp.
export const stampOf = (article: EnrichedArticle): string => `${article.hash}:${analysisVersionOf(article)}:${ROW_FORMAT}`;

export function searchRowOf(article: EnrichedArticle): SearchRow {
  const names = namesOf(article);
  return {
    id: article.id,
    stamp: stampOf(article),
    day: dayNumber(article.date),
    title: article.title,
    plainTitle: ` ${plainText(article.title)}`,
    terms: tsvectorOf(article),
    facets: [...new Set(names.map((n) => n.facet))],
    names,
  };
}
