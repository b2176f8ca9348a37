import { describe, expect, it } from 'vitest';
import type { EnrichedArticle } from '../src/articles/article.js';
import { Archive } from '../src/articles/archive.js';
import { EntityDirectory } from '../src/briefing/entity-directory.js';
import { rolesOf } from '../src/briefing/entity-facts.js';
import { newRecord, type RoleSighting } from '../src/briefing/entity-record.js';
import { toArticle } from '../src/ingest/to-article.js';
import { analyze } from '../src/language/pipeline.js';

function article(title: string, date: string, body: string): EnrichedArticle {
  const parsed = toArticle({ origin: `test:${title}`, title, date, body, fallbackTime: new Date(0) }, new Date('2024-06-10T00:00:00Z')).article;
  return { ...parsed, analysis: analyze(parsed) };
}

const sightedTitles = (a: EnrichedArticle, key: string): string[] => {
  const directory = new EntityDirectory(new Archive([a]));
  return directory.members(key).flatMap((r) => r.roles.map((s) => s.title));
};

describe('roles told of the past', () => {
  it('dates no office by a sentence that states a time more than a month before the article', () => {
    const recalled = article('Trade talks resume', '2024-05-20', 'In March 2021, Prime Minister Dana Holt visited the port of Ostrava. The talks resumed on Monday.');
    expect(sightedTitles(recalled, 'person:dana-holt')).toEqual([]);
    const recent = article('Trade talks resume', '2024-05-20', 'On Monday, Prime Minister Dana Holt visited the port of Ostrava.');
    expect(sightedTitles(recent, 'person:dana-holt')).toEqual(['Prime Minister']);
    const former = article('Trade talks resume', '2024-05-20', 'In March 2021, former Prime Minister Dana Holt visited the port of Ostrava.');
    expect(sightedTitles(former, 'person:dana-holt')).toEqual(['Prime Minister']);
  });

  it('dates no office by the caption of a photo gallery', () => {
    const gallery = article('Holt through the years', '2024-05-20', 'Hide Caption 3 of 9 Photos: Prime Minister Dana Holt waves outside the palace. The talks resumed on Monday.');
    expect(sightedTitles(gallery, 'person:dana-holt')).toEqual([]);
  });
});

describe('descriptions are no offices', () => {
  const sighting = (title: string, n: number): RoleSighting => ({ title, former: false, date: `2024-0${n}-01`, articleId: `a${n}`, sentence: 0 });

  it('shows no role ranked among peers ("top leader", "senior official") beside a real one', () => {
    const record = newRecord('person:dana-holt', 'person');
    record.roles = [sighting('Freedonia’s top leader', 1), sighting('Freedonia’s top leader', 2), sighting('Freedonian President', 3), sighting('Freedonian President', 4)];
    expect(rolesOf([record]).map((l) => l.title)).toEqual(['Freedonian President']);
  });
});
