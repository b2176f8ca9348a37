import { describe, expect, it } from 'vitest';
import { instantOf, localDateOf, nextOccurrence, occurrencesBetween, parseTimeOfDay, shiftDate } from '../src/digest/next-run.js';
import { resolveZone, suggestZones } from '../src/digest/zone-names.js';

const at = (hour: number, minute = 0) => ({ hour, minute });
const utc = (date: string, time: { hour: number; minute: number }, zone: string) => instantOf(date, time, zone).toISOString();

describe('digest time: when a wall-clock time happens', () => {
  it('places 08:00 Berlin at 07:00 UTC in winter and 06:00 UTC in summer', () => {
    expect(utc('2026-01-15', at(8), 'Europe/Berlin')).toBe('2026-01-15T07:00:00.000Z');
    expect(utc('2026-07-15', at(8), 'Europe/Berlin')).toBe('2026-07-15T06:00:00.000Z');
  });

  it('places 08:00 New York at 13:00 UTC in winter and 12:00 UTC in summer', () => {
    expect(utc('2026-01-15', at(8), 'America/New_York')).toBe('2026-01-15T13:00:00.000Z');
    expect(utc('2026-07-15', at(8), 'America/New_York')).toBe('2026-07-15T12:00:00.000Z');
  });

  it('moves a time skipped by spring-forward to when the clocks resume (03:00 local)', () => {
    // Berlin: 02:00 CET → 03:00 CEST on 29 March 2026, at 01:00 UTC.
    expect(utc('2026-03-29', at(2, 30), 'Europe/Berlin')).toBe('2026-03-29T01:00:00.000Z');
    // New York: 02:00 EST → 03:00 EDT on 8 March 2026, at 07:00 UTC.
    expect(utc('2026-03-08', at(2, 30), 'America/New_York')).toBe('2026-03-08T07:00:00.000Z');
    expect(utc('2026-03-08', at(2, 0), 'America/New_York')).toBe('2026-03-08T07:00:00.000Z');
    // A time just outside the gap is untouched.
    expect(utc('2026-03-08', at(3, 0), 'America/New_York')).toBe('2026-03-08T07:00:00.000Z');
    expect(utc('2026-03-08', at(1, 59), 'America/New_York')).toBe('2026-03-08T06:59:00.000Z');
  });

  it('takes the first of the two 02:30s on a fall-back night', () => {
    // Berlin: 03:00 CEST → 02:00 CET on 25 October 2026; 02:30 CEST is 00:30 UTC (02:30 CET would be 01:30).
    expect(utc('2026-10-25', at(2, 30), 'Europe/Berlin')).toBe('2026-10-25T00:30:00.000Z');
    // New York: 01:30 EDT (05:30 UTC) before 01:30 EST (06:30 UTC) on 1 November 2026.
    expect(utc('2026-11-01', at(1, 30), 'America/New_York')).toBe('2026-11-01T05:30:00.000Z');
  });

  it('handles a half-hour change (Lord Howe) and zones without daylight saving', () => {
    // Lord Howe: 02:00 → 02:30 on 4 October 2026 (15:30 UTC the day before); 02:15 does not exist.
    expect(utc('2026-10-04', at(2, 15), 'Australia/Lord_Howe')).toBe('2026-10-03T15:30:00.000Z');
    expect(utc('2026-03-29', at(2, 30), 'Asia/Kolkata')).toBe('2026-03-28T21:00:00.000Z');
    expect(utc('2026-03-29', at(0, 0), 'UTC')).toBe('2026-03-29T00:00:00.000Z');
  });

  it('lists one occurrence per local day, even across a 23-hour and a 25-hour day', () => {
    const spring = occurrencesBetween(at(8), 'Europe/Berlin', new Date('2026-03-27T00:00:00Z'), new Date('2026-03-30T12:00:00Z'));
    expect(spring.map((o) => [o.localDate, o.dueAt.toISOString()])).toEqual([
      ['2026-03-27', '2026-03-27T07:00:00.000Z'],
      ['2026-03-28', '2026-03-28T07:00:00.000Z'],
      ['2026-03-29', '2026-03-29T06:00:00.000Z'],
      ['2026-03-30', '2026-03-30T06:00:00.000Z'],
    ]);
    const autumn = occurrencesBetween(at(2, 30), 'Europe/Berlin', new Date('2026-10-24T00:00:00Z'), new Date('2026-10-26T12:00:00Z'));
    expect(autumn.map((o) => o.localDate)).toEqual(['2026-10-24', '2026-10-25', '2026-10-26']);
  });

  it('finds the next occurrence after an instant, skipping dates already done', () => {
    const after = new Date('2026-03-28T07:00:00Z');
    expect(nextOccurrence(at(8), 'Europe/Berlin', after).dueAt.toISOString()).toBe('2026-03-29T06:00:00.000Z');
    expect(nextOccurrence(at(8), 'Europe/Berlin', new Date('2026-03-28T06:59:00Z'), (d) => d === '2026-03-28').localDate).toBe('2026-03-29');
  });

  it('reads local dates and shifts calendar dates', () => {
    expect(localDateOf(new Date('2026-03-28T23:30:00Z'), 'Europe/Berlin')).toBe('2026-03-29');
    expect(localDateOf(new Date('2026-03-28T23:30:00Z'), 'America/New_York')).toBe('2026-03-28');
    expect(shiftDate('2026-02-28', 1)).toBe('2026-03-01');
    expect(shiftDate('2026-01-01', -1)).toBe('2025-12-31');
  });
});

