import { describe, expect, it } from 'vitest';
import { Archive } from '../src/articles/archive.js';
import { createBriefings } from '../src/briefing/briefings.js';
import { latestBriefing } from '../src/briefing/latest-briefing.js';
import { personBriefing } from '../src/briefing/person-briefing.js';
import { placeBriefing } from '../src/briefing/place-briefing.js';
import { dateFoundField, newestDated, undatedMark } from '../src/briefing/undated-news.js';
import { toArticle } from '../src/ingest/to-article.js';
import { analyze } from '../src/language/pipeline.js';
import { fixtureArticle, fixtureFiles } from './brief-fixtures.js';

/**
 * A page read on the day it arrived, enriched: with no `date` and nothing in its text, it carries that day,
 * marked unknown.
 */
function readPage(title: string, body: string, arrived: string, date?: string) {
  const parsed = toArticle({ origin: `test:${title}-${arrived}`, title, body, ...(date ? { date } : {}), fallbackTime: new Date(`${arrived}T09:00:00Z`) }, new Date(`${arrived}T10:00:00Z`)).article;
  return { ...parsed, analysis: analyze(parsed) };
}

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

describe('undated news in the latest briefing', () => {
  // A saved page with no date in it, read on the day given: it carries that day, marked unknown.
  const undatedPage = (arrived: string) => {
    const body = 'Harbour pilots in Valdoria walked out over pay, and ferries to the islands stopped. Pilot Ilse Marten said the talks had failed, and Markus Feldner urged both sides to meet.';
    const page = readPage('Harbour pilots walk out over pay', body, arrived);
    expect(page.dateSource).toBe('unknown');
    return page;
  };
  const headlines = (extra: ReturnType<typeof undatedPage>) => {
    const archive = new Archive([...fixtureFiles().map(fixtureArticle), extra]);
    return latestBriefing(createBriefings(archive)).fields!.map((f) => f.name);
  };

  it('leaves out a page that arrived months after the newest dated news: its arrival says nothing of its age', () => {
    const names = headlines(undatedPage('2024-11-20'));
    expect(names.length).toBeGreaterThan(0);
    expect(names.some((n) => /Harbour pilots/.test(n))).toBe(false);
  });

  it('keeps one that arrived with the news, marked as ranked by arrival', () => {
    expect(headlines(undatedPage('2024-06-04')).some((n) => /Harbour pilots/.test(n))).toBe(true);
  });
});

describe('undated news in a person’s briefing', () => {
  it('quotes no page that arrived long after the dated news as the latest, and spans the dated articles only', () => {
    const late = readPage('Harbour pilots walk out over pay', 'Harbour pilots walked out over pay. Markus Feldner urged both sides to meet again.', '2024-11-20');
    const archive = new Archive([...fixtureFiles().map(fixtureArticle), late]);
    const reply = personBriefing(createBriefings(archive), 'person:markus-feldner');
    expect(reply.text).not.toMatch(/2024-11-20/);
    const latest = reply.fields!.find((f) => f.name.startsWith('Latest'))!;
    expect(latest.value).not.toMatch(/2024-11-20/);
    expect(latest.value).toMatch(/2024-0[56]-\d\d/);
  });
});

describe('a page updated after its date in a person’s briefing', () => {
  it('quotes nothing from it under the day it first appeared', () => {
    const body = 'Markus Feldner urged both sides to meet. Veldia joined the harbour league in April 2023. Norland became a member in March 2024.';
    const updated = readPage('What is the harbour league?', body, '2024-06-20', '2012-05-10');
    expect(updated.analysis.updatedLater).toBe(true);
    const news = readPage('Harbour talks resume', 'Harbour talks resumed in Valdoria on Monday. Markus Feldner said both sides had met.', '2024-06-20', '2024-06-18');
    const latest = personBriefing(createBriefings(new Archive([news, updated])), 'person:markus-feldner').fields!.find((f) => f.name.startsWith('Latest'))!;
    expect(latest.value).toMatch(/2024-06-18/);
    expect(latest.value).not.toMatch(/2012-05-10/);
  });
});

describe('the sentences a person’s briefing quotes', () => {
  it('are whole: no wrapped line cut mid-sentence or heading of a saved page', () => {
    const body = 'Markus Feldner and Ilse Marten split\n\nThe talks failed on Monday. Critics recall the harbour strike that Markus Feldner led, Marten\n\nsaid on Monday.';
    const cut = readPage('Harbour talks fail', body, '2024-06-20', '2024-06-18');
    const whole = readPage('Harbour talks resume', 'Harbour talks resumed in Valdoria on Monday. Markus Feldner said both sides had met.', '2024-06-12', '2024-06-11');
    const latest = personBriefing(createBriefings(new Archive([cut, whole])), 'person:markus-feldner').fields!.find((f) => f.name.startsWith('Latest'))!;
    expect(latest.value).toMatch(/Markus Feldner said both sides had met\./);
    expect(latest.value).not.toMatch(/split|Marten\s*`/);
  });
});

describe('undated news in a place’s briefing', () => {
  it('lists no story of a page that arrived long after the dated news', () => {
    const late = readPage('Valdoria ferry fares to double', 'Ferry fares to Valdoria will double. The Valdoria council blamed fuel costs. Valdoria residents protested.', '2024-11-20');
    const dated = readPage('Valdoria harbour reopens', 'The harbour of Valdoria reopened on Saturday. Valdoria officials said ferries would run daily. Valdoria traders welcomed it.', '2024-06-10', '2024-06-01');
    const archive = new Archive([late, dated]);
    const b = createBriefings(archive);
    const key = b.directory.named('Valdoria')[0]!;
    const stories = placeBriefing(b, key).fields!.find((f) => f.name.startsWith('Stories'))!.value;
    expect(stories).toMatch(/Valdoria harbour reopens/);
    expect(stories).not.toMatch(/fares to double/);
  });
});
