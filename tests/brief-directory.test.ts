import { describe, expect, it } from 'vitest';
import type { EnrichedArticle } from '../src/articles/article.js';
import { Archive } from '../src/articles/archive.js';
import { EntityDirectory } from '../src/briefing/entity-directory.js';
import { rolesOf } from '../src/briefing/entity-facts.js';
import { companionsOf } from '../src/briefing/companions.js';
import { displayName, isLeader } from '../src/briefing/entity-record.js';
import { toArticle } from '../src/ingest/to-article.js';
import { analyze } from '../src/language/pipeline.js';
import { fixtureArchive, fixtureArticle } from './brief-fixtures.js';

function article(title: string, date: string, body: string): EnrichedArticle {
  const parsed = toArticle({ origin: `test:${title}`, title, date, body, fallbackTime: new Date(0) }, new Date('2024-06-10T00:00:00Z')).article;
  return { ...parsed, analysis: analyze(parsed) };
}

const missileTest = article(
  'North Korea tests new cruise missile',
  '2024-03-02',
  'North Korean leader Kim Jong-un watched the test of a new cruise missile off the east coast on Saturday, state media said.\n\nKim said the weapon would strengthen the country’s deterrent, the Korean Central News Agency reported.',
);
const drills = article(
  'Kim oversees artillery drills near border',
  '2024-03-05',
  'Kim oversaw artillery drills near the western sea border on Tuesday, the Korean Central News Agency said.\n\nSouth Korea’s Joint Chiefs of Staff said about 90 shells landed north of the border. Kim praised the gunners for their accuracy, the agency said.',
);

describe('entity directory', () => {
  it('takes "Kim" in an article that never gives his full name to be the Kim Jong Un another article names', () => {
    const directory = new EntityDirectory(new Archive([missileTest, drills]));
    const [key] = directory.named('Kim');
    expect(key).toBe('person:kim-jong-un');
    expect(directory.named('kim jong un')).toEqual(['person:kim-jong-un']);
    expect(directory.named('Kim Jong-Un')).toEqual(['person:kim-jong-un']);
    expect(directory.articleCount('person:kim-jong-un')).toBe(2);
    expect(directory.keysOf(drills.id)[0]).toBe('person:kim-jong-un');
  });

  it('resolves a lone "Kim" that arrived before any full name once the full name arrives', () => {
    const archive = new Archive([drills]);
    const directory = new EntityDirectory(archive);
    expect(directory.named('Kim')).toEqual(['person:kim']);
    archive.add(missileTest);
    expect(directory.named('Kim')).toEqual(['person:kim-jong-un']);
    expect(directory.members('person:kim-jong-un').map((r) => r.key).sort()).toEqual(['person:kim', 'person:kim-jong-un']);
    expect(directory.articleCount('person:kim-jong-un')).toBe(2);
  });

  it('keeps each role with the date of the article that gives it, oldest first, so a changed role shows', () => {
    const { briefings } = fixtureArchive();
    const roles = rolesOf(briefings.directory.members('person:lena-hofer'));
    expect(roles[0]).toMatchObject({ title: 'Austrian Foreign Minister', first: '2023-11-08', last: '2023-11-08', former: false });
    // "Finance Minister" at her swearing-in and "Austrian Finance Minister" days later: one office, one line.
    expect(roles.at(-1)).toMatchObject({ title: 'Austrian Finance Minister', first: '2024-05-23', last: '2024-06-03' });
    expect(roles.at(-1)!.articles.at(-1)).toBe(fixtureArticle('10-hofer-flood-costs.json').id);
  });

  it('folds "Chancellor" into "Austrian Chancellor" for the same dates, and marks a head of government a leader', () => {
    const { briefings } = fixtureArchive();
    const records = briefings.directory.members('person:markus-feldner');
    const roles = rolesOf(records);
    expect(roles.map((r) => r.title)).toEqual(['Austrian Chancellor']);
    expect(roles[0]).toMatchObject({ first: '2023-11-08', last: '2024-06-03' });
    expect(records.some(isLeader)).toBe(true);
    expect(displayName(records[0]!)).toBe('Markus Feldner');
  });

  it('ranks who is most often beside a person: Claire Duvall beside Feldner, Feldner beside Duvall', () => {
    const { briefings } = fixtureArchive();
    const d = briefings.directory;
    const beside = companionsOf('person:markus-feldner', d.members('person:markus-feldner'), d).filter((c) => c.type === 'person');
    expect(beside[0]!.name).toBe('Claire Duvall');
    expect(beside[0]).toMatchObject({ articles: 2 });
    const duvall = companionsOf('person:claire-duvall', d.members('person:claire-duvall'), d);
    expect(duvall[0]!.name).toBe('Markus Feldner');
  });

  it('counts an event together only when the two did it together, not each on their own in one sentence', () => {
    const { briefings } = fixtureArchive();
    const d = briefings.directory;
    const event = (what: string, evidence: string) => ({
      date: '2024-03-01', granularity: 'day' as const, sortKey: '2024-03-01', what, planned: false, evidence, articleId: 'a', articleDate: '2024-03-01',
      actors: ['person:markus-feldner', 'person:claire-duvall'], places: [], names: { 'person:markus-feldner': 'Markus Feldner', 'person:claire-duvall': 'Claire Duvall' }, alsoIn: [], outlets: 1,
    });
    const events = (what: string, evidence: string) =>
      companionsOf('person:markus-feldner', d.members('person:markus-feldner'), d, [event(what, evidence)]).find((c) => c.name === 'Claire Duvall')!.events;
    expect(events('met for talks', 'Feldner and Duvall met for talks on Friday.')).toBe(1);
    expect(events('toured the flooded valleys', 'Feldner and Duvall toured the flooded valleys on Friday.')).toBe(0);
  });

  it('forgets what a removed article said: its roles, its companions and the name itself when nothing else holds it', () => {
    const { archive, briefings } = fixtureArchive();
    const d = briefings.directory;
    const kyiv = fixtureArticle('07-hofer-kyiv-visit.json');
    archive.remove(kyiv.id);
    expect(rolesOf(d.members('person:lena-hofer')).map((r) => r.title)).not.toContain('Austrian Foreign Minister');
    expect(d.named('Dmytro Kovalenko')).toEqual([]);
    const beside = companionsOf('person:markus-feldner', d.members('person:markus-feldner'), d);
    expect(beside.map((c) => c.name)).not.toContain('Dmytro Kovalenko');
    archive.add(kyiv);
    expect(d.named('Dmytro Kovalenko')).toEqual(['person:dmytro-kovalenko']);
  });
});