describe('digest time: what members type', () => {
  it('reads times of day in 24-hour and am/pm forms and refuses impossible ones', () => {
    expect(parseTimeOfDay('07:30')).toEqual(at(7, 30));
    expect(parseTimeOfDay('7:05')).toEqual(at(7, 5));
    expect(parseTimeOfDay('18')).toEqual(at(18));
    expect(parseTimeOfDay('7:30pm')).toEqual(at(19, 30));
    expect(parseTimeOfDay('12 am')).toEqual(at(0));
    for (const bad of ['24:00', '7:60', 'noon', '13pm', '', '7:3']) expect(parseTimeOfDay(bad)).toBeUndefined();
  });

  it('maps abbreviations to the zone they usually mean, and accepts IANA names in any case', () => {
    expect(resolveZone('EST')).toBe('America/New_York');
    expect(resolveZone('edt')).toBe('America/New_York');
    expect(resolveZone('CET')).toBe('Europe/Berlin');
    expect(resolveZone('PST')).toBe('America/Los_Angeles');
    expect(resolveZone('IST')).toBe('Asia/Kolkata');
    expect(resolveZone('JST')).toBe('Asia/Tokyo');
    expect(resolveZone('AEST')).toBe('Australia/Sydney');
    expect(resolveZone('utc')).toBe('UTC');
    expect(resolveZone('europe/berlin')).toBe('Europe/Berlin');
    expect(resolveZone('America/New York')).toBe('America/New_York');
    expect(resolveZone('US/Eastern')).toBe('America/New_York');
    for (const bad of ['Mars/Olympus', 'XYZ', '', '+02:00', "'; drop table"]) expect(resolveZone(bad)).toBeUndefined();
  });

  it('suggests at most 25 zones: the abbreviation first, then by name and by city', () => {
    expect(suggestZones('cet')[0]).toEqual({ name: 'CET → Europe/Berlin', value: 'Europe/Berlin' });
    expect(suggestZones('berl').map((c) => c.value)).toContain('Europe/Berlin');
    expect(suggestZones('new_y').map((c) => c.value)).toContain('America/New_York');
    expect(suggestZones('')).toHaveLength(25);
    for (const choice of suggestZones('a')) expect(choice.name.length).toBeLessThanOrEqual(100);
  });
});
