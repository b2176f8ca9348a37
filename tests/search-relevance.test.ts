import { describe, expect, it } from 'vitest';
import { byTitle, enriched, fixtureArticles, searchServices, seedArticle } from './fixtures/search/fixture-articles.js';

const articles = [...fixtureArticles(), seedArticle()];
const { search } = searchServices(articles);
const ids = (query: string) => search.search(query).hits.map((h) => h.article.id);
const kimSub = byTitle(articles, 'Kim Jong-un inspects').id;

describe('search relevance', () => {
  it('finds a person whatever form of the name the query uses', () => {
    for (const query of ['kim jong un', 'Kim Jong-un', 'KIM JONG UN', 'kim-jong-un']) {
      const hits = search.search(query).hits;
      expect(hits.slice(0, 2).map((h) => h.article.id).sort(), query).toEqual([kimSub, seedArticle().id].sort());
      expect(hits.slice(0, 2).every((h) => h.kind === 'exact')).toBe(true);
      // His sister shares two of the three words: at most a partial match, after his articles.
      expect(hits.slice(2).every((h) => h.kind === 'partial')).toBe(true);
    }
  });

  it('folds accents, so "erdogan" finds Erdoğan', () => {
    expect(ids('erdogan')[0]).toBe(byTitle(articles, 'Zelenskyy and Erdoğan').id);
    expect(ids('Zelensky grain')[0]).toBe(byTitle(articles, 'Zelenskyy and Erdoğan').id);
  });

  it('finds an article through the names its analysis holds, even when the text uses another form', () => {
    const shortForm = enriched({
      title: 'Pyongyang leader visits tractor factory',
      date: '2023-09-02',
      source: 'Yonhap',
      paragraphs: ['The North Korean leader toured a tractor factory on Saturday. Mr Kim urged workers to double output before the harvest.'],
      entities: [{ key: 'person:kim-jong-un', type: 'person', name: 'Kim Jong Un', aliases: ['Kim'], mentions: 1 }],
    });
    const own = searchServices([...articles, shortForm]).search;
    expect(own.search('kim jong un').hits.map((h) => h.article.id)).toContain(shortForm.id);
  });

  it('takes a surname alone for the one person it names, ahead of passing mentions', () => {
    const hits = ids('putin');
    expect(hits[0]).toBe(byTitle(articles, 'Putin hosts').id);
    expect(hits).toContain(seedArticle().id);
  });

  it('finds every Kim for "kim", since the surname is ambiguous', () => {
    expect(ids('kim')).toEqual(expect.arrayContaining([kimSub, byTitle(articles, 'Kim Yo Jong').id, seedArticle().id]));
  });

  it('weighs the title above the body', () => {
    // "submarine" is in one title; the seed never says it. "typhoon" is in a title and its body.
    expect(ids('submarine')[0]).toBe(kimSub);
    const typhoon = search.search('typhoon').hits[0]!;
    expect(typhoon.article.title).toMatch(/typhoon/);
  });

  it('lets stop words cost nothing', () => {
    const plain = search.search('leaflet balloons');
    const wordy = search.search('the leaflet of the balloons');
    expect(wordy.hits.map((h) => [h.article.id, h.score])).toEqual(plain.hits.map((h) => [h.article.id, h.score]));
    const onlyStop = search.search('the of and');
    expect(onlyStop.total).toBe(0);
    expect(onlyStop.onlyStopWords).toBe(true);
  });

  it('ranks exact phrase matches before articles that only hold the words apart', () => {
    const page = search.search('"short-range ballistic"');
    const seoul = byTitle(articles, 'Seoul tests new interceptor');
    const ids = page.hits.map((h) => h.article.id);
    expect(page.hits[0]!.kind).toBe('phrase');
    expect(ids.indexOf(seoul.id)).toBeGreaterThan(ids.indexOf(byTitle(articles, 'North Korea fires').id));
    expect(page.hits.find((h) => h.article.id === seoul.id)?.kind).toBe('exact');
    // Without quotes the words need not be together, and the interceptor story holds all three.
    expect(search.search('short range ballistic').hits.map((h) => h.article.id)).toContain(seoul.id);
  });

  it('forgives typos when the exact words find nothing', () => {
    const putn = search.search('putn');
    expect(putn.hits[0]!.article.title).toMatch(/^Putin hosts/);
    expect(putn.hits[0]!.kind).toBe('close');
    expect(putn.corrections).toEqual([{ word: 'putn', to: expect.arrayContaining(['putin']) }]);
    expect(search.search('vladivostock').hits[0]!.article.title).toMatch(/Vladivostok/);
    expect(search.search('submarin sinpo').hits[0]!.article.id).toBe(kimSub);
  });

  it('puts exact hits first, close spellings only after them', () => {
    // "laid" is in one article; "said", "paid"... are one letter away in many.
    const page = search.search('laid');
    expect(page.hits[0]!.article.title).toMatch(/^Central bank/);
    expect(page.hits[0]!.kind).toBe('exact');
    expect(page.hits.length).toBeGreaterThan(1);
    expect(page.hits.slice(1).every((h) => h.kind === 'close')).toBe(true);
  });

  it('tries no close spellings when the exact words find enough', () => {
    const page = search.search('said');
    expect(page.total).toBeGreaterThanOrEqual(5);
    expect(page.hits.every((h) => h.kind === 'exact')).toBe(true);
    expect(page.hits.map((h) => h.article.title)).not.toContain(byTitle(articles, 'Central bank').title);
  });

  it('reports the terms that matched, close spellings included, for snippets', () => {
    expect(search.search('putn summit').hits.length).toBeGreaterThan(0);
    expect(search.search('putn').hits[0]!.terms).toContain('putin');
  });
});
