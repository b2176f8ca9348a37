import { describe, expect, it } from 'vitest';
import { parseQuery } from '../src/search/query-syntax.js';
import { byTitle, fixtureArticles, searchServices, seedArticle, TODAY } from './fixtures/search/fixture-articles.js';

const articles = [...fixtureArticles(), seedArticle()];
const { search, clock } = searchServices(articles);
const titles = (query: string) => search.search(query, { limit: 100 }).hits.map((h) => h.article.title);
const dates = (query: string) => search.search(query, { limit: 100 }).hits.map((h) => h.article.date);

describe('search filters', () => {
  it('keeps articles on or after from:', () => {
    const found = dates('from:2023-09-13');
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((d) => d >= '2023-09-13')).toBe(true);
    expect(found).toContain('2023-09-13');
  });

  it('keeps articles on or before to:, and a month means all of it', () => {
    expect(dates('korea to:2023-08-31').every((d) => d <= '2023-08-31')).toBe(true);
    const september = dates('from:2023-09 to:2023-09');
    expect(september.length).toBe(articles.filter((a) => a.date.startsWith('2023-09')).length);
  });

  it('reads relative dates from the injected clock', () => {
    // The clock says 2023-09-21: yesterday is the 20th, when Putin met Wang Yi and the Fed held rates.
    expect(new Set(dates('from:yesterday to:yesterday'))).toEqual(new Set(['2023-09-20']));
    clock.set('2023-09-14T08:00:00Z');
    expect(dates('to:yesterday').every((d) => d <= '2023-09-13')).toBe(true);
    expect(dates('from:7d').every((d) => d >= '2023-09-07')).toBe(true);
    clock.set(TODAY);
  });

  it('filters by source, the agency a story came via included', () => {
    expect(titles('source:reuters')).toHaveLength(2);
    expect(titles('korea source:yonhap').every((t) => articles.find((a) => a.title === t)?.source === 'Yonhap')).toBe(true);
    // The seed is AJMEDIA's, reported via Tass.
    expect(titles('source:tass')).toContain(seedArticle().title);
  });

  it('filters by place: the dateline or a place the article names', () => {
    const vladivostok = titles('place:vladivostok');
    expect(vladivostok).toContain(byTitle(articles, 'Heavy rain').title);
    expect(vladivostok).not.toContain(byTitle(articles, 'Kim Jong-un').title);
    expect(titles('place:seoul')).toHaveLength(3);
    const northKorea = titles('place:"north korea"');
    expect(northKorea).toContain(byTitle(articles, 'North Korea fires').title);
    expect(northKorea).not.toContain(byTitle(articles, 'Central bank').title);
  });

  it('filters by person through names and aliases', () => {
    expect(titles('person:putin')).toContain(byTitle(articles, 'Putin hosts').title);
    expect(titles('person:"Kim Yo Jong"')).toEqual([byTitle(articles, 'Kim Yo Jong').title]);
    // "kim" names two people; the filter takes both.
    expect(titles('person:kim')).toEqual(expect.arrayContaining([byTitle(articles, 'Kim Yo Jong').title, byTitle(articles, 'Kim Jong-un').title]));
    expect(titles('person:erdogan grain')).toEqual([byTitle(articles, 'Zelenskyy').title]);
  });

  it('says which filter names nothing instead of silently ignoring it', () => {
    const page = search.search('talks person:"Xi Jinpeng"');
    expect(page.total).toBe(0);
    expect(page.unknownNames).toEqual([{ kind: 'person', value: 'Xi Jinpeng' }]);
    expect(search.closest(parseQuery('person:Putn', TODAY))).toContain('Vladimir Putin');
  });

  it('combines filters with words and with each other', () => {
    expect(titles('minister source:tass from:2023-09-01')).toEqual([byTitle(articles, 'Putin hosts').title]);
    expect(titles('minister source:tass to:2023-09-01')).toEqual([]);
  });

  it('sorts by date, newest first, on request', () => {
    const newest = dates('korea sort:recency');
    expect(newest).toEqual([...newest].sort().reverse());
    expect(newest.length).toBeGreaterThan(2);
  });
});
