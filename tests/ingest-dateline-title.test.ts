import { describe, expect, it } from 'vitest';
import { resolveArticleDate } from '../src/ingest/article-date.js';
import { parseDateline } from '../src/ingest/dateline.js';
import { splitTitle } from '../src/ingest/title.js';

describe('dateline', () => {
  it.each([
    ['Tokyo, 13 September, /AJMEDIA/', { place: 'Tokyo', date: { day: 13, month: 9 }, source: 'AJMEDIA', rest: '' }],
    ['Berlin, 5 May 2024 /AJMEDIA/', { place: 'Berlin', date: { day: 5, month: 5, year: 2024 }, source: 'AJMEDIA' }],
    ['WASHINGTON, March 3 (Reuters) - The Senate voted.', { place: 'Washington', date: { day: 3, month: 3 }, source: 'Reuters', rest: 'The Senate voted.' }],
    ['LONDON (AP) — Britain said on Monday.', { place: 'London', source: 'AP', rest: 'Britain said on Monday.' }],
    ['MOSCOW, Sept. 13 (Reuters) - Officials said.', { place: 'Moscow', date: { day: 13, month: 9 }, source: 'Reuters' }],
    ['NEW YORK, Jan. 5, 2024 /PRNewswire/ -- Acme Corp said.', { place: 'New York', date: { day: 5, month: 1, year: 2024 }, source: 'PRNewswire' }],
    ['Rio de Janeiro, 4 July (AFP) - Rain fell.', { place: 'Rio de Janeiro', date: { day: 4, month: 7 }, source: 'AFP' }],
    ['SAN FRANCISCO, Calif. (AP) — A quake hit.', { place: 'San Francisco, Calif.', source: 'AP' }],
    ['PARIS — The French government said.', { place: 'Paris', rest: 'The French government said.' }],
  ])('reads %j', (line, expected) => {
    expect(parseDateline(line)).toMatchObject(expected);
  });

  it.each([
    'The meeting comes immediately (Reuters) - no dateline here',
    'Russian President Vladimir Putin and North Korean leader Kim Jong Un met Wednesday afternoon.',
    'In Tokyo — a sentence that merely contains a dash',
    'Zelensky (left) may be forced to fire Syrsky (right)',
    'Mayor Ada Lunn (second from left) opens the bridge',
  ])('does not mistake a sentence for a dateline: %j', (line) => {
    expect(parseDateline(line)).toBeUndefined();
  });
});

describe('stated dates', () => {
  const clues = { lead: '', text: '', today: new Date('2024-06-01T12:00:00Z'), fallback: new Date('2024-06-01T12:00:00Z') };

  it.each([
    ['Tue, 12 Mar 2024 21:30:00 -0500', '2024-03-12'],
    ['Wed, 13 Mar 2024 00:15:00 +0900', '2024-03-13'],
    ['2024-03-12T21:30:00-05:00', '2024-03-12'],
    ['Updated September 13, 2023', '2023-09-13'],
  ])('keeps the day %j was written on, whatever its time zone', (stated, date) => {
    expect(resolveArticleDate({ ...clues, stated })).toMatchObject({ date, source: 'stated' });
  });
});

describe('headline attribution', () => {
  it('splits a news agency after a colon', () => {
    expect(splitTitle('Putin, Kim Jong Un meet at space launch facility in Russia: Tass')).toMatchObject({
      headline: 'Putin, Kim Jong Un meet at space launch facility in Russia',
      via: 'Tass',
    });
  });

  it('splits a publisher after a dash or bar', () => {
    expect(splitTitle('Oil prices slip as demand worries return - Reuters').via).toBe('Reuters');
    expect(splitTitle('Wildfire forces evacuations on Greek island | AP News').via).toBe('AP News');
  });

  it('keeps a colon that is part of the headline', () => {
    expect(splitTitle('Brexit: what happens next').via).toBeUndefined();
    expect(splitTitle('Analysis: why the central bank held rates').via).toBeUndefined();
    expect(splitTitle('Budget 2024: Key Points').via).toBeUndefined();
  });
});
