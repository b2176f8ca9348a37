import { describe, expect, it } from 'vitest';
import type { DatedEvent, EntityType } from '../src/language/analysis.js';
import { eventsOf, type EntitySpec } from './events-helpers.js';

const brief = (e: DatedEvent) => ({ date: e.date, granularity: e.granularity, actors: e.actors, places: e.places, what: e.what, planned: e.planned });

// 2024-05-15 is a Wednesday.
const WED = '2024-05-15';

describe('dated events', () => {
  it('dates a visit by the weekday in its clause and places it where the text says', () => {
    const text = 'German Chancellor Olaf Scholz arrived in Kyiv on Tuesday morning and met President Volodymyr Zelensky.';
    const events = eventsOf(text, WED, [
      ['person:olaf-scholz', 'person', 'Olaf Scholz'],
      ['person:volodymyr-zelensky', 'person', 'Volodymyr Zelensky'],
      ['place:kyiv', 'place', 'Kyiv'],
    ]);
    expect(events.map(brief)).toEqual([
      { date: '2024-05-14', granularity: 'day', actors: ['person:olaf-scholz'], places: ['place:kyiv'], what: 'arrived in Kyiv', planned: false },
    ]);
    expect(events[0]?.evidence).toBe(text);
  });

  it('marks a trip announced for next week as planned, with its week', () => {
    const text = 'Scholz will travel to Washington next week to meet President Joe Biden.';
    const events = eventsOf(text, WED, [
      ['person:olaf-scholz', 'person', 'Scholz'],
      ['person:joe-biden', 'person', 'Joe Biden'],
      ['place:washington', 'place', 'Washington'],
    ]);
    expect(events.map(brief)).toEqual([
      { date: '2024-W21', granularity: 'week', actors: ['person:olaf-scholz'], places: ['place:washington'], what: 'travel to Washington', planned: true },
    ]);
  });

  it('keeps a plan with no date of its own as a plan for later', () => {
    const text = 'French President Emmanuel Macron is expected to visit a shipyard in Saint-Nazaire after the summit, aides said.';
    const events = eventsOf(text, WED, [
      ['person:emmanuel-macron', 'person', 'Emmanuel Macron'],
      ['place:saint-nazaire', 'place', 'Saint-Nazaire'],
      ['country:france', 'country', 'French'],
    ]);
    expect(events.map(brief)).toEqual([
      { date: 'FUTURE_REF', granularity: 'vague', actors: ['person:emmanuel-macron'], places: ['place:saint-nazaire'], what: 'visit a shipyard', planned: true },
    ]);
  });

  it('gives each date of a sentence the clause it belongs to', () => {
    const text = 'Erdogan, who met Putin in Sochi in September 2021, hosted Iranian President Ebrahim Raisi in Ankara on Monday.';
    const events = eventsOf(text, WED, [
      ['person:recep-tayyip-erdogan', 'person', 'Erdogan'],
      ['person:vladimir-putin', 'person', 'Putin'],
      ['person:ebrahim-raisi', 'person', 'Ebrahim Raisi'],
      ['place:sochi', 'place', 'Sochi'],
      ['place:ankara', 'place', 'Ankara'],
    ]);
    expect(events.map((e) => [e.date, e.what, e.actors, e.places])).toEqual([
      ['2021-09', 'met Putin', ['person:recep-tayyip-erdogan', 'person:vladimir-putin'], ['place:sochi']],
      ['2024-05-13', 'hosted Iranian President Ebrahim Raisi', ['person:recep-tayyip-erdogan', 'person:ebrahim-raisi'], ['place:ankara']],
    ]);
  });

  it('follows a pronoun to the person of the sentence before, and a relative date to the day named before', () => {
    const text = 'Prime Minister Narendra Modi landed in Moscow on Monday. He held talks with Putin the next day at the Kremlin.';
    const events = eventsOf(text, WED, [
      ['person:narendra-modi', 'person', 'Narendra Modi'],
      ['person:vladimir-putin', 'person', 'Putin'],
      ['place:moscow', 'place', 'Moscow'],
      ['place:kremlin', 'place', 'Kremlin'],
    ]);
    expect(events.map((e) => [e.date, e.what, e.actors, e.places])).toEqual([
      ['2024-05-13', 'landed in Moscow', ['person:narendra-modi'], ['place:moscow']],
      ['2024-05-14', 'held talks with Putin', ['person:narendra-modi', 'person:vladimir-putin'], ['place:kremlin']],
    ]);
  });

  it('reads "in June 2021 when they met" as the meeting of the people named before', () => {
    const text = 'Joe Biden will see Xi Jinping in San Francisco, their first talks since November 2022 when they met in Bali.';
    const events = eventsOf(text, WED, [
      ['person:joe-biden', 'person', 'Joe Biden'],
      ['person:xi-jinping', 'person', 'Xi Jinping'],
      ['place:san-francisco', 'place', 'San Francisco'],
      ['place:bali', 'place', 'Bali'],
    ]);
    expect(events.map((e) => [e.date, e.what, e.actors, e.places, e.planned])).toEqual([
      ['2022-11', 'met in Bali', ['person:joe-biden', 'person:xi-jinping'], ['place:bali'], false],
      ['FUTURE_REF', 'see Xi Jinping', ['person:joe-biden', 'person:xi-jinping'], ['place:san-francisco'], true],
    ]);
  });

  it('names an event by its noun when no verb tells it, and finds its actor through "its"', () => {
    const text = 'Since the start of its offensive in October 2023, Israel has faced mounting criticism.';
    const events = eventsOf(text, WED, [['country:israel', 'country', 'Israel']]);
    expect(events.map((e) => [e.date, e.what, e.actors])).toEqual([['2023-10', 'start of its offensive', ['country:israel']]]);
  });
});

