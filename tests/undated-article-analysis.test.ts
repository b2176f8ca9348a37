import { describe, expect, it } from 'vitest';
import { Archive } from '../src/articles/archive.js';
import { EntityDirectory } from '../src/briefing/entity-directory.js';
import { toArticle } from '../src/ingest/to-article.js';
import { analyze } from '../src/language/pipeline.js';

// A saved page whose text gives no date: it is read on the day given, and carries that day marked unknown.
const BODY = [
  'Governor Elin Sarto signed the harbour bill on Tuesday.',
  'The strike had begun in March. Sarto first ran for office in 2011, and the port opened on June 4, 1998.',
].join(' ');

function read(date?: string) {
  const parsed = toArticle({ origin: `test:harbour-${date ?? 'undated'}`, title: 'Harbour bill signed', body: BODY, ...(date ? { date } : {}), fallbackTime: new Date('2026-11-20T09:00:00Z') }, new Date('2026-12-01T00:00:00Z')).article;
  return { ...parsed, analysis: analyze(parsed) };
}

describe('an undated article', () => {
  const undated = read();
  const dated = read('2019-05-09');

  it('keeps only the times that write their year: the others would be dated from the day the page arrived', () => {
    expect(undated.dateSource).toBe('unknown');
    expect(undated.analysis.times.map((t) => t.value).sort()).toEqual(['1998-06-04', '2011']);
    expect(dated.analysis.times.map((t) => t.value)).toEqual(expect.arrayContaining(['2019-05-07', '2019-03', '2011', '1998-06-04']));
  });

  it('has no event dated by its arrival, and keeps one dated by a written year', () => {
    const dates = undated.analysis.events.map((e) => e.date);
    expect(dates.every((d) => d === '2011' || d === '1998-06-04')).toBe(true);
    expect(dated.analysis.events.map((e) => e.date)).toContain('2019-05-07');
  });

  it('files no title for its people: a role would be dated by the arrival', () => {
    const rolesIn = (article: ReturnType<typeof read>) => {
      const directory = new EntityDirectory(new Archive([article]));
      return directory.record(directory.named('Elin Sarto')[0]!)!.roles.map((r) => `${r.title} ${r.date}`);
    };
    expect(rolesIn(dated)).toEqual(['Governor 2019-05-09']);
    expect(rolesIn(undated)).toEqual([]);
  });
});

// A page dated by its first publication whose text was updated since: its sentences tell of later months.
const UPDATED = [
  'Governor Elin Sarto signed the harbour bill on Tuesday.',
  'Veldia joined the harbour league in April 2023. Norland became a member in March 2024.',
  'The strike had begun in March.',
].join(' ');

function readUpdated(body: string) {
  const parsed = toArticle({ origin: 'test:harbour-updated', title: 'What is the harbour league?', body, date: '2012-05-10', fallbackTime: new Date('2026-11-20T09:00:00Z') }, new Date('2026-12-01T00:00:00Z')).article;
  return { ...parsed, analysis: analyze(parsed) };
}

describe('a dated article whose sentences tell of months after its date', () => {
  it('keeps only the times that write their year, and files no title, as its day dates neither', () => {
    const article = readUpdated(UPDATED);
    expect(article.analysis.updatedLater).toBe(true);
    expect(article.analysis.times.map((t) => t.value).sort()).toEqual(['2023-04', '2024-03']);
    const directory = new EntityDirectory(new Archive([article]));
    expect(directory.record(directory.named('Elin Sarto')[0]!)!.roles).toEqual([]);
  });

  it('is read as dated when a later month is only planned, or named once', () => {
    const planned = readUpdated(UPDATED.replace('Veldia joined', 'Veldia will join').replace('Norland became a member', 'Norland is expected to join'));
    expect(planned.analysis.updatedLater).toBeUndefined();
    const once = readUpdated(UPDATED.replace(' Norland became a member in March 2024.', ''));
    expect(once.analysis.updatedLater).toBeUndefined();
    expect(once.analysis.times.map((t) => t.value)).toContain('2012-05-08');
  });
});
