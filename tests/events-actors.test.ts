import { describe, expect, it } from 'vitest';
import type { DatedEvent } from '../src/language/analysis.js';
import { analyze } from '../src/language/pipeline.js';
import { fixtureArticle } from './brief-fixtures.js';
import { eventsOf, type EntitySpec } from './events-helpers.js';

// 2024-05-16 is a Thursday.
const THU = '2024-05-16';
const FELDNER: EntitySpec = ['person:markus-feldner', 'person', 'Markus Feldner', 'Feldner'];
const KOWALSKA: EntitySpec = ['person:anna-kowalska', 'person', 'Anna Kowalska', 'Kowalska'];
const ORLEN: EntitySpec = ['organisation:orlen', 'organisation', 'Orlen'];
const GDANSK: EntitySpec = ['place:gdansk', 'place', 'Gdansk'];
const summary = (events: DatedEvent[]) => events.map((e) => [e.date, e.what, e.actors]);

describe('the clause a date belongs to', () => {
  it('gives a date inside "towns hit by this week\'s floods" to the floods, not to the subject of the sentence', () => {
    const text = 'Chancellor Markus Feldner presented a 500 million euro aid package to parliament on Thursday for towns along the Danube hit by this week’s floods, including Krems and Melk.';
    const events = eventsOf(text, THU, [FELDNER, ['place:danube', 'place', 'Danube'], ['place:krems', 'place', 'Krems'], ['place:melk', 'place', 'Melk']]);
    expect(summary(events)).toEqual([['2024-05-16', 'presented a 500 million euro aid package', ['person:markus-feldner']]]);
  });

  it('gives no event the date of a thing a full date names ("a January 6, 2021 speech"), and keeps "in a July 20 post"', () => {
    const lead = 'Kowalska spoke. Feldner left. Orlen agreed. Gdansk waited. ';
    const text = `${lead}Feldner accused Orlen of splicing together parts of a January 6, 2021 speech. Kowalska called Orlen in a May 14 radio interview.`;
    const dates = eventsOf(text, THU, [FELDNER, KOWALSKA, ORLEN, GDANSK]).map((e) => e.date);
    expect(dates).not.toContain('2021-01-06');
    expect(dates).toContain('2024-05-14');
  });

  it('makes no event of a participle after a noun whose doer the text does not name', () => {
    const storm = 'Prime Minister Anna Kowalska inspected villages near Gdansk damaged by Tuesday’s storm.';
    expect(eventsOf(storm, THU, [KOWALSKA, GDANSK])).toEqual([]);
    const drones = 'Kowalska met the mayor and visited a hospital damaged by drone attacks in March.';
    expect(eventsOf(drones, THU, [KOWALSKA])).toEqual([]);
  });

  it('takes a country in a possessive before a title ("Poland’s Prime Minister Anna Kowalska") as her title, not a co-actor', () => {
    const text = 'On Thursday evening, Poland’s Prime Minister Anna Kowalska posted a video of the celebrations in Gdansk.';
    const events = eventsOf(text, THU, [['country:poland', 'country', 'Poland'], KOWALSKA, GDANSK]);
    expect(events.map((e) => e.actors)).toEqual([['person:anna-kowalska']]);
  });

  it('takes a body before "officials" ("top Harbour Council officials including Anna Kowalska met…") as whom they serve, not a co-actor', () => {
    const text = 'On Thursday, top Harbour Council officials including Mayor Anna Kowalska met with Markus Feldner.';
    const events = eventsOf(text, THU, [['organisation:harbour-council', 'organisation', 'Harbour Council'], KOWALSKA, FELDNER]);
    expect(events.flatMap((e) => e.actors)).toContain('person:anna-kowalska');
    expect(events.flatMap((e) => e.actors)).not.toContain('organisation:harbour-council');
  });

  it('takes a party that opens a title ("Opposition Progress Party leader Anna Kowalska") as her title, not a co-actor', () => {
    const paragraphs = ['Opposition Progress Party leader Anna Kowalska congratulated Markus Feldner on Tuesday on becoming prime minister.'];
    const article = { id: 'a', hash: 'h', title: 'Feldner sworn in', date: THU, dateSource: 'stated', dateNote: '', paragraphs, origin: 'test' } as const;
    const { events } = analyze(article as unknown as Parameters<typeof analyze>[0]);
    expect(events.map((e) => [e.what, e.actors])).toEqual([['congratulated Markus Feldner', ['person:anna-kowalska', 'person:markus-feldner']]]);
  });

  it('takes the country opening a title the article gave the person before ("US Secretary of State" twice) as her title, not a co-actor', () => {
    const paragraphs = [
      'US Secretary of State Anna Kowalska arrived in Gdansk on Monday.',
      'The talks were closed to the press.',
      'US Secretary of State Anna Kowalska visited Warsaw on Tuesday, meeting the mayor.',
    ];
    const article = { id: 'a', hash: 'h', title: 'Kowalska in Gdansk', date: THU, dateSource: 'stated', dateNote: '', paragraphs, origin: 'test' } as const;
    const { events } = analyze(article as unknown as Parameters<typeof analyze>[0]);
    expect(events.map((e) => e.actors)).toEqual([['person:anna-kowalska'], ['person:anna-kowalska']]);
  });

  it('names who a credited photo caption shows, but takes no event from it: the picture may be years old', () => {
    const paragraphs = [
      'Prime Minister Anna Kowalska opened the new port on Tuesday.',
      'Kowalska signed the port treaty in Warsaw on March 3, 2019. Ola Nowak/AFP/Getty Images',
    ];
    const article = { id: 'a', hash: 'h', title: 'Port opens', date: THU, dateSource: 'stated', dateNote: '', paragraphs, origin: 'test' } as const;
    const { events, entities } = analyze(article as unknown as Parameters<typeof analyze>[0]);
    expect(events.map((e) => [e.date, e.what])).toEqual([['2024-05-14', 'opened the new port']]);
    expect(entities.find((e) => e.key === 'person:anna-kowalska')?.mentions.map((m) => m.sentence)).toEqual([0, 1]);
  });

  it('takes a name that modifies a noun after the verb ("a Harbour Gazette question", "a Feldner rally") as part of the act, not a co-actor', () => {
    const text = 'Kowalska dodged a Harbour Gazette question on Tuesday. Kowalska attended a Feldner rally on Wednesday. Kowalska met Feldner privately on Thursday.';
    const events = eventsOf(text, THU, [KOWALSKA, ['organisation:harbour-gazette', 'organisation', 'Harbour Gazette'], FELDNER]);
    expect(events.map((e) => [e.what, e.actors])).toEqual([
      ['dodged a Harbour Gazette question', ['person:anna-kowalska']],
      ['attended a Feldner rally', ['person:anna-kowalska']],
      ['met Feldner privately', ['person:anna-kowalska', 'person:markus-feldner']],
    ]);
  });

  it('takes an outlet named for its interview or post ("in a Harbour Gazette interview") as where it was said, not an actor', () => {
    const text = 'Kowalska said in a Harbour Gazette interview on Thursday that Feldner intends to pressure Orlen.';
    const events = eventsOf(text, THU, [KOWALSKA, ['organisation:harbour-gazette', 'organisation', 'Harbour Gazette'], FELDNER, ORLEN]);
    expect(events.flatMap((e) => e.actors)).not.toContain('organisation:harbour-gazette');
  });

  it('gives a participle after a noun the doer its "by" phrase names', () => {
    const text = 'The refinery, bought by Orlen in March, reopened on Tuesday.';
    expect(summary(eventsOf(text, THU, [ORLEN]))).toEqual([['2024-03', 'bought by Orlen', ['organisation:orlen']]]);
  });

  it('adds the doer named by the "by" phrase of a passive to its subject', () => {
    const text = 'Lena Hofer was sworn in by President Walter Brandl in Vienna on Wednesday.';
    const events = eventsOf(text, THU, [['person:lena-hofer', 'person', 'Lena Hofer'], ['person:walter-brandl', 'person', 'Walter Brandl'], ['place:vienna', 'place', 'Vienna']]);
    expect(summary(events)).toEqual([['2024-05-15', 'was sworn in', ['person:lena-hofer', 'person:walter-brandl']]]);
  });
});