describe('who is not an actor', () => {
  it('leaves out the agency that reports the event and a country that only qualifies a title', () => {
    const text = 'M23 rebels seized Goma on Sunday after talks with U.S. envoy Tom Perriello collapsed, Reuters reported.';
    const events = eventsOf(text, WED, [
      ['organisation:m23', 'organisation', 'M23'],
      ['organisation:reuters', 'organisation', 'Reuters'],
      ['country:united-states', 'country', 'U.S.'],
      ['person:tom-perriello', 'person', 'Tom Perriello'],
      ['place:goma', 'place', 'Goma'],
    ]);
    expect(events.map((e) => [e.date, e.what, e.actors])).toEqual([['2024-05-12', 'seized Goma', ['organisation:m23']]]);
  });

  it('makes no event without an actor', () => {
    const text = 'Heavy rain flooded the valley on Monday.';
    expect(eventsOf(text, WED, [])).toEqual([]);
  });
});

describe('undated events of the lead', () => {
  const specs: [string, EntityType, ...string[]][] = [
    ['country:north-korea', 'country', 'North Korea'],
    ['place:yellow-sea', 'place', 'Yellow Sea'],
  ];

  it('dates an undated lead event at the article date, reading the gerund as a past tense', () => {
    const text = 'The talks follow North Korea firing a cruise missile toward the Yellow Sea.';
    expect(eventsOf(text, WED, specs).map(brief)).toEqual([
      { date: WED, granularity: 'day', actors: ['country:north-korea'], places: ['place:yellow-sea'], what: 'fired a cruise missile', planned: false },
    ]);
  });

  it('does not date undated events outside the lead, nor background in the pluperfect', () => {
    const filler = 'Officials gave no details. Markets were calm. Analysts were divided. Trade was thin. ';
    expect(eventsOf(`${filler}North Korea tested a missile.`, WED, specs)).toEqual([]);
    expect(eventsOf('North Korea had tested a missile.', WED, specs)).toEqual([]);
  });

  it('gives a recalled meeting the site named a sentence later', () => {
    const text = 'Xi Jinping met Lula on Tuesday. At the meeting at the Great Hall of the People, the two signed 15 deals.';
    const events = eventsOf(text, WED, [
      ['person:xi-jinping', 'person', 'Xi Jinping'],
      ['person:lula', 'person', 'Lula'],
      ['place:great-hall-of-the-people', 'place', 'Great Hall of the People'],
    ]);
    expect(events.map((e) => [e.date, e.what, e.places])).toEqual([['2024-05-14', 'met Lula', ['place:great-hall-of-the-people']]]);
  });
});

describe('quotation marks in an event line', () => {
  it('closes a quotation the phrase ends inside, or drops its opening mark when cut before the close', () => {
    const closed = eventsOf('On Thursday, President Ann Poe accused the port of ‘energy terrorism’ and left.', WED, [['person:ann-poe', 'person', 'Ann Poe']]);
    expect(closed.map((e) => e.what)).toEqual(['accused the port of ‘energy terrorism’']);
    const cut = eventsOf('On Thursday, President Ann Poe accused the port of “energy terrorism on a scale never seen before in any port of this coast”.', WED, [['person:ann-poe', 'person', 'Ann Poe']]);
    expect(cut.map((e) => e.what)).toHaveLength(1);
    expect(cut[0]!.what).not.toMatch(/“/);
  });
});

describe('what an event line says after its verb', () => {
  const poe: EntitySpec[] = [['person:ann-poe', 'person', 'Ann Poe']];
  const whatOf = (text: string, specs: EntitySpec[] = poe) => eventsOf(text, WED, specs).map((e) => e.what);

  it('reads on past a time that stands between the verb and its complement', () => {
    expect(whatOf('Governor Ann Poe spent Friday on a tour of the flooded valley.')).toEqual(['spent Friday on a tour of the flooded valley']);
    expect(whatOf('Governor Ann Poe declared Monday a day of mourning for the fishermen.')).toEqual(['declared Monday a day of mourning']);
  });

  it('stops at a time followed by another verb or an agent, as before', () => {
    expect(whatOf('Governor Ann Poe resigned Monday and the council met.')).toEqual(['resigned']);
    expect(whatOf('Governor Ann Poe arrived Tuesday by helicopter.')).toEqual(['arrived']);
  });

  it('keeps a particle that belongs to the verb, but not a preposition opening an object', () => {
    expect(whatOf('Governor Ann Poe signed off on the new sea wall on Tuesday.')).toEqual(['signed off on the new sea wall']);
    expect(whatOf('Governor Ann Poe walked in the garden on Tuesday.')).toEqual(['walked in the garden']);
  });

  it('reads "next to", "out of" and "ahead of" as one preposition each', () => {
    expect(whatOf('Governor Ann Poe stood next to the harbour master on Tuesday.')).toEqual(['stood next to the harbour master']);
    expect(whatOf('Governor Ann Poe stayed ahead of the storm on Tuesday.')).toEqual(['stayed ahead of the storm']);
  });

  it('does not take a name owning the object for someone who acted', () => {
    const events = eventsOf('Governor Ann Poe pushed back on Mayor Tom Ray\'s plan on Tuesday.', WED, [...poe, ['person:tom-ray', 'person', 'Tom Ray']]);
    expect(events.map((e) => e.actors)).toEqual([['person:ann-poe']]);
  });
});
