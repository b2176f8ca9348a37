import { describe, expect, it } from 'vitest';
import { EntityDirectory } from '../src/briefing/entity-directory.js';
import { KeyIndex } from '../src/briefing/key-index.js';
import { PlacedRuns } from '../src/briefing/placed-entities.js';
import { rolesOf } from '../src/briefing/entity-facts.js';
import { newRecord, type EntityRecord, type RoleSighting } from '../src/briefing/entity-record.js';
import { OfficeHolders, oneHolderOffice } from '../src/briefing/office-holders.js';

const sightings = (title: string, count: number, month: string, tag: string): RoleSighting[] =>
  Array.from({ length: count }, (_, n) => ({ title, former: false, date: `${month}-${String(n + 1).padStart(2, '0')}`, articleId: `${tag}-${n}`, sentence: 0 }));

function person(key: string, roles: RoleSighting[]): EntityRecord {
  const record = newRecord(key, 'person');
  record.roles = roles;
  return record;
}

/** Office holders over a directory of these records alone. */
function holdersOf(records: EntityRecord[]): OfficeHolders {
  const directory = new EntityDirectory(undefined, { records: new Map(records.map((r) => [r.key, r])), placed: new PlacedRuns(), byForm: new KeyIndex(), byEndWord: new KeyIndex(), version: 1 });
  return new OfficeHolders(() => directory);
}

