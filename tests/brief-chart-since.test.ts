import { describe, expect, it } from 'vitest';
import { ChartPictures, mentionPicture } from '../src/briefing/chart-picture.js';
import { bucketCounts, chartSvg } from '../src/briefing/mention-chart.js';
import { parseSince } from '../src/briefing/since.js';
import { resolveDate } from '../src/search/date-filter.js';

describe('mentions chart', () => {
  it('counts per day over a short span, filling the days with no mention', () => {
    const { step, buckets } = bucketCounts(new Map([['2024-05-14', 7], ['2024-05-16', 2]]));
    expect(step).toBe('day');
    expect(buckets).toEqual([
      { label: '2024-05-14', value: 7 },
      { label: '2024-05-15', value: 0 },
      { label: '2024-05-16', value: 2 },
    ]);
  });

  it('counts per month over a long span, and per year over a very long one', () => {
    const months = bucketCounts(new Map([['2023-11-08', 1], ['2024-05-14', 4], ['2024-05-23', 2]]));
    expect(months.step).toBe('month');
    expect(months.buckets).toHaveLength(7);
    expect(months.buckets.at(-1)).toEqual({ label: '2024-05', value: 6 });
    const years = bucketCounts(new Map([['2015-01-01', 1], ['2024-01-01', 1]]));
    expect(years.step).toBe('year');
    expect(years.buckets.map((b) => b.label)).toEqual(['2015', '2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024']);
  });

  it('draws on an opaque card with dark text, so it reads on Discord’s dark and light themes, and escapes names', () => {
    const svg = chartSvg('Mentions of A & B <Ltd>, per day', [{ label: '2024-05-14', value: 3 }], 'mentions per day');
    expect(svg).toMatch(/<rect x="0.5" y="0.5" width="639" height="259" rx="12" fill="#f6f7f9"/);
    expect(svg).toContain('A &amp; B &lt;Ltd&gt;');
    expect(svg).toContain('fill="#1d2125"');
  });

  it('renders a PNG once and serves the same picture again from the cache', () => {
    const cache = new ChartPictures();
    const what = { name: 'Lena Hofer', fileStem: 'person:lena-hofer', perDay: new Map([['2024-06-03', 2]]), unit: 'mentions' };
    const first = mentionPicture(cache, what)!;
    expect(first.name).toBe('person-lena-hofer-mentions.png');
    expect([...first.data.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(first.description).toBe('Mentions of Lena Hofer, per day: 2 from 2024-06-03 to 2024-06-03; most on 2024-06-03.');
    // A month or a year is "in", a day "on".
    const yearly = mentionPicture(cache, { ...what, perDay: new Map([['2015-03-01', 1], ['2022-05-01', 4], ['2024-01-01', 2]]) })!;
    expect(yearly.description).toBe('Mentions of Lena Hofer, per year: 7 from 2015 to 2024; most in 2022.');
    expect(mentionPicture(cache, what)!.data).toBe(first.data);
    expect(cache.size).toBe(2);
    expect(mentionPicture(cache, { ...what, perDay: new Map() })).toBeUndefined();
  });
});

describe('since:', () => {
  const now = new Date('2024-06-05T10:00:00Z');

  it('reads dates, months, years and spans back from today', () => {
    expect(parseSince('2024-05-01', now)).toEqual({ date: '2024-05-01' });
    expect(parseSince('2024-05', now)).toEqual({ date: '2024-05-01' });
    expect(parseSince('2023', now)).toEqual({ date: '2023-01-01' });
    expect(parseSince('7d', now)).toEqual({ date: '2024-05-29' });
    expect(parseSince('2w', now)).toEqual({ date: '2024-05-22' });
    expect(parseSince('yesterday', now)).toEqual({ date: '2024-06-04' });
  });

  it('reads words chrono-node knows, leaning to the past', () => {
    expect(parseSince('May 20', now)).toEqual({ date: '2024-05-20' });
  });

  it('refuses impossible dates and text that holds no date', () => {
    expect(parseSince('2024-02-30', now)).toHaveProperty('error');
    expect(parseSince('soonish', now)).toHaveProperty('error');
    expect(parseSince('the day after never', now)).toHaveProperty('error');
  });

  it('reads what /search’s from: reads, months counted on the calendar', () => {
    expect(parseSince('3m', now)).toEqual({ date: resolveDate('3m', now, 'start') });
    expect(parseSince('3m', now)).toEqual({ date: '2024-03-05' });
    expect(parseSince('1 September 2023', now)).toEqual({ date: '2023-09-01' });
  });

  it('refuses a day still to come', () => {
    expect(parseSince('tomorrow', now)).toHaveProperty('error');
    expect(parseSince('2030-01-01', now)).toHaveProperty('error');
    expect(parseSince('today', now)).toEqual({ date: '2024-06-05' });
  });
});
