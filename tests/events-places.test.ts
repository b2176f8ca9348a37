import { describe, expect, it } from 'vitest';
import { eventsOf, type EntitySpec } from './events-helpers.js';

const SPECS: EntitySpec[] = [
  ['person:anton-orlov', 'person', 'Mayor Anton Orlov'],
  ['place:lisbon', 'place', 'Lisbon'],
  ['place:porto', 'place', 'Porto'],
];

/** Places of the event whose phrase matches, on sentences written for the rule. */
function placesOf(text: string, what: RegExp): string[] | undefined {
  return eventsOf(text, '2024-03-06', SPECS).find((e) => what.test(e.what))?.places;
}

describe('an event is placed only by a place its own phrase names', () => {
  it('keeps a place right after the verb phrase, times aside', () => {
    expect(placesOf('Mayor Anton Orlov met reporters on Monday in Lisbon.', /met/)).toEqual(['place:lisbon']);
  });

  it('drops a place in a later phrase or one tied by "on"', () => {
    expect(placesOf('Mayor Anton Orlov visited Porto on Monday and is expected in Lisbon later this week.', /visited/)).not.toContain('place:lisbon');
    expect(placesOf('Mayor Anton Orlov on Monday blamed it on Lisbon and called it an attack.', /blamed/)).toEqual([]);
    expect(placesOf('Mayor Anton Orlov on Monday defended his record in addressing the long crisis in Lisbon.', /defended/)).toEqual([]);
  });

  it('reads "toward" after a stance ("a strategy towards Lisbon") as what it is about, not where', () => {
    expect(placesOf('Mayor Anton Orlov on Monday outlined the city’s strategy towards Lisbon.', /outlined/)).toEqual([]);
    expect(placesOf('Mayor Anton Orlov on Monday headed toward Lisbon.', /headed/)).toEqual(['place:lisbon']);
    expect(placesOf('Mayor Anton Orlov on Monday sent two ferries toward Lisbon.', /sent/)).toEqual(['place:lisbon']);
  });
});
