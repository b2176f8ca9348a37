import { describe, expect, it } from 'vitest';
import { Archive } from '../src/articles/archive.js';
import { besideCounts } from '../src/briefing/beside-counts.js';
import { EntityDirectory } from '../src/briefing/entity-directory.js';
import { companionsOf } from '../src/briefing/companions.js';
import { fixtureArchive, fixtureArticle } from './brief-fixtures.js';

/** Every record's companions as counts, in an order-free form. */
function allBeside(directory: EntityDirectory): string {
  const out: [string, [string, { articles: number; sentences: number }][]][] = [];
  for (const record of directory.all()) out.push([record.key, [...besideCounts(record, directory)].sort(([a], [b]) => a.localeCompare(b))]);
  return JSON.stringify(out.sort(([a], [b]) => a.localeCompare(b)));
}

describe('who is named beside whom, worked out from the articles held', () => {
  it('counts the articles and the sentences two people share: Claire Duvall beside Markus Feldner', () => {
    const { briefings } = fixtureArchive();
    const d = briefings.directory;
    const duvall = besideCounts(d.record('person:markus-feldner')!, d).get('person:claire-duvall');
    expect(duvall?.articles).toBe(2);
    expect(duvall?.sentences).toBeGreaterThan(0);
    // Both ways alike: a pair is one count seen from either side.
    expect(besideCounts(d.record('person:claire-duvall')!, d).get('person:markus-feldner')).toEqual(duvall);
  });

  it('after an article is removed and another replaced, answers as a directory built afresh from what is left', () => {
    const { archive, briefings } = fixtureArchive();
    const d = briefings.directory;
    archive.remove(fixtureArticle('07-hofer-kyiv-visit.json').id);
    const flood = fixtureArticle('10-hofer-flood-costs.json');
    archive.add({ ...flood, hash: `${flood.hash}-edited` });
    const fresh = new EntityDirectory(new Archive(archive.all()));
    expect(allBeside(d)).toBe(allBeside(fresh));
    const key = 'person:markus-feldner';
    const names = (dir: EntityDirectory) => companionsOf(key, dir.members(key), dir).map((c) => [c.name, c.articles, c.sentences]);
    expect(names(d)).toEqual(names(fresh));
  });

  it('counts the same in a directory restored from its saved state as in the one that saved it', () => {
    const { briefings } = fixtureArchive();
    const d = briefings.directory;
    const restored = new EntityDirectory(undefined, d.state());
    expect(besideCounts(restored.record('person:markus-feldner')!, restored).get('person:claire-duvall')?.articles).toBe(2);
    expect(allBeside(restored)).toBe(allBeside(d));
  });
});
