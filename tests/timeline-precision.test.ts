import { describe, expect, it } from 'vitest';
import { sourcesCount, timelineLine } from '../src/briefing/brief-format.js';
import { timelineFields } from '../src/briefing/brief-sections.js';
import { isSubjectsOwnAct } from '../src/briefing/timeline-filter.js';
import { phraseIsWhole, type TimelineEntry } from '../src/briefing/timeline.js';
import { eventsOf } from './events-helpers.js';

const ORLOV = 'person:anton-orlov';

function entry(what: string, date: string, planned = false): TimelineEntry {
  return {
    date,
    granularity: 'day',
    sortKey: date,
    what,
    planned,
    evidence: `Anton Orlov ${what} on that day.`,
    articleId: `a-${date}`,
    articleDate: date,
    actors: [ORLOV],
    places: [],
    names: { [ORLOV]: 'Anton Orlov' },
    alsoIn: [],
    outlets: 1,
  };
}

describe('timeline precision', () => {
  it('reads a bare number as a year only after a date word, never a street number or a count', () => {
    const street = eventsOf('Mayor Anton Orlov moved out of 1600 Harbour Avenue after the vote.', '2024-03-02', [[ORLOV, 'person', 'Anton Orlov']]);
    expect(street.some((e) => e.date === '1600')).toBe(false);
    const count = eventsOf('Anton Orlov promised 1965 new homes for the valley towns.', '2024-03-02', [[ORLOV, 'person', 'Anton Orlov']]);
    expect(count.some((e) => e.date === '1965')).toBe(false);
    const year = eventsOf('Anton Orlov founded the harbour trust in 1965, long before the war.', '2024-03-02', [[ORLOV, 'person', 'Anton Orlov']]);
    expect(year.map((e) => e.date)).toContain('1965');
  });

  it('gives a "which" clause to the name right before it only', () => {
    const far = eventsOf('Anton Orlov spoke about housing costs, which have troubled his government since 2021.', '2024-03-02', [[ORLOV, 'person', 'Anton Orlov']]);
    expect(far.some((e) => /troubled/.test(e.what))).toBe(false);
    const near = eventsOf('Voters cheered Anton Orlov, who founded the harbour trust in 1998.', '2024-03-02', [[ORLOV, 'person', 'Anton Orlov']]);
    expect(near.find((e) => /founded/.test(e.what))?.actors).toEqual([ORLOV]);
  });

  it('drops a phrase cut mid-word', () => {
    expect(phraseIsWhole('dured a press conference', 'Orlov endured a press conference on Monday.')).toBe(false);
    const during = eventsOf('Mayor Anton Orlov during the harbour conference in Vilanova on March 3, 2024.', '2024-03-05', [[ORLOV, 'person', 'Anton Orlov']]);
    expect(during.some((e) => /dured/.test(e.what))).toBe(false);
    expect(phraseIsWhole('endured a press conference', 'Orlov endured a press conference on Monday.')).toBe(true);
  });

  it('keeps only what the subject does: not the subject as object, not a noun phrase, not a lone empty verb', () => {
    expect(isSubjectsOwnAct(entry('met the harbour workers', '2024-03-01'), ORLOV, ['Anton Orlov'])).toBe(true);
    expect(isSubjectsOwnAct(entry('became a fierce critic of Mayor Anton Orlov', '2024-03-01'), ORLOV, ['Anton Orlov'])).toBe(false);
    expect(isSubjectsOwnAct(entry("marked Orlov' sixth visit", '2024-03-01'), ORLOV, ['Anton Orlov'])).toBe(false);
    expect(isSubjectsOwnAct(entry('hosted Orlov', '2024-03-01'), ORLOV, ['Anton Orlov'])).toBe(false);
    expect(isSubjectsOwnAct(entry('his return to power', '2024-03-01'), ORLOV, ['Anton Orlov'])).toBe(false);
    expect(isSubjectsOwnAct(entry('came', '2024-03-01'), ORLOV, ['Anton Orlov'])).toBe(false);
  });

  it('shows plans apart from the latest lines, and never a plan whose day the news has passed', () => {
    const entries = [entry('opened the bridge', '2024-03-01'), entry('visit Krems', '2024-02-10', true), entry('closed the port', '2024-04-01'), entry('sign the treaty', '2024-06-01', true)];
    const { fields } = timelineFields(entries, 4000, 5, ORLOV);
    const timeline = fields.filter((f) => f.name.startsWith('Timeline')).map((f) => f.value).join('\n');
    const plans = fields.find((f) => f.name.startsWith('Planned'))?.value ?? '';
    expect(timeline).toMatch(/opened the bridge[\s\S]*closed the port/);
    expect(timeline).not.toMatch(/sign the treaty|visit Krems/);
    expect(plans).toMatch(/sign the treaty/);
    expect(plans).not.toMatch(/visit Krems/);
  });

  it('goes on in a second field under a heading that continues the first, not another list', () => {
    // Long evidence, so six lines need two 1024-character fields.
    const long = (what: string, date: string) => ({ ...entry(what, date), evidence: `Anton Orlov ${what} on that day, ${'as the council had asked of him for many months before '.repeat(3)}.` });
    const entries = Array.from({ length: 9 }, (_, i) => long(`opened bridge ${i + 1}`, `2024-0${i + 1}-01`));
    const { fields } = timelineFields(entries, 4000, 5, ORLOV);
    const names = fields.map((f) => f.name);
    expect(names[0]).toBe('Timeline: latest 6 of 9, oldest first');
    expect(names.length).toBeGreaterThan(1);
    expect(names.slice(1)).toEqual(names.slice(1).map(() => 'Timeline (cont.)'));
  });

  it('drops a plan whose day newer articles about the subject have passed, keeps one still ahead', () => {
    const entries = [entry('opened the bridge', '2024-03-01'), entry('sign the treaty', '2024-06-01', true), entry('visit Brest', '2024-09', true)];
    const plans = (newsUntil?: string) => timelineFields(entries, 4000, 5, ORLOV, newsUntil).fields.find((f) => f.name.startsWith('Planned'))?.value ?? '';
    expect(plans()).toMatch(/sign the treaty[\s\S]*visit Brest|visit Brest[\s\S]*sign the treaty/);
    expect(plans('2024-09-10')).not.toMatch(/sign the treaty/);
    // September is not over on the 10th.
    expect(plans('2024-09-10')).toMatch(/visit Brest/);
    expect(plans('2024-10-02')).toBe('');
  });

  it('does not repeat a name the phrase already holds, even by its surname alone', () => {
    const SEN = 'person:mira-sen';
    const line = (what: string) => timelineLine({ ...entry(what, '2024-03-01'), actors: [ORLOV, SEN], names: { [ORLOV]: 'Anton Orlov', [SEN]: 'Mira Sen' } }, ORLOV);
    expect(line('pressure Sen')).not.toContain('with Mira Sen');
    expect(line('paused Sen’s order')).not.toContain('with Mira Sen');
    expect(line('met the mayor')).toContain('with Mira Sen');
    // A surname inside another word is no mention of it.
    expect(line('met Senators')).toContain('with Mira Sen');
    // A family name written first ("Kim" of Kim Jong Un) is the name too.
    const KIM = 'person:kim-jong-un';
    const kim = timelineLine({ ...entry('condemned Kim', '2024-03-01'), actors: [ORLOV, KIM], names: { [ORLOV]: 'Anton Orlov', [KIM]: 'Kim Jong Un' } }, ORLOV);
    expect(kim).not.toContain('with Kim Jong Un');
  });

  it('says "with" another subject only of a thing done together, not of two people doing the same apart', () => {
    const SEN = 'person:mira-sen';
    const line = (what: string, evidence: string) =>
      timelineLine({ ...entry(what, '2024-03-01'), evidence, actors: [ORLOV, SEN], names: { [ORLOV]: 'Anton Orlov', [SEN]: 'Mira Sen' } }, ORLOV).split('\n')[0];
    expect(line('toured the flooded valleys', 'Mayor Anton Orlov and Governor Mira Sen toured the flooded valleys on Monday.')).not.toContain('Mira Sen');
    expect(line('met for a private lunch', 'Orlov and Sen met for a private lunch on Monday.')).toContain('with Mira Sen');
    expect(line('toured the flooded valleys together', 'Orlov and Sen toured the flooded valleys together on Monday.')).toContain('with Mira Sen');
    // Named beside the subject, not as a second subject.
    expect(line('toured the flooded valleys', 'Orlov, with Governor Sen at his side, toured the flooded valleys.')).toContain('with Mira Sen');
    // The other named only after the phrase joined the subject in it.
    expect(line('toured the flooded valleys', 'Orlov toured the flooded valleys, and Sen came along.')).toContain('with Mira Sen');
  });

  it('puts a line in a country, state, region or city, at any other place, and never names a country its phrase names', () => {
    const line = (what: string, places: [string, string][]) =>
      timelineLine({ ...entry(what, '2024-03-01'), places: places.map(([k]) => k), names: { [ORLOV]: 'Anton Orlov', ...Object.fromEntries(places) } }, ORLOV).split('\n')[0];
    expect(line('swept to power', [['place:india', 'India']])).toContain(' · in India');
    expect(line('campaigned', [['place:philadelphia', 'Philadelphia']])).toContain(' · in Philadelphia');
    expect(line('visited the front', [['place:kherson-region', 'Kherson region']])).toContain(' · in Kherson region');
    expect(line('met the crew', [['place:vostochny', 'Vostochny Cosmodrome']])).toContain(' · at Vostochny Cosmodrome');
    expect(line('traveled to the US', [['place:united-states', 'United States']])).not.toContain('United States');
    expect(line('traveled to the U.S. capital', [['place:united-states', 'United States']])).not.toContain('United States');
    expect(line('traveled to Usk', [['place:united-states', 'United States']])).toContain(' · in United States');
  });

  it('names a place as its sentence writes it, not by a region the article also names', () => {
    const line = (evidence: string) =>
      timelineLine({ ...entry('posted a video of celebrations', '2022-11-11'), evidence, places: ['place:kherson'], names: { [ORLOV]: 'Anton Orlov', 'place:kherson': 'Kherson region' } }, ORLOV).split('\n')[0];
    expect(line('Anton Orlov posted a video of celebrations in Kherson city on Friday.')).toContain(' · in Kherson');
    expect(line('Anton Orlov posted a video of celebrations in Kherson city on Friday.')).not.toContain('Kherson region');
    expect(line('Anton Orlov posted a video of celebrations across the Kherson region.')).toContain(' · in Kherson region');
    expect(line('Anton Orlov posted a video of celebrations in Khersonets.')).toContain(' · in Kherson region');
  });

  it('leaves out of the phrase the date the line shows, when a preposition follows it', () => {
    const dated = (what: string, evidence: string) => {
      const time = 'July 21';
      const at = evidence.indexOf(time);
      return timelineLine({ ...entry(what, '2024-07-21'), evidence, dateAt: { start: at, end: at + time.length } }, ORLOV).split('\n')[0];
    };
    expect(dated('wrote July 21 on his blog', 'Anton Orlov wrote July 21 on his blog that the port would close.')).toContain(' · wrote on his blog');
    expect(dated('named July 21 a day of mourning', 'Anton Orlov named July 21 a day of mourning.')).toContain(' · named July 21 a day of mourning');
    expect(dated('spent July 21 on a tour of the port', 'Anton Orlov spent July 21 on a tour of the port.')).toContain(' · spent July 21 on a tour');
  });

  it('counts outlets, with the article count beside it when it differs', () => {
    expect(sourcesCount(3, 4)).toBe('3 sources, 4 articles');
    expect(sourcesCount(2, 2)).toBe('2 sources');
    expect(sourcesCount(1, 11)).toBe('1 source, 11 articles');
  });
});
