import { describe, expect, it } from 'vitest';
import { spelledTitle } from '../src/briefing/office-key.js';
import { entitiesOf, person, titles } from './entities-helpers.js';

const people = (text: string): string[] => entitiesOf(text).filter((e) => e.type === 'person').map((e) => e.name);

describe('words before a name that describe the person, not part of the name', () => {
  it('reads "VP", "Special Counsel" and "Whip" as titles, so the name is the person\'s own', () => {
    const found = entitiesOf(
      'VP Dana Whitcombe toured a plant in Toledo. Special Counsel Orrin Baptiste filed the charges. Former VP Lyle Ostrander said nothing. House Minority Whip Ada Kessler agreed.',
    );
    expect(found.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Dana Whitcombe', 'Orrin Baptiste', 'Lyle Ostrander', 'Ada Kessler']);
    expect(titles(person(found, 'Orrin Baptiste'))).toEqual(['Special Counsel']);
    expect(found.some((e) => e.type === 'organisation' && /VP/.test(e.name))).toBe(false);
  });

  it('reads an athlete\'s or performer\'s calling at a sentence start as a description ("Snowboarder Mara Lindqvist")', () => {
    expect(people('Snowboarder Mara Lindqvist won gold in Lillehammer. Olympian Teodor Vance withdrew on Tuesday. Rapper Kiki Doyle cancelled.')).toEqual([
      'Mara Lindqvist',
      'Teodor Vance',
      'Kiki Doyle',
    ]);
  });

  it('takes what an office is "for" into the title ("High Commissioner for Refugees") and keeps it out of the name', () => {
    const found = entitiesOf('UN High Commissioner for Refugees Ingrid Solheim visited Lviv on Monday. The Commissioner for Human Rights Paulo Areias spoke later.');
    expect(titles(person(found, 'Ingrid Solheim'))).toEqual(['UN High Commissioner for Refugees']);
    expect(person(found, 'Paulo Areias').name).toBe('Paulo Areias');
    expect(found.map((e) => e.name).filter((n) => /^for /.test(n))).toEqual([]);
  });

  it('reads "AG" before a name as the attorney general\'s, and after a firm\'s name as part of it', () => {
    expect(people('AG Dana Whitcombe said the office would appeal.')).toEqual(['Dana Whitcombe']);
    expect(entitiesOf('Kessler Motoren AG said sales fell in Bremen.').map((e) => e.name)).toContain('Kessler Motoren AG');
  });

  it('reads a picture credit "Courtesy <name>" as the name credited', () => {
    expect(people('Volunteers cleared the beach at dawn. Courtesy Marisol Quintero')).toEqual(['Marisol Quintero']);
  });

  it('spells out "VP" in a role line as it does "Gov."', () => {
    expect(spelledTitle('VP')).toBe('Vice President');
    expect(spelledTitle('Former VP')).toBe('Former Vice President');
    expect(spelledTitle('Florida Gov.')).toBe('Florida Governor');
    expect(spelledTitle('VPN chief')).toBe('VPN chief');
  });

  it('reads "the Rev." as a style before the name, as "Dr." is', () => {
    const found = entitiesOf('Mourners listened as the Rev. Obadiah Pelletier spoke in Harlem.');
    expect(person(found, 'Obadiah Pelletier').name).toBe('Obadiah Pelletier');
    expect(found.some((e) => e.type === 'organisation' && /Rev/.test(e.name))).toBe(false);
  });
});

describe('capitalised runs after "the", which news never writes before a person', () => {
  it('reads "the Iron Dome", "the Great Depression" and "the Household Division" as no one', () => {
    const found = people(
      'Most rockets fired at Ashkelon were stopped by the Iron Dome on Sunday. Prices fell as in the Great Depression. ' +
        'Soldiers of the Household Division lined the route as Kestrel Amundsen arrived.',
    );
    expect(found).toEqual(['Kestrel Amundsen']);
  });

  it('still reads a person after "the" when the run holds a given name or opens with a title', () => {
    expect(people('Fans called him the Michael Jordan of chess. The Reverend Obadiah Pelletier and the late Senator Wilbur Quayle were there.')).toEqual(
      expect.arrayContaining(['Michael Jordan', 'Obadiah Pelletier', 'Wilbur Quayle']),
    );
  });
});
