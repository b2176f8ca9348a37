import { describe, expect, it } from 'vitest';
import { byKey, entitiesOf, fixture, person } from './entities-helpers.js';


describe('entity places', () => {
  it('counts a capital with a possessive as a mention of its country, keeping the capital as an alias', () => {
    const text = fixture('baltic-energy-summit.txt');
    const russia = byKey(entitiesOf(text), 'country:russia');
    const mention = russia.mentions.find((m) => text.slice(m.end, m.end + 2) === '’s');
    expect(mention?.text).toBe('Moscow');
    expect(russia.aliases).toContain('Moscow');
    const china = byKey(entitiesOf(fixture('pacific-security.txt')), 'country:china');
    expect(china.aliases).toContain('Beijing');
  });

  it('counts a capital that acts ("Washington has backed") as its country', () => {
    const us = byKey(entitiesOf(fixture('baltic-energy-summit.txt')), 'country:united-states');
    expect(us.mentions.map((m) => m.text)).toEqual(['U.S.', 'United States', 'Washington']);
  });

  it('keeps a capital used as a place a findable place of its own', () => {
    const entities = entitiesOf(fixture('baltic-energy-summit.txt'));
    expect(byKey(entities, 'place:vilnius').type).toBe('place');
    expect(byKey(entities, 'place:moscow').mentions.map((m) => m.text)).toEqual(['Moscow']);
  });

  it('reads a dateline in capitals as the place, though the story names a person of that surname', () => {
    for (const dash of ['—', '−', '-']) {
      const entities = entitiesOf(`HARTFORD ${dash} Governor Ned Lamont on Friday named twelve residents to the arts council.\n\nThey include the singer Mara Hartford and the potter Eli Voss.\n\nHartford said she was honoured.`);
      const place = byKey(entities, 'place:hartford');
      expect([place.name, place.mentions.map((m) => m.sentence)]).toEqual(['Hartford', [0]]);
      expect(person(entities, 'Mara Hartford').mentions.map((m) => m.sentence)).toEqual([1, 2]);
    }
  });

  it('reads a named room or garden as a place, though its first word is a person’s name', () => {
    const entities = entitiesOf('The governor slept in the Lincoln Bedroom, signed the bill in the Treaty Room and spoke in the Kennedy Garden. Later, Monty Hall hosted the dinner in the Jefferson Ballroom.');
    const typeOf = (name: string) => entities.find((e) => e.name === name)?.type;
    expect(['Lincoln Bedroom', 'Treaty Room', 'Kennedy Garden', 'Jefferson Ballroom'].map(typeOf)).toEqual(['place', 'place', 'place', 'place']);
    expect(typeOf('Monty Hall')).toBe('person');
  });

  it('takes a known outlet opening the story ("CNN —") as its credit, not a place', () => {
    const entities = entitiesOf('CNN — Lawmakers in Hartford passed the budget on Friday.');
    expect(entities.some((e) => e.type === 'place' && /cnn|cable/i.test(e.name))).toBe(false);
  });

  it('reads the rooms of government as places and the Capitol by any of its names as one place', () => {
    const entities = entitiesOf('Rioters stormed the U.S. Capitol in January. Police cleared the Capitol by evening. The governor spoke from the Oval Office on Thursday.');
    expect(byKey(entities, 'place:capitol').mentions.map((m) => m.text)).toEqual(['U.S. Capitol', 'Capitol']);
    expect(byKey(entities, 'place:oval-office').type).toBe('place');
  });

  it('types countries as countries and cities as places', () => {
    const entities = entitiesOf('Talks between Lithuania and Latvia continued in Riga.');
    expect(entities.map((e) => `${e.type}:${e.name}`)).toEqual(['country:Lithuania', 'country:Latvia', 'place:Riga']);
  });

  it('reads "the Amazon" standing alone as the rainforest, and the firm wherever a word follows or no "the" comes before', () => {
    const typed = (text: string) => entitiesOf(text).map((e) => `${e.type}:${e.name}`);
    expect(typed('Brazil is home to the Amazon, a major carbon sink.')).toContain('place:Amazon');
    expect(typed('Fires burned across the Amazon rainforest.')).toEqual(['place:Amazon']);
    expect(typed('Shoppers used the Amazon app. Amazon said sales rose.')).toEqual(['organisation:Amazon']);
    expect(typed('Nobody knows what happens if the Amazon, Google and Microsoft clouds go offline.')).toContain('organisation:Amazon');
  });

  it('reads a place\'s name after a word for a relative as the relative ("his wife Victoria"), and the place elsewhere', () => {
    const typed = entitiesOf('Mayor Dana Holt and his wife, Victoria, waved. Later he flew to Victoria, British Columbia.').map((e) => `${e.type}:${e.name}`);
    expect(typed).toEqual(expect.arrayContaining(['person:Victoria', 'place:Victoria']));
  });

  it('finds named facilities and features by their last word', () => {
    const text =
      'The rocket lifted off from the Baikonur Cosmodrome at dawn. Flights at Heathrow Airport were delayed, ' +
      'and crowds gathered in Tiananmen Square as ships crossed the Sea of Okhotsk.';
    const names = entitiesOf(text).map((e) => `${e.type}:${e.name}`);
    expect(names).toEqual(['place:Baikonur Cosmodrome', 'place:Heathrow Airport', 'place:Tiananmen Square', 'place:Sea of Okhotsk']);
  });

  it('joins a lower-case region or station word to the name before it', () => {
    const text = 'Shelling continued in the Donetsk region overnight. The convoy reached Tumangang station before noon.';
    const entities = entitiesOf(text);
    const donetsk = byKey(entities, 'place:donetsk');
    expect(donetsk.name).toBe('Donetsk region');
    expect(byKey(entities, 'place:tumangang-station').mentions[0]!.text).toBe('Tumangang station');
  });

  it('reads a name before "crossing" as a place, the crossing of a known town as that town', () => {
    const text = 'Aid trucks queued at the Rafah crossing, while the Tal Nimra and Bir Hasan crossings stayed shut.';
    const entities = entitiesOf(text);
    expect(byKey(entities, 'place:rafah').mentions[0]!.text).toBe('Rafah crossing');
    expect(entities.filter((e) => e.type === 'person')).toEqual([]);
  });

  it('reads an unknown hyphenated town after "in" as a place', () => {
    const entities = entitiesOf('Officials met in Rostov-on-Don on Tuesday.');
    expect(byKey(entities, 'place:rostov-on-don').name).toBe('Rostov-on-Don');
  });

  it('reads towns that beat, draw or score in a sports story as teams', () => {
    const entities = entitiesOf(fixture('league-report.txt'));
    const typeOf = (name: string) => entities.find((e) => e.name === name)?.type;
    expect(typeOf('Leeds')).toBe('organisation');
    expect(typeOf('Newcastle')).toBe('organisation');
    expect(typeOf('Chelsea')).toBe('organisation');
    expect(typeOf('Brighton')).toBe('organisation');
    expect(typeOf('Manchester')).toBe('place');
    expect(typeOf('Patrick Bamford')).toBe('person');
  });
});

describe('city and state code', () => {
  it('reads a state code after a city and a comma as part of the city, not a place of its own', () => {
    const entities = entitiesOf('The rally in Tallport, OR drew thousands on Friday, organisers said.');
    expect(entities.map((e) => e.name)).not.toContain('OR');
    expect(entities.find((e) => e.name === 'Tallport')?.aliases ?? []).toEqual(['OR']);
  });

  it('keeps an abbreviated place as written ("D.C."), and a dateline shouted in capitals as a place is written', () => {
    expect(entitiesOf('Rep. Ada Kessler said she was assaulted in her Washington D.C. apartment building.').map((e) => e.name)).toContain('D.C.');
    expect(entitiesOf('PORT ELDRIDGE — The mayor spoke on Friday.').map((e) => e.name)).toContain('Port Eldridge');
  });
});
