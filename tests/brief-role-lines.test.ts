import { describe, expect, it } from 'vitest';
import { rolesOf } from '../src/briefing/entity-facts.js';
import { newRecord, type RoleSighting } from '../src/briefing/entity-record.js';
import { roleRows, rowSpans } from '../src/briefing/role-rows.js';

const sighting = (title: string, date: string, former = false, n = 0): RoleSighting => ({ title, former, date, articleId: `${date}-${title}-${n}`, sentence: 0 });

describe('role lines', () => {
  it('breaks a current role where most articles of a quarter call it former, so its span never covers those years', () => {
    const record = newRecord('person:dale-marr', 'person');
    record.roles = [
      sighting('President', '2017-03-01'),
      sighting('President', '2018-02-01'),
      sighting('President', '2018-12-01'),
      sighting('President', '2019-06-01'),
      // Out of office: most articles say "former", a few recall "President Marr" as he was.
      ...[0, 1, 2, 3, 4].map((n) => sighting('President', '2022-02-10', true, n)),
      sighting('President', '2022-02-11'),
      sighting('President', '2022-11-10', true),
      ...[0, 1, 2, 3].map((n) => sighting('President', '2023-05-10', true, n)),
      sighting('President', '2025-03-01'),
      sighting('President', '2025-06-01'),
    ];
    const lines = rolesOf([record]).map((l) => `${l.title}${l.former ? ' (former)' : ''} ${l.first}..${l.last}`);
    expect(lines).toEqual(['President 2017-03-01..2019-06-01', 'President (former) 2022-02-10..2023-05-10', 'President 2025-03-01..2025-06-01']);
  });

  it('leaves out a short run of plain titles between articles that call the office former (a look back), keeps a told return', () => {
    const recalled = newRecord('person:dale-marr', 'person');
    recalled.roles = [
      sighting('President', '2019-04-01', true),
      sighting('President', '2019-05-01'),
      ...[1, 2].map((n) => sighting('President', `2022-0${n}-11`, false, n)),
      sighting('President', '2022-08-01', true, 3),
      sighting('President', '2024-05-01', true, 4),
    ];
    expect(rolesOf([recalled]).filter((l) => !l.former)).toEqual([]);
    const returned = newRecord('person:dale-marr', 'person');
    returned.roles = [
      sighting('Governor', '2019-04-01', true),
      ...[1, 2, 3, 4, 5].map((n) => sighting('Governor', `2022-0${n}-11`, false, n)),
      sighting('Governor', '2024-05-01', true, 6),
    ];
    expect(rolesOf([returned]).map((l) => `${l.title}${l.former ? ' (former)' : ''}`)).toEqual(['Governor (former)', 'Governor', 'Governor (former)']);
  });

  it('shows spells of one title that coverage gaps split as one row with each span, but keeps a return to office apart', () => {
    const gaps = newRecord('person:lea-morin', 'person');
    gaps.roles = [
      ...[1, 2].map((n) => sighting('French President', `2019-0${n}-10`, false, n)),
      ...[1, 2, 3].map((n) => sighting('French President', `2022-0${n}-10`, false, n)),
      sighting('French President', '2024-03-04'),
    ];
    expect(roleRows(rolesOf([gaps])).map((r) => `${r.title} ${rowSpans(r)} ${r.articles.length}`)).toEqual([
      'French President 2019-01-10 to 2019-02-10; 2022-01-10 to 2022-03-10; 2024-03-04 6',
    ]);
    const back = newRecord('person:dale-marr', 'person');
    back.roles = [
      ...[1, 2].map((n) => sighting('President', `2018-0${n}-01`, false, n)),
      ...[0, 1, 2].map((n) => sighting('President', '2022-02-10', true, n)),
      ...[1, 2].map((n) => sighting('President', `2025-0${n}-01`, false, n)),
    ];
    expect(roleRows(rolesOf([back])).map((r) => `${r.title}${r.former ? ' (former)' : ''} ${rowSpans(r)}`)).toEqual([
      'President 2018-01-01 to 2018-02-01',
      'President (former) 2022-02-10',
      'President 2025-01-01 to 2025-02-01',
    ]);
  });

  it('breaks a former role where the office is held again, so it never spans the new term', () => {
    const record = newRecord('person:ada-lunn', 'person');
    record.roles = [
      ...[1, 2, 3].map((n) => sighting('Governor', `2020-0${n}-10`, true, n)),
      ...[1, 2, 3, 4].map((n) => sighting('Governor', `2024-0${n}-10`, false, n)),
      sighting('Governor', '2024-05-01', true, 9),
    ];
    const lines = rolesOf([record]).map((l) => `${l.title}${l.former ? ' (former)' : ''} ${l.first}..${l.last}`);
    expect(lines).toEqual(['Governor (former) 2020-01-10..2020-03-10', 'Governor 2024-01-10..2024-04-10', 'Governor (former) 2024-05-01..2024-05-01']);
  });

  it('joins a title and its longer form a few days apart into one line, but not across a spell out of office', () => {
    const record = newRecord('person:ivo-lusk', 'person');
    record.roles = [
      sighting('Prime Minister', '2021-05-13'),
      sighting('Latvian Prime Minister', '2021-05-21'),
      ...[1, 2].map((n) => sighting('Prime Minister', `2022-0${n}-10`, true, n)),
      sighting('Prime Minister', '2022-09-20'),
      sighting('Latvian Prime Minister', '2022-10-01'),
    ];
    const lines = rolesOf([record]).map((l) => `${l.title}${l.former ? ' (former)' : ''} ${l.first}..${l.last} ${l.articles.length}`);
    expect(lines).toEqual(['Latvian Prime Minister 2021-05-13..2021-05-21 2', 'Prime Minister (former) 2022-01-10..2022-02-10 2', 'Latvian Prime Minister 2022-09-20..2022-10-01 2']);
  });

  it('leaves out "Latvian leader" beside the office it describes, keeps it when it is all the articles say', () => {
    const record = newRecord('person:ivo-lusk', 'person');
    record.roles = [...[1, 2, 3].map((n) => sighting('Latvian President', `2022-0${n}-10`, false, n)), ...[4, 5].map((n) => sighting('Latvian leader', `2022-0${n}-10`, false, n)), sighting('Latvia’s leader', '2022-06-10')];
    expect(rolesOf([record]).map((l) => l.title)).toEqual(['Latvian President']);
    const other = newRecord('person:ada-lunn', 'person');
    other.roles = [...[4, 5].map((n) => sighting('Latvian leader', `2022-0${n}-10`, false, n)), sighting('Senate Majority Leader', '2022-06-10')];
    expect(rolesOf([other]).map((l) => l.title)).toEqual(['Senate Majority Leader']);
    const only = newRecord('person:eli-voss', 'person');
    only.roles = [...[4, 5].map((n) => sighting('Latvian leader', `2022-0${n}-10`, false, n))];
    expect(rolesOf([only]).map((l) => l.title)).toEqual(['Latvian leader']);
  });

  it('leaves out a plain title written amid articles that call the office former', () => {
    const record = newRecord('person:ivo-lusk', 'person');
    record.roles = [
      ...[1, 2, 3, 4, 5, 6].map((n) => sighting('Prime Minister', `2021-0${n}-10`, false, n)),
      ...[1, 2, 3].map((n) => sighting('Prime Minister', `2022-0${n}-10`, true, n)),
      // A caption or a look back, weeks after he left office.
      sighting('Prime Minister', '2022-03-20'),
      ...[4, 5].map((n) => sighting('Prime Minister', `2022-0${n}-10`, true, n)),
    ];
    const lines = rolesOf([record]).map((l) => `${l.title}${l.former ? ' (former)' : ''} ${l.first}..${l.last}`);
    expect(lines).toEqual(['Prime Minister 2021-01-10..2021-06-10', 'Prime Minister (former) 2022-01-10..2022-05-10']);
  });

  it('tells two spells of a passing role apart, and drops a one-article spell beside a well-stated role', () => {
    const record = newRecord('person:ada-lunn', 'person');
    record.roles = [
      ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => sighting('Governor', `2019-0${(n % 9) + 1}-1${n % 10}`, false, n)),
      ...[1, 2].map((n) => sighting('Senate nominee', `2020-0${n + 7}-10`, false, n)),
      // Four years on, a look back at that race.
      sighting('Senate nominee', '2024-10-12'),
    ];
    const lines = rolesOf([record]).map((l) => `${l.title} ${l.first}..${l.last}`);
    expect(lines).toContain('Senate nominee 2020-08-10..2020-09-10');
    expect(lines.filter((l) => l.startsWith('Senate nominee'))).toHaveLength(1);
  });

  it('shows offices, not descriptions, as role lines', () => {
    const record = newRecord('person:ed-marsh', 'person');
    record.roles = [sighting('Ohio Gov.', '2024-01-01'), sighting('longtime rival', '2024-01-02'), sighting('bestselling author', '2024-01-03'), sighting('dictator', '2024-01-04'), sighting('Marr’s-endorsed candidate', '2024-01-05')];
    expect(rolesOf([record]).map((l) => l.title)).toEqual(['Ohio Governor']);
  });

  it('shows an office named by its country ("Ukraine President") and by its nationality ("Ukrainian President") once', () => {
    const record = newRecord('person:ivo-lusk', 'person');
    record.roles = [
      ...[1, 2, 3].map((n) => sighting('Ukrainian President', `2023-0${n}-10`, false, n)),
      sighting('Ukraine President', '2023-02-20'),
      sighting('Ukrainian President', '2023-04-10', false, 9),
    ];
    const lines = rolesOf([record]).map((l) => `${l.title} ${l.first}..${l.last}`);
    expect(lines).toEqual(['Ukrainian President 2023-01-10..2023-04-10']);
  });

  it('shows a bare title years from the one form that names its nation as that office, each span kept', () => {
    const record = newRecord('person:bo-harte', 'person');
    record.roles = [
      ...[1, 2].map((n) => sighting('Prime Minister', `2019-0${n}-10`, false, n)),
      ...[1, 2, 3].map((n) => sighting('British Prime Minister', `2022-0${n}-10`, false, n)),
    ];
    expect(roleRows(rolesOf([record])).map((r) => `${r.title} ${rowSpans(r)}`)).toEqual(['British Prime Minister 2019-01-10 to 2019-02-10; 2022-01-10 to 2022-03-10']);
    // Two nations named: the bare title could be either, so it stays as written.
    record.roles.push(...[4, 5].map((n) => sighting('Dutch Prime Minister', `2024-0${n}-10`, false, n)));
    expect(roleRows(rolesOf([record])).map((r) => r.title)).toEqual(['Prime Minister', 'British Prime Minister', 'Dutch Prime Minister']);    // A US state names the office as a nation does: "Governor" in 2019 is the "California Governor" of 2022.
    const governor = newRecord('person:bo-harte', 'person');
    governor.roles = [sighting('Governor', '2019-02-15'), ...[1, 2, 3].map((n) => sighting('California Governor', `2022-0${n}-10`, false, n))];
    expect(roleRows(rolesOf([governor])).map((r) => `${r.title} ${rowSpans(r)}`)).toEqual(['California Governor 2019-02-15; 2022-01-10 to 2022-03-10']);
  });

  it('shows an office written short and spelled out ("U.N. ambassador", "United Nations Ambassador"; "GOP Ohio Gov.", "Ohio governor") once', () => {
    const record = newRecord('person:ada-lunn', 'person');
    record.roles = [
      ...[1, 2, 3].map((n) => sighting('U.N. ambassador', `2023-0${n}-10`, true, n)),
      sighting('United Nations Ambassador', '2023-02-20', true),
      ...[1, 2].map((n) => sighting('GOP Ohio Gov.', `2023-0${n}-12`, true, n)),
      sighting('Ohio governor', '2023-02-21', true),
    ];
    const lines = rolesOf([record]).map((l) => `${l.title}${l.former ? ' (former)' : ''} ${l.first}..${l.last}`);
    expect(lines).toEqual(['U.N. ambassador (former) 2023-01-10..2023-03-10', 'GOP Ohio Governor (former) 2023-01-12..2023-02-21']);
    const party = newRecord('person:dale-marr', 'person');
    party.roles = [sighting('Republican leader', '2023-01-10'), sighting('leader', '2023-01-11')];
    expect(rolesOf([party]).map((l) => l.title)).toContain('Republican leader');
  });

  it('shows "Secretary of Defense" and "Defense Secretary", "GOP leader" and "Republican leader" as one office each', () => {
    const record = newRecord('person:ada-lunn', 'person');
    record.roles = [
      ...[1, 2, 3].map((n) => sighting('US Defense Secretary', `2023-0${n}-10`, false, n)),
      ...[1, 2].map((n) => sighting('US Secretary of Defense', `2023-0${n}-12`, false, n)),
      ...[1, 2].map((n) => sighting('Senate Republican Leader', `2023-0${n}-14`, false, n)),
      sighting('Senate GOP leader', '2023-02-21'),
    ];
    expect(rolesOf([record]).map((l) => `${l.title} ${l.articles.length}`)).toEqual(['US Defense Secretary 5', 'Senate Republican Leader 3']);
    // "spokesman" and "spokesperson" name one office.
    const voice = newRecord('person:ada-lunn', 'person');
    voice.roles = [...[1, 2, 3].map((n) => sighting('Kremlin spokesman', `2023-0${n}-10`, false, n)), ...[1, 2].map((n) => sighting('Kremlin spokesperson', `2023-0${n}-20`, false, n))];
    expect(rolesOf([voice]).map((l) => `${l.title} ${l.articles.length}`)).toEqual(['Kremlin spokesman 5']);
    // "President of the European Commission", "EU Commission President": one office.
    const commission = newRecord('person:ada-lunn', 'person');
    commission.roles = [
      ...[1, 2].map((n) => sighting('European Commission President', `2023-0${n}-10`, false, n)),
      sighting('EU Commission President', '2023-01-20', false, 3),
      sighting('President of the European Commission', '2023-02-20', false, 4),
    ];
    expect(rolesOf([commission]).map((l) => `${l.title} ${l.articles.length}`)).toEqual(['European Commission President 4']);
    // "Chief Executive Officer" is the CEO's office spelled out.
    const boss = newRecord('person:ada-lunn', 'person');
    boss.roles = [...[1, 2].map((n) => sighting('Veltrana CEO', `2023-0${n}-10`, false, n)), sighting('Veltrana Chief Executive Officer', '2023-01-20', false, 3)];
    expect(rolesOf([boss]).map((l) => `${l.title} ${l.articles.length}`)).toEqual(['Veltrana CEO 3']);
    // "Republican leader" within the dates of "House GOP Leader" is that office written short.
    const short = newRecord('person:ivo-lusk', 'person');
    short.roles = [...[1, 2, 3].map((n) => sighting('House GOP Leader', `2023-0${n}-10`, false, n)), sighting('Republican leader', '2023-02-20')];
    expect(rolesOf([short]).map((l) => `${l.title} ${l.articles.length}`)).toEqual(['House GOP Leader 4']);
  });

  it('folds "NATO chief" into the one office of that body held over the same dates, and keeps it alone otherwise', () => {
    const record = newRecord('person:ada-lunn', 'person');
    record.roles = [...[1, 2, 3].map((n) => sighting('NATO Secretary General', `2023-0${n}-10`, false, n)), ...[1, 2].map((n) => sighting('NATO chief', `2023-0${n}-20`, false, n))];
    expect(rolesOf([record]).map((l) => `${l.title} ${l.articles.length}`)).toEqual(['NATO Secretary General 5']);
    const alone = newRecord('person:ivo-lusk', 'person');
    alone.roles = [...[1, 2].map((n) => sighting('Pentagon chief', `2023-0${n}-20`, false, n)), ...[1, 2].map((n) => sighting('NATO Secretary General', `2023-0${n}-10`, false, n))];
    expect(rolesOf([alone]).map((l) => l.title)).toEqual(['NATO Secretary General', 'Pentagon chief']);    // "EU chief" is the European Union's: the European Commission President held then.
    const eu = newRecord('person:ada-lunn', 'person');
    eu.roles = [...[1, 2, 3].map((n) => sighting('European Commission President', `2023-0${n}-10`, false, n)), sighting('EU chief', '2023-02-20', false, 4)];
    expect(rolesOf([eu]).map((l) => `${l.title} ${l.articles.length}`)).toEqual(['European Commission President 4']);
    // "Joint Chiefs Chairman" is the "chairman of the Joint Chiefs of Staff".
    const general = newRecord('person:ivo-lusk', 'person');
    general.roles = [...[1, 2].map((n) => sighting('chairman of the Joint Chiefs of Staff', `2023-0${n}-10`, false, n)), sighting('Joint Chiefs Chairman', '2023-02-20', false, 3)];
    expect(rolesOf([general]).map((l) => `${l.title} ${l.articles.length}`)).toEqual(['Chairman of the Joint Chiefs of Staff 3']);
  });

  it('folds "finance minister" and "finance secretary" into the one finance office held over the same dates, and keeps them alone otherwise', () => {
    const record = newRecord('person:ada-lunn', 'person');
    record.roles = [
      ...[1, 2, 3].map((n) => sighting('chancellor of the exchequer', `2023-0${n}-10`, true, n)),
      ...[1, 2].map((n) => sighting('finance minister', `2023-0${n}-20`, true, n)),
      sighting('finance secretary', '2023-02-25', true),
    ];
    expect(rolesOf([record]).map((l) => `${l.title} ${l.articles.length}`)).toEqual(['Chancellor of the exchequer 6']);
    // A finance minister's line years after the other office is another spell, perhaps another country's.
    const apart = newRecord('person:ivo-lusk', 'person');
    apart.roles = [...[1, 2].map((n) => sighting('Treasury Secretary', `2019-0${n}-10`, false, n)), ...[1, 2].map((n) => sighting('finance minister', `2023-0${n}-10`, false, n))];
    expect(rolesOf([apart]).map((l) => l.title)).toEqual(['Treasury Secretary', 'Finance minister']);
  });

  it('folds "current director" into the office a longer form names ("Director of National Intelligence") where their dates meet', () => {
    const record = newRecord('person:ada-lunn', 'person');
    record.roles = [...[1, 2, 3].map((n) => sighting('Director of National Intelligence', `2023-0${n}-10`, false, n)), sighting('current director', '2023-02-20')];
    expect(rolesOf([record]).map((l) => `${l.title} ${l.articles.length}`)).toEqual(['Director of National Intelligence 4']);
  });

  it('shows the ways news names a party’s leader ("leader of the main opposition Progress Party", "Progress leader") as one line', () => {
    const record = newRecord('person:anna-kowalska', 'person');
    record.roles = [
      sighting('Progress Party leader', '2023-01-10'),
      sighting('Opposition Progress leader', '2023-02-10'),
      sighting('Opposition Progress leader', '2023-03-10', false, 1),
      sighting('leader of the main opposition Progress Party', '2023-04-10'),
    ];
    expect(rolesOf([record]).map((l) => `${l.title} ${l.first}..${l.last}`)).toEqual(['Opposition Progress leader 2023-01-10..2023-04-10']);
  });

  it('keeps "opposition leader" alone and "head of state" as they are', () => {
    const record = newRecord('person:ivo-lusk', 'person');
    record.roles = [sighting('opposition leader', '2023-01-10'), sighting('opposition leader', '2023-02-10', false, 1), sighting('Progress Party leader', '2023-02-11')];
    expect(rolesOf([record]).map((l) => l.title).sort()).toEqual(['Opposition leader', 'Progress Party leader']);
  });

  it('reads "Poland’s new Prime Minister" as the Polish Prime Minister, and leaves out "current leader" beside it', () => {
    const record = newRecord('person:dana-holt', 'person');
    record.roles = [
      sighting('Polish Prime Minister', '2023-01-10'),
      sighting('Polish Prime Minister', '2023-01-20', false, 1),
      sighting('Poland’s new Prime Minister', '2023-01-12'),
      sighting('current leader', '2023-01-15'),
    ];
    expect(rolesOf([record]).map((l) => `${l.title} ${l.first}..${l.last}`)).toEqual(['Polish Prime Minister 2023-01-10..2023-01-20']);
    // Written only so, the line leaves "new" out: it was new the week it was written.
    const king = newRecord('person:ivo-lusk', 'person');
    king.roles = [...[1, 2].map((n) => sighting('Britain’s new king', `2023-0${n}-10`, false, n)), sighting('New Zealand Prime Minister', '2023-03-01')];
    expect(rolesOf([king]).map((l) => l.title)).toEqual(['Britain’s king', 'New Zealand Prime Minister']);
  });

  it('folds a title into the form that names what it is of ("Chancellor" into "Chancellor of the Exchequer") where their dates meet', () => {
    const record = newRecord('person:dana-holt', 'person');
    record.roles = [sighting('Chancellor', '2022-07-07', true), sighting('Chancellor', '2022-10-20', true, 1), sighting('chancellor of the exchequer', '2022-09-05', true)];
    expect(rolesOf([record]).map((l) => `${l.title} ${l.first}..${l.last}`)).toEqual(['Chancellor of the exchequer 2022-07-07..2022-10-20']);
  });
});
