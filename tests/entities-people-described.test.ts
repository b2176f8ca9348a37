import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entities-helpers.js';

const keys = (text: string) => entitiesOf(text).map((e) => e.key);

describe('people described by where they are from', () => {
  it('reads "Westerners", "Southerners", "New Yorkers" and "Londoners" as people described, no place', () => {
    const found = keys(
      'Militants detained four Westerners in Kabul last month. Southerners voted early in Atlanta. ' +
        'New Yorkers lined up outside the stadium, and Londoners watched from Trafalgar Square.',
    );
    expect(found).toEqual(expect.arrayContaining(['place:kabul', 'place:atlanta']));
    expect(found.filter((k) => /westerner|southerner|yorker|londoner/.test(k))).toEqual([]);
  });

  it('reads "New Jerseyans", "Texans" and "Ohioans" as people described, while a surname like "Evans" stays a person', () => {
    const found = keys('The governor vetoed a bill New Jerseyans wanted in Atlanta. Texans and Ohioans agreed with Mayor Dale Evans.');
    expect(found).toEqual(expect.arrayContaining(['place:atlanta', 'person:dale-evans']));
    expect(found.filter((k) => /jerseyan|texan|ohioan/.test(k))).toEqual([]);
  });

  it('reads a state party ("the New York GOP delegation") as an organisation, not a place', () => {
    const found = entitiesOf('Members of the New York GOP delegation met Speaker Mike Johnson on Tuesday.');
    const party = found.find((e) => e.name === 'New York GOP');
    expect(party?.type).toBe('organisation');
  });

  it('reads "an Ohio Republican" and "a Texas Democrat" as the state, never a place named for the party member', () => {
    const found = entitiesOf('The Ohio Republican lost the vote on Friday, and a Texas Democrat called it a relief for Houston.');
    expect(found.map((e) => e.name)).not.toEqual(expect.arrayContaining(['Ohio Republican']));
    expect(found.map((e) => e.name)).not.toEqual(expect.arrayContaining(['Texas Democrat']));
    expect(found.find((e) => e.name === 'Ohio')?.type).toBe('place');
  });
});
