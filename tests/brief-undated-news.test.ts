import { describe, expect, it } from 'vitest';
import { dateFoundField, newestDated, undatedMark } from '../src/briefing/undated-news.js';

const dated = { date: '2024-05-01', dateSource: 'stated' as const, dateNote: 'stated by the source (2024-05-01)' };
const undated = { date: '2026-11-28', dateSource: 'unknown' as const, dateNote: 'no date in the text; the file time is used' };

describe('undated news', () => {
  it('never takes an undated article as the newest news', () => {
    expect(newestDated([undated, dated])).toBe(dated);
    expect(newestDated([undated])).toBe(undated);
    expect(newestDated([])).toBeUndefined();
  });

  it('marks an undated article as ranked by arrival, and a dated one not at all', () => {
    expect(undatedMark(undated)).toMatch(/date unknown/);
    expect(undatedMark(dated)).toBe('');
  });

  it('/article says how the date was found', () => {
    expect(dateFoundField(undated).value).toMatch(/date unknown.*file time/);
    expect(dateFoundField(dated).value).toMatch(/^stated: stated by the source/);
  });
});
