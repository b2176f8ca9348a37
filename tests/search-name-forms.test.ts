import { describe, expect, it } from 'vitest';
import type { EnrichedArticle } from '../src/articles/article.js';
import { analyze } from '../src/language/pipeline.js';
import { enriched, searchServices } from './fixtures/search/fixture-articles.js';

/** Articles written for this test, analysed by the real pipeline. */
const article = (title: string, body: string, date = '2023-05-02'): EnrichedArticle => {
  const base = enriched({ title, date, source: 'Desk Wire', paragraphs: [body] });
  return { ...base, analysis: analyze(base) };
};

const spellings = [
  article('Troops cheer a visit to the front', 'Ukrainian President Volodymyr Zelenskyy visited troops near the river on Monday. Zelenskyy thanked the medics.'),
  article('Allies meet in Berlin', 'Volodymyr Zelensky met European leaders in Berlin on Tuesday. Zelensky asked for more shells.'),
  article('A plea for air defence', 'Volodymyr Zelenskiy asked for more air defence systems on Friday.'),
  // The full name only, with a misspelt given name: no article form is the surname alone.
  article('An address by video', 'Ukrainian President Volodymir Zelensky addressed the summit by video link.'),
];
const putin = [
  article('Kremlin hosts talks', 'Russian President Vladimir Putin hosted talks in Moscow on Monday. Putin said the talks went well.'),
  article('Summit date set', 'Vladimir Putin will meet the Chinese leader in June, the Kremlin said. Putin has not travelled since March.'),
];
const others = [
  article('Farmers fix fences', 'Farmers put new fences up after the storm and put the cattle back in the fields.'),
  article('School adds a new wing', 'The council put the plan to a vote and builders put up the frame in a week.'),
  article('A road reopens', 'Crews put down fresh asphalt and the mayor put the cost at two million.'),
  article('Museum reopens', 'Workers put the paintings back on the walls after the repairs.'),
  article('A pun too far', 'The headline writer chose a pun that readers did not enjoy.'),
];
const { search } = searchServices([...spellings, ...putin, ...others]);
const ids = (query: string) => search.search(query, { limit: 20 }).hits.map((h) => h.article.id).sort();

describe('search by any form of a name', () => {
  it('finds the same articles whichever transliteration is typed, as a word or as person:', () => {
    const all = spellings.map((a) => a.id).sort();
    for (const query of ['zelensky', 'zelenskyy', 'Zelenskiy', 'person:Zelensky', 'person:Zelenskyy']) {
      expect(ids(query), query).toEqual(all);
    }
    // The full name with its given name as typed: every ending of the surname, not another given name.
    expect(ids('person:"Volodymyr Zelenskiy"')).toEqual(spellings.slice(0, 3).map((a) => a.id).sort());
  });

  it('expands a typo toward a name the archive uses, ahead of commoner short words', () => {
    const page = search.search('putn', { limit: 5 });
    expect(page.corrections[0]?.to[0]).toBe('putin');
    expect(page.hits.slice(0, 2).map((h) => h.article.id).sort()).toEqual(putin.map((a) => a.id).sort());
  });
});
