import { describe, expect, it } from 'vitest';
import { AnalysisShelf } from '../src/articles/analysis-shelf.js';
import { lexeme, searchRowOf, stampOf, tsvectorOf } from '../src/search/postgres/search-rows.js';
import { enriched } from './fixtures/search/fixture-articles.js';

const article = enriched({
  title: 'Lighthouse keeper retires',
  date: '2023-03-02',
  source: 'Harbour Gazette',
  place: 'Corran',
  paragraphs: ['The keeper of the Corran lighthouse retired on Friday after forty years.', 'Volunteers will tend the lamp until spring.'],
  entities: [{ key: 'person:mairi-lennox', type: 'person', name: 'Mairi Lennox', aliases: ['Lennox'], mentions: 2 }],
});

/** The positions and weights of one lexeme in a tsvector literal. */
function entry(vector: string, term: string): string[] {
  const m = new RegExp(`${lexeme(term)}:([0-9A-D,]+)`).exec(vector);
  return m ? m[1]!.split(',') : [];
}

describe('the rows PostgreSQL search stores', () => {
  it('weighs the title A, the lead B, the names C and the body D, with our own stems', () => {
    const vector = tsvectorOf(article);
    expect(entry(vector, 'lighthouse')[0]).toMatch(/A$/);
    expect(entry(vector, 'lighthouse').some((p) => p.endsWith('B'))).toBe(true);
    expect(entry(vector, 'lennox').every((p) => p.endsWith('C'))).toBe(true);
    expect(entry(vector, 'volunteer').map((p) => p.slice(-1))).toEqual(['B', 'D']);
    // Stop words are not lexemes: the same rule as the embedded index.
    expect(entry(vector, 'the')).toEqual([]);
  });

  it('leaves a gap between fields, so a phrase never runs from the title into the lead', () => {
    const vector = tsvectorOf(article);
    const last = Number(entry(vector, 'retire').find((p) => p.endsWith('A'))!.slice(0, -1));
    const firstLead = Math.min(...[...vector.matchAll(/:([0-9A-D,]+)/g)].flatMap((m) => m[1]!.split(',')).filter((p) => p.endsWith('B')).map((p) => Number(p.slice(0, -1))));
    expect(firstLead).toBeGreaterThan(last + 1);
  });

  it('keeps at most 256 positions of a word and none past 16383, as PostgreSQL requires', () => {
    const long = enriched({ title: 'Tide tables', date: '2023-03-02', paragraphs: [Array.from({ length: 20_000 }, (_, i) => (i % 2 ? 'tide' : `word${i}`)).join(' ')] });
    const vector = tsvectorOf(long);
    expect(entry(vector, 'tide').length).toBe(256);
    const positions = [...vector.matchAll(/:([0-9A-D,]+)/g)].flatMap((m) => m[1]!.split(',')).map((p) => Number(p.slice(0, -1)));
    expect(Math.max(...positions)).toBeLessThanOrEqual(16383);
  });

  it('quotes a lexeme for a literal', () => {
    expect(lexeme("o'neill")).toBe("'o''neill'");
    expect(lexeme('a\\b')).toBe("'a\\\\b'");
  });

  it('lists the facets filters match and the name forms autocomplete offers', () => {
    const row = searchRowOf(article);
    expect(row.facets.sort()).toEqual(['at:corran', 'e:person:mairi-lennox', 'src:harbour-gazette']);
    expect(row.names.filter((n) => n.facet === 'e:person:mairi-lennox').map((n) => n.form)).toEqual(['mairi lennox', 'lennox']);
    expect(row.plainTitle).toBe(' lighthouse keeper retires');
  });

  it('stamps a shelved article with its stored version, without reading its analysis (a start stamps every article)', () => {
    const reads: string[] = [];
    const shelf = new AnalysisShelf({ analysisOf: (id) => (reads.push(id), article.analysis) });
    const { analysis: _analysis, ...metadata } = article;
    const lean = shelf.lean(metadata, 7);
    expect(stampOf(lean)).toBe(stampOf({ ...article, analysis: { ...article.analysis, version: 7 } }));
    expect(reads).toEqual([]);
  });
});