describe('subjects that name no one', () => {
  it('makes no event of "Households … will receive …, Feldner said": the speaker does not act, nor does a place', () => {
    const text = 'Households that lost their homes in Melk will receive up to 20,000 euros each from Monday, Feldner said.';
    expect(eventsOf(text, THU, [FELDNER, ['place:melk', 'place', 'Melk']])).toEqual([]);
    const fishermen = 'Fishermen whose boats sank off Gdansk will be paid from next month, Prime Minister Anna Kowalska said.';
    expect(eventsOf(fishermen, THU, [KOWALSKA, GDANSK])).toEqual([]);
  });

  it('does not make the object of a verb its actor when the subject names no entity', () => {
    expect(eventsOf('Investors sold shares in Orlen on Tuesday.', THU, [ORLEN])).toEqual([]);
    expect(eventsOf('Army trucks carried sandbags to Gdansk on Monday.', THU, [GDANSK])).toEqual([]);
  });

  it('still follows a pronoun subject, and a continuation after a comma, to the person named before', () => {
    const text = 'Kowalska said the grants were ready. She flew to Gdansk on Tuesday, and returned to Warsaw on Wednesday.';
    const events = eventsOf(text, THU, [KOWALSKA, GDANSK, ['place:warsaw', 'place', 'Warsaw']]);
    expect(events.map((e) => [e.date, e.actors, e.places])).toEqual([
      ['2024-05-14', ['person:anna-kowalska'], ['place:gdansk']],
      ['2024-05-15', ['person:anna-kowalska'], ['place:warsaw']],
    ]);
  });

  it('does not give a noun naming an event to the person who only reports it', () => {
    const text = 'Kowalska said that since the start of the strike in March, exports had fallen by a third.';
    expect(eventsOf(text, THU, [KOWALSKA])).toEqual([]);
  });

  it('does not make an outlet that published a story the doer of anything', () => {
    const text = 'The ruling was first reported by Alpine Wire on Tuesday.';
    expect(eventsOf(text, THU, [['organisation:alpine-wire', 'organisation', 'Alpine Wire']])).toEqual([]);
  });
});

describe('the briefing fixtures through the whole pipeline', () => {
  it('gives Feldner no part in the floods of the aid-package story and Hofer none in the drone attacks', () => {
    const aid = fixtureArticle('04-flood-aid-package.json').analysis.events;
    expect(aid.map((e) => e.date)).not.toContain('2024-W20');
    expect(aid.every((e) => !e.actors.includes('organisation:melk'))).toBe(true);
    const kyiv = fixtureArticle('07-hofer-kyiv-visit.json').analysis.events;
    expect(kyiv.map((e) => e.what)).not.toContain('damaged by drone attacks');
  });
});
