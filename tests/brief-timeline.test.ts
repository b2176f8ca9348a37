import { describe, expect, it } from 'vitest';
import type { EnrichedArticle } from '../src/articles/article.js';
import { Archive } from '../src/articles/archive.js';
import { createBriefings } from '../src/briefing/briefings.js';
import { timeLabel, timeSortKey } from '../src/briefing/time-order.js';
import { latestTimeline } from '../src/briefing/latest-timeline.js';
import { entityTimeline, timelinePage, timelinePages } from '../src/briefing/timeline-pages.js';
import type { DatedEvent } from '../src/language/analysis.js';
import { analyze } from '../src/language/pipeline.js';
import { fixtureArticle, limitProblems, unquotedLines } from './brief-fixtures.js';

/** A fixture article with events added by hand on its own sentences, as the events stage would give them. */
function withEvents(file: string, events: Omit<DatedEvent, 'evidence'>[]): EnrichedArticle {
  const article = fixtureArticle(file);
  const { sentences } = article.analysis;
  return { ...article, analysis: { ...article.analysis, events: events.map((e) => ({ ...e, evidence: sentences[e.sentence]!.text })) } };
}

const FELDNER = 'person:markus-feldner';
const tour = withEvents('01-flood-alpine-wire.json', [
  { date: '2024-05-14', granularity: 'day', actors: [FELDNER], places: ['place:krems'], what: 'toured flooded towns', sentence: 0, planned: false },
  { date: '2024-05-16', granularity: 'day', actors: [FELDNER], places: [], what: 'present an aid package', sentence: 6, planned: true },
  { date: '2024-05-13', granularity: 'day', actors: [], places: ['place:danube'], what: 'peaked at 9.4 metres', sentence: 4, planned: false },
  // A misreading: "since August 2002" dates the comparison, not the peak.
  { date: '2002-08', granularity: 'month', actors: [], places: ['place:danube'], what: 'peaked', sentence: 4, planned: false },
]);
const tourCopy = withEvents('03-flood-alpine-wire-copy.json', [
  { date: '2024-05-14', granularity: 'day', actors: [FELDNER], places: ['place:krems'], what: 'toured flooded towns', sentence: 0, planned: false },
]);
const talks = withEvents('05-brussels-talks-alpine-wire.json', [
  { date: '2024-05-20', granularity: 'day', actors: [FELDNER, 'person:claire-duvall'], places: ['place:brussels'], what: 'met', sentence: 0, planned: false },
  { date: '2024-03', granularity: 'month', actors: ['person:claire-duvall', FELDNER], places: ['place:vienna'], what: 'discussed the tariffs', sentence: 3, planned: false },
]);
/** No events at all (an analysis from before the events stage): its dated sentences stand in. */
const reshuffle = withEvents('08-cabinet-reshuffle.json', []);
const otherTalks = withEvents('06-brussels-talks-central-europe-daily.json', [
  { date: '2024-05-20', granularity: 'day', actors: ['person:claire-duvall', FELDNER], places: ['place:brussels'], what: 'met', sentence: 0, planned: false },
]);

