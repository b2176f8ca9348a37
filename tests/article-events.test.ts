import { describe, expect, it } from 'vitest';
import type { EnrichedArticle } from '../src/articles/article.js';
import { Archive } from '../src/articles/archive.js';
import { articleBriefingFields } from '../src/briefing/article-extras.js';
import { createBriefings } from '../src/briefing/briefings.js';
import { entryOf } from '../src/briefing/timeline.js';
import type { DatedEvent } from '../src/language/analysis.js';
import { fixtureArticle } from './brief-fixtures.js';
import { toArticle } from '../src/ingest/to-article.js';
import { analyze } from '../src/language/pipeline.js';

function withEvents(file: string, events: Omit<DatedEvent, 'evidence'>[]): EnrichedArticle {
  const article = fixtureArticle(file);
  const { sentences } = article.analysis;
  return { ...article, analysis: { ...article.analysis, events: events.map((e) => ({ ...e, evidence: sentences[e.sentence]!.text })) } };
}

describe("/article's events", () => {
  it('shows only events whose sentence says plainly that someone named did it, as timelines do', () => {
    const article = withEvents('01-flood-alpine-wire.json', [
      { date: '2024-05-14', granularity: 'day', actors: ['person:markus-feldner'], places: ['place:danube'], what: 'toured flooded towns', sentence: 0, planned: false },
      // What a raw analysis may hold: a phrase the railways never did ("between Vienna"), a stray "reporters".
      { date: '2024-05-14', granularity: 'day', actors: ['organisation:austrian-federal-railways'], places: [], what: 'was suspended', sentence: 5, planned: false },
      { date: '2024-05-14', granularity: 'day', actors: ['person:markus-feldner'], places: [], what: 'reporters in Krems', sentence: 3, planned: false },
    ]);
    const b = createBriefings(new Archive([article]));
    const events = articleBriefingFields(b, article).find((f) => f.name === 'Events')?.value ?? '';
    expect(events).toContain('toured flooded towns');
    expect(events).not.toContain('was suspended');
    expect(events).not.toContain('reporters in Krems');
  });

  it('names each actor once, however many of the article’s records hold that name', () => {
    const article = withEvents('01-flood-alpine-wire.json', [
      { date: '2024-05-14', granularity: 'day', actors: ['person:markus-feldner', 'person:feldner'], places: [], what: 'toured flooded towns', sentence: 0, planned: false },
    ]);
    const feldner = article.analysis.entities.find((e) => e.key === 'person:markus-feldner')!;
    const twin = { ...article, analysis: { ...article.analysis, entities: [...article.analysis.entities, { ...feldner, key: 'person:feldner' }] } };
    const events = articleBriefingFields(createBriefings(new Archive([twin])), twin).find((f) => f.name === 'Events')?.value ?? '';
    expect(events).toContain('toured flooded towns');
    expect(events.split('Markus Feldner').length - 1).toBeLessThanOrEqual(1);
  });

  it("leaves an undated act of the lead undated when the article names an earlier day of the week anywhere ('last Wednesday')", () => {
    const base = withEvents('01-flood-alpine-wire.json', [
      { date: '2024-05-14', granularity: 'day', actors: ['person:markus-feldner'], places: [], what: 'visited Krems', sentence: 1, planned: false },
    ]);
    // Only a late sentence names the day before: the lead's "visited" may be that day's news, not the article's.
    const laterDay = { ...base.analysis.times[0]!, sentence: 6, value: '2024-05-13' };
    const flagged = { ...base, analysis: { ...base.analysis, times: [laterDay] } };
    const sameDay = { ...base, analysis: { ...base.analysis, times: [{ ...laterDay, value: '2024-05-14' }] } };
    const b = createBriefings(new Archive([flagged]));
    expect(entryOf(flagged, { articleId: flagged.id, event: 0 }, b.directory)?.leadNamesEarlierDay).toBe(true);
    expect(entryOf(sameDay, { articleId: sameDay.id, event: 0 }, b.directory)?.leadNamesEarlierDay).toBe(false);
  });
});