describe('one holder of a nation\'s top office at a time', () => {
  it('reads the few articles calling a past president "US President" beside the many calling another so as look backs', () => {
    const marr = person('person:dale-marr', sightings('US President', 20, '2022-03', 'marr'));
    // Three articles across the month the other's twenty fall in.
    const recalled = ['01', '10', '20'].map((day, n) => ({ title: 'U.S. President', former: false, date: `2022-03-${day}`, articleId: `varga-${n}`, sentence: 0 }));
    const varga = person('person:ed-varga', [...recalled, ...sightings('Chinese President', 1, '2022-03', 'varga-cn')]);
    const holders = holdersOf([marr, varga]);
    const vargaLines = rolesOf([varga]);
    expect([...holders.lookBacks('person:ed-varga', vargaLines)].map((l) => l.title)).toEqual(['U.S. President']);
    expect(holders.lookBacks('person:dale-marr', rolesOf([marr])).size).toBe(0);
  });

  it('leaves a holder\'s line alone when the other has fewer than five articles, or their times differ', () => {
    const marr = person('person:dale-marr', sightings('US President', 4, '2022-03', 'marr'));
    const varga = person('person:ed-varga', sightings('US President', 1, '2022-03', 'varga'));
    expect(holdersOf([marr, varga]).lookBacks('person:ed-varga', rolesOf([varga])).size).toBe(0);
    const later = person('person:dale-marr', sightings('US President', 20, '2024-03', 'marr'));
    expect(holdersOf([later, varga]).lookBacks('person:ed-varga', rolesOf([varga])).size).toBe(0);
  });

  it('reads a bare "President" as the office of the nation the person\'s other titles name, else of the country most often beside them', () => {
    // The holder is mostly called plain "President"; one "US President (former)" line names the nation.
    const marr = person('person:dale-marr', [...sightings('President', 20, '2022-03', 'marr'), { title: 'US President', former: true, date: '2021-01-05', articleId: 'marr-old', sentence: 0 }]);
    const lincolnish = person('person:ed-varga', sightings('President', 2, '2022-03', 'varga'));
    const holders = holdersOf([marr, lincolnish]);
    expect([...holders.lookBacks('person:ed-varga', rolesOf([lincolnish]), 'United States')].map((l) => l.title)).toEqual(['President']);
    // With no country to read it by, or another nation named in the person's own titles, the line stands.
    expect(holders.lookBacks('person:ed-varga', rolesOf([lincolnish])).size).toBe(0);
    const abroad = person('person:ed-varga', [...sightings('President', 2, '2022-03', 'varga'), ...sightings('Ghanaian President', 1, '2020-01', 'varga-gh')]);
    expect(holders.lookBacks('person:ed-varga', rolesOf([abroad]), 'United States').size).toBe(0);
  });

  it('in an archive too thin to outnumber anyone, reads a line as a look back when another holder is seen on both sides of it', () => {
    const role = (title: string, date: string, articleId: string): RoleSighting => ({ title, former: false, date, articleId, sentence: 0 });
    const marr = person('person:dale-marr', [role('US President', '2018-10-29', 'm1'), role('US President', '2020-04-07', 'm2')]);
    const recalled = person('person:ed-varga', [role('US President', '2010-08-13', 'v1'), role('US President', '2019-04-15', 'v2')]);
    const holders = holdersOf([marr, recalled]);
    expect([...holders.lookBacks('person:ed-varga', rolesOf([recalled]))].map((l) => l.first)).toEqual(['2019-04-15']);
    // Seen on one side only (the other holder's term may have ended), or more than 400 days away: the line stands.
    expect(holdersOf([person('person:dale-marr', [role('US President', '2018-10-29', 'm1')]), recalled]).lookBacks('person:ed-varga', rolesOf([recalled])).size).toBe(0);
    expect(holdersOf([person('person:dale-marr', [role('US President', '2018-10-29', 'm1'), role('US President', '2020-06-30', 'm2')]), recalled]).lookBacks('person:ed-varga', rolesOf([recalled])).size).toBe(0);
    // Three articles of the subject's own in the stretch are more than a look back.
    const threeTimes = person('person:ed-varga', ['2019-04-15', '2019-05-02', '2019-06-20'].map((d, n) => role('US President', d, `v${n}`)));
    expect(holders.lookBacks('person:ed-varga', rolesOf([threeTimes])).size).toBe(0);
  });

  it('judges only offices one person holds in a nation, named with the nation', () => {
    expect(oneHolderOffice('US President')).toBe('american president');
    expect(oneHolderOffice('British Prime Minister')).toBe(oneHolderOffice('UK Prime Minister'));
    expect(oneHolderOffice('President')).toBeUndefined();
    expect(oneHolderOffice('Florida Senator')).toBeUndefined();
    expect(oneHolderOffice('Labour leader')).toBeUndefined();
    // A nation has one vice president at a time too, and a party's name before an elected office is no nation's.
    expect(oneHolderOffice('US Vice President')).toBe('american vice president');
  });

  it('reads a party-named president or vice president as the nation\'s office ("Republican Vice-President Nixon" in 2024)', () => {
    const harris = person('person:dale-marr', sightings('US Vice President', 20, '2024-04', 'marr'));
    const nixonish = person('person:ed-varga', [...sightings('Republican Vice-President', 1, '2024-04', 'varga'), { title: 'US President', former: true, date: '2022-02-28', articleId: 'varga-old', sentence: 0 }]);
    expect([...holdersOf([harris, nixonish]).lookBacks('person:ed-varga', rolesOf([nixonish]))].map((l) => l.title)).toEqual(['Republican Vice-President']);
    // "Democratic President (former)" and "US President (former)" are one line.
    const clintonish = person('person:ed-varga', [{ title: 'Democratic President', former: true, date: '2022-04-15', articleId: 'c1', sentence: 0 }, { title: 'US President', former: true, date: '2022-08-25', articleId: 'c2', sentence: 0 }]);
    expect(rolesOf([clintonish]).map((l) => l.title)).toHaveLength(1);
  });

  it('is worked out in the background when there is none, and again after changes at most every ten minutes', () => {
    const marr = person('person:dale-marr', sightings('US President', 20, '2022-03', 'marr'));
    const directory = { version: 1, walks: 0, all: () => (directory.walks++, [marr].values()), canonical: (key: string) => key };
    let now = 0;
    const holders = new OfficeHolders(() => directory as unknown as EntityDirectory, () => now);
    const run = () => [...holders.steps()].length;
    run();
    expect([holders.isCurrent(), directory.walks]).toEqual([true, 1]);
    run();
    expect(directory.walks).toBe(1);
    // A feed changes the directory all the time: a quiet moment a minute later leaves the index as it is.
    directory.version = 2;
    now = 60_000;
    run();
    expect([holders.isCurrent(), directory.walks]).toEqual([false, 1]);
    now = 11 * 60_000;
    run();
    expect([holders.isCurrent(), directory.walks]).toEqual([true, 2]);
  });
});
