import { describe, expect, it } from 'vitest';
import { entitiesOf, person, titles } from './entities-helpers.js';

const rolesOf = (text: string, name: string): string[] => titles(person(entitiesOf(text), name));

describe('a portfolio before a title', () => {
  it('keeps the portfolio word of a role that opens the sentence ("Finance Minister", not "Minister")', () => {
    expect(rolesOf('Finance Minister Lena Hofer was sworn in by the president.', 'Lena Hofer')).toEqual(['Finance Minister']);
    expect(rolesOf('Markets steadied on Friday. Economy Minister Tomasz Wrobel promised new loans.', 'Tomasz Wrobel')).toEqual(['Economy Minister']);
    expect(rolesOf('Transport Secretary Helen Marsh said the line would reopen.', 'Helen Marsh')).toEqual(['Transport Secretary']);
  });

  it('reads "Minister of X" and "Minister for X" as one title before the name', () => {
    expect(rolesOf('Minister of Finance Ilse Vandermeer presented the budget on Tuesday.', 'Ilse Vandermeer')).toEqual(['Minister of Finance']);
    expect(rolesOf('The talks were led by Minister for Foreign Affairs Pavel Novak.', 'Pavel Novak')).toEqual(['Minister for Foreign Affairs']);
    const names = entitiesOf('Deputy Minister of Health Ana Ruiz resigned.').map((e) => e.key);
    expect(names).toEqual(['person:ana-ruiz']);
  });

  it('reads "Secretary of State" opening a sentence as the role, not part of the name', () => {
    const entities = entitiesOf('Secretary of State Daniel Brookes arrived in Warsaw late on Monday.');
    expect(titles(person(entities, 'Daniel Brookes'))).toEqual(['Secretary of State']);
    expect(entities.some((e) => e.key.includes('state-daniel'))).toBe(false);
  });

  it('still drops an ordinary word that opens a sentence before a name with no title', () => {
    const names = entitiesOf('Finance officials met Karin Olsen on Monday.').map((e) => e.name);
    expect(names).toEqual(['Karin Olsen']);
  });
});

describe('a former role', () => {
  it('reads a capitalised "Former" at the sentence start as a mark of the past, not part of the title', () => {
    const stangl = person(entitiesOf('Former ambassador Irene Stangl will take over the foreign ministry, the chancellery said.'), 'Irene Stangl');
    expect(stangl.roles).toEqual([{ title: 'ambassador', former: true, sentence: 0 }]);
    expect(rolesOf('Former Defence Minister Karl Brenner disagreed.', 'Karl Brenner')).toEqual(['Defence Minister (former)']);
  });

  it('splits "Ex-" off the title, capitalised or not, and makes no leader of a former president', () => {
    expect(rolesOf('Ex-ambassador Marta Lindqvist chaired the inquiry.', 'Marta Lindqvist')).toEqual(['ambassador (former)']);
    const entities = entitiesOf('Ex-President Joaquim Mbeki was arrested on Sunday. The post went to ex-envoy Sara Holm.');
    expect(titles(person(entities, 'Joaquim Mbeki'))).toEqual(['President (former)']);
    expect(person(entities, 'Joaquim Mbeki').leader).toBe(false);
    expect(titles(person(entities, 'Sara Holm'))).toEqual(['envoy (former)']);
  });
});

describe('a role set off by commas before the name', () => {
  it('reads "Zelenskiy\'s chief of staff, Andriy Yermak," as the role of the person named after the comma', () => {
    expect(rolesOf("Zelenskiy's chief of staff, Andriy Yermak, said the talks were over.", 'Andriy Yermak')).toEqual(["Zelenskiy's chief of staff"]);
    expect(rolesOf("Norway's foreign minister, Eirik Dahl, left early.", 'Eirik Dahl')).toEqual(["Norway's foreign minister"]);
    expect(rolesOf('The budget was drafted by the Minister of Finance, Ilse Vandermeer.', 'Ilse Vandermeer')).toEqual(['Minister of Finance']);
  });

  it('takes no role when the comma only ends an opening phrase or the name goes on into a verb', () => {
    expect(rolesOf('In Kyiv, Andriy Yermak said the talks were over.', 'Andriy Yermak')).toEqual([]);
    expect(rolesOf('After meeting the minister, Anna Berg said the deal was close.', 'Anna Berg')).toEqual([]);
  });
});