function analysed(title: string, date: string, body: string): EnrichedArticle {
  const parsed = toArticle({ origin: `test:${title}`, title, date, body, fallbackTime: new Date(0) }, new Date('2024-06-10T00:00:00Z')).article;
  return { ...parsed, analysis: analyze(parsed) };
}

describe("/article's leaders", () => {
  it('shows a leader the article names by surname alone under the full name the archive files them as', () => {
    const full = [1, 2, 3].map((d) => analysed(`Budget day ${d}`, `2024-03-0${d}`, `Prime Minister Ivo Lusk presented the budget on day ${d}. Lusk said taxes would fall.`));
    const bare = analysed('Pressure grows', '2024-03-09', 'Prime Minister Lusk faced questions on Monday. Lusk said he would stay. Critics said Lusk had lost control.');
    const leaders = articleBriefingFields(createBriefings(new Archive([...full, bare])), bare).find((f) => f.name === 'Leaders')?.value ?? '';
    expect(leaders).toContain('Ivo Lusk (Prime Minister)');
  });

  it('calls a leader former where the archive has them out of that office by the article’s day', () => {
    const out = [1, 2, 3].map((d) => analysed(`Memoir ${d}`, `2021-0${d}-10`, `Former President Dale Marr signed copies of his memoir on day ${d}. Marr said he missed the job.`));
    const recalled = analysed('School turns 50', '2022-05-02', 'President Dale Marr opened the school in 1999. Marr later returned for its 20th birthday. Marr spoke to pupils.');
    const leaders = articleBriefingFields(createBriefings(new Archive([...out, recalled])), recalled).find((f) => f.name === 'Leaders')?.value ?? '';
    expect(leaders).toContain('Dale Marr (former President)');
  });

  it('counts a leader the archive titles under another written form of the name (a quoted nickname)', () => {
    const titled = [1, 2].map((d) => analysed(`Summit ${d}`, `2024-04-0${d}`, `President Tomas Ilie “Ruvo” da Costa opened the summit on day ${d}. Ruvo spoke first.`));
    const plain = [3, 4, 5].map((d) => analysed(`Rally ${d}`, `2024-04-0${d}`, `Tomas Ilie Ruvo da Costa held a rally on day ${d}. Supporters cheered.`));
    const article = analysed('Campaign ends', '2024-04-09', 'Tomas Ilie Ruvo da Costa ended his campaign on Monday. Ruvo da Costa thanked volunteers in Recife.');
    const leaders = articleBriefingFields(createBriefings(new Archive([...titled, ...plain, article])), article).find((f) => f.name === 'Leaders')?.value ?? '';
    expect(leaders).toContain('Tomas Ilie Ruvo da Costa');
  });


  it('writes a royal styled with the title once ("Queen Ines", not "Queen Ines (Queen)")', () => {
    const article = analysed('Crown passes', '2024-01-14', 'King Anselm X was proclaimed on Sunday. His wife becomes Queen Ines, the palace said. Queen Ines waved.');
    const leaders = articleBriefingFields(createBriefings(new Archive([article])), article).find((f) => f.name === 'Leaders')?.value ?? '';
    expect(leaders).toContain('Queen Ines');
    expect(leaders).not.toContain('Queen Ines (Queen)');
  });

  it('gives a leader an office written out, never a description such as "rival"', () => {
    const article = fixtureArticle('01-flood-alpine-wire.json');
    const leader = article.analysis.entities.find((e) => e.leader)!;
    const roles = [{ title: 'rival', former: false, sentence: 0 }, { title: 'Lower Austria Gov.', former: false, sentence: 1 }];
    const edited = { ...article, analysis: { ...article.analysis, entities: article.analysis.entities.map((e) => (e === leader ? { ...e, roles } : e)) } };
    const leaders = articleBriefingFields(createBriefings(new Archive([edited])), edited).find((f) => f.name === 'Leaders')?.value ?? '';
    expect(leaders).toContain(`${leader.name} (Lower Austria Governor)`);
    expect(leaders).not.toContain('rival');
  });
});
