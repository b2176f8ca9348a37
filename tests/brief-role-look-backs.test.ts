import { describe, expect, it } from 'vitest';
import type { EnrichedArticle } from '../src/articles/article.js';
import { Archive } from '../src/articles/archive.js';
import { EntityDirectory } from '../src/briefing/entity-directory.js';
import { rolesOf } from '../src/briefing/entity-facts.js';
import { newRecord, type RoleSighting } from '../src/briefing/entity-record.js';
import { toArticle } from '../src/ingest/to-article.js';
import { analyze } from '../src/language/pipeline.js';

/** A role sighting as an article files it: `n` tells apart articles of one day. */
const seen = (title: string, date: string, former = false, n = 0): RoleSighting => ({ title, former, date, articleId: `${date}-${title}-${n}`, sentence: 0 });

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

  it('dates an office by a sentence that names an event by its day ("the committee investigating May 9"), not one that tells it', () => {
    const named = article('Holt responds', '2024-05-20', 'The May 9, 2023, riot shook the port. Rep. Dana Holt, a member of the committee investigating May 9, responded on Monday.');
    expect(sightedTitles(named, 'person:dana-holt')).toEqual(['Rep.']);
    const told = article('Holt responds', '2024-05-20', 'The May 9, 2023, riot shook the port. On May 9, Rep. Dana Holt walked out of the chamber.');
    expect(sightedTitles(told, 'person:dana-holt')).toEqual([]);
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

  it('leaves out an office named plainly in one article after articles that call it former (a look back), keeps a return told more often', () => {
    const past = newRecord('person:ed-varga', 'person');
    // As news recalls a late president: "former" most often, now and then plainly ("when President Varga signed…").
    past.roles = [...[1, 2, 3].map((n) => seen('President', `2022-0${n}-10`, true, n)), seen('President', '2024-09-08'), seen('President', '2025-01-25', true), seen('President', '2025-06-05')];
    expect(rolesOf([past]).filter((l) => !l.former)).toEqual([]);
    expect(rolesOf([past]).length).toBeGreaterThan(0);
    const returned = newRecord('person:ed-varga', 'person');
    returned.roles = [...past.roles.slice(0, 3), seen('President', '2025-06-05'), seen('President', '2025-07-01', false, 1), seen('President', '2025-08-01', false, 2)];
    expect(rolesOf([returned]).map((l) => `${l.title}${l.former ? ' (former)' : ''} ${l.first}..${l.last}`)).toEqual(['President (former) 2022-01-10..2022-03-10', 'President 2025-06-05..2025-08-01']);
    // Once back in office, a later one-article spell of it stands.
    const later = newRecord('person:ed-varga', 'person');
    later.roles = [...returned.roles, seen('President', '2026-09-01', false, 2)];
    expect(rolesOf([later]).filter((l) => !l.former).map((l) => `${l.first}..${l.last}`)).toEqual(['2025-06-05..2025-08-01', '2026-09-01..2026-09-01']);
  });

  it('shows no title read on into the sentence\'s verb ("Duchess of Wessex won\'t be present")', () => {
    const record = newRecord('person:ada-lorne', 'person');
    record.roles = [seen('Duchess of Wessex won’t be present', '2022-05-06'), seen('Duchess of Wessex', '2022-06-03'), seen('Duchess of Wessex', '2022-07-03', false, 1)];
    expect(rolesOf([record]).map((l) => l.title)).toEqual(['Duchess of Wessex']);
  });
});