describe('timeline', () => {
  const archive = new Archive([tour, tourCopy, talks, otherTalks, reshuffle]);
  const b = createBriefings(archive);

  it('lists a person’s dated acts oldest first, a plan marked planned, and not what others did with them', () => {
    const entries = entityTimeline(b, FELDNER);
    expect(entries.map((e) => [e.date, e.planned])).toEqual([
      ['2024-05-14', false],
      ['2024-05-16', true],
      ['2024-05-20', false],
    ]);
    // Not his act: "Duvall first discussed the tariffs with Feldner in March 2024" (he is the object of "with");
    // and a dated sentence that names no act (the reshuffle article, which has no events) is no line of his.
    expect(entries.map((e) => e.date)).not.toContain('2024-03');
    expect(entries.map((e) => e.date)).not.toContain('2024-05-22');
  });

  it('tells one happening once: a copy and another outlet’s report of the same meeting become "also in"', () => {
    const entries = entityTimeline(b, FELDNER);
    const toured = entries.find((e) => e.date === '2024-05-14')!;
    expect(toured.alsoIn).toEqual([tourCopy.id]);
    const met = entries.find((e) => e.date === '2024-05-20')!;
    expect([met.articleId, ...met.alsoIn].sort()).toEqual([talks.id, otherTalks.id].sort());
  });

  it('gives each entry its evidence, verbatim from the article it cites', () => {
    for (const entry of entityTimeline(b, FELDNER)) expect(archive.get(entry.articleId)!.paragraphs.join('\n\n')).toContain(entry.evidence);
  });

  it('puts a place’s happenings on its timeline (the Danube’s peak on Monday), not on the people’s, and not a date its clause does not give', () => {
    expect(entityTimeline(b, 'place:danube').map((e) => e.date)).toEqual(['2024-05-13']);
    expect(entityTimeline(b, FELDNER).map((e) => e.date)).not.toContain('2024-05-13');
  });

  it('works out the newest lines of a long timeline from its newest articles, the same lines as from all of them', () => {
    const base = fixtureArticle('09-rotterdam-port-strike.json');
    const story = (date: string, act: string): EnrichedArticle => {
      const article = { ...base, id: `${date}-orlov`, hash: `${date}-orlov`, title: `Mayor Orlov ${act}`, date, paragraphs: [`Harbour Mayor Anton Orlov ${act} in Brest on Monday, his office said.`, 'Dock workers welcomed the news.'] };
      return { ...article, analysis: analyze(article) };
    };
    // Tuesdays: each reports what the mayor did the day before.
    const months = new Archive([
      story('2023-11-07', 'repaired the lighthouse'),
      story('2024-01-09', 'opened the ferry pier'),
      story('2024-03-12', 'closed the old quay'),
      // The same Monday told on the day and the day after: one line, two reports.
      story('2024-05-13', 'signed the harbour budget'),
      story('2024-05-14', 'signed the harbour budget'),
    ]);
    const mb = createBriefings(months);
    const ORLOV = 'person:anton-orlov';
    const full = entityTimeline(mb, ORLOV).filter((e) => !e.planned);
    expect(full.map((e) => e.date)).toEqual(['2023-11-06', '2024-01-08', '2024-03-11', '2024-05-13']);
    expect(full.at(-1)!.alsoIn).toHaveLength(1);
    // From the newest article alone the May line would miss its other report: it is settled only once an
    // article older than May is read, and the one from November is then never read.
    const latest = latestTimeline(mb, ORLOV, 1, undefined, 1);
    expect([latest.complete, latest.entries.filter((e) => !e.planned).slice(-1)]).toEqual([false, full.slice(-1)]);
    expect(latestTimeline(mb, ORLOV, 1).complete).toBe(true);
    // Asked for more lines than the newest articles settle, it reads them all.
    const all = latestTimeline(mb, ORLOV, 4, undefined, 1);
    expect([all.complete, all.entries.filter((e) => !e.planned)]).toEqual([true, full]);
  });

  it('pages the full timeline within Discord’s limits, with Previous, Next and Briefing buttons', () => {
    const page = timelinePage(b, FELDNER, 1);
    expect(page.title).toBe('Timeline: Markus Feldner');
    expect(limitProblems(page)).toEqual([]);
    expect(unquotedLines(page, archive)).toEqual([]);
    expect(page.buttons!.map((x) => [x.label, x.disabled ?? false])).toEqual([
      ['Previous', true],
      ['Next', true],
      ['Briefing', false],
    ]);
    expect(page.buttons![2]!.id).toBe(`brief:ab:1:${FELDNER}`);
  });

  it('splits a long timeline into pages that each fit one embed, keeping every entry', () => {
    const many = Array.from({ length: 60 }, (_, i) => ({ ...entityTimeline(b, FELDNER)[1]!, date: `2024-01-${String((i % 28) + 1).padStart(2, '0')}` }));
    const pages = timelinePages(many);
    expect(pages.length).toBeGreaterThan(2);
    expect(pages.flat()).toHaveLength(60);
  });
});

describe('time order', () => {
  it('sorts weeks, quarters, seasons and decades at their first month, among days and months', () => {
    const values = ['2023-09-13', '2023-W37', '2023-Q3', '2023-SU', '2023', '199', '2023-09'];
    expect([...values].sort((a, b) => timeSortKey(a).localeCompare(timeSortKey(b)))).toEqual(['199', '2023', '2023-SU', '2023-Q3', '2023-09', '2023-W37', '2023-09-13']);
    expect(timeSortKey('2023-W37')).toBe('2023-09-11');
  });

  it('starts a week on its Monday even when that falls in the year before, and a winter in December', () => {
    expect(timeSortKey('2026-W01')).toBe('2025-12-29');
    expect(timeSortKey('2022-WI')).toBe('2022-12');
    expect(timeSortKey('2024-Q4')).toBe('2024-10');
  });

  it('labels months and decades in words and leaves days as written', () => {
    expect(timeLabel('2019-04')).toBe('April 2019');
    expect(timeLabel('199')).toBe('the 1990s');
    expect(timeLabel('2023-09-13')).toBe('2023-09-13');
  });
});
