import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Archive } from '../src/articles/archive.js';
import { ManualClock } from '../src/clock.js';
import { createCapturingLogger } from '../src/logger.js';
import { createArticleIndex } from '../src/search/article-index.js';
import type { ArticleSearch } from '../src/search/article-search.js';
import { createPgArticleSearch } from '../src/search/postgres/pg-article-search.js';
import { connectPg, type PgSync } from '../src/store/postgres/pg-sync.js';
import { byTitle, enriched, fixtureArticles, TODAY } from './fixtures/search/fixture-articles.js';
import { startTestPostgres, type TestPostgres } from './postgres-server.js';

/** The same search cases on both backends: the embedded index and PostgreSQL full-text search. */
let server: TestPostgres | undefined;
let db: PgSync | undefined;
beforeAll(async () => {
  server = await startTestPostgres();
  db = connectPg(await server.createDatabase());
}, 60_000);
afterAll(async () => {
  await db?.close();
  await server?.stop();
}, 60_000);

type Opened = ArticleSearch & { close(): Promise<void> };

const clock = new ManualClock(TODAY);
const logger = createCapturingLogger();
const backends: { name: string; open(archive: Archive): Opened }[] = [
  { name: 'the embedded index', open: (archive) => createArticleIndex(archive, { clock }) },
  // Each test's archive replaces the last one's rows: the start-up sync removes what the archive lacks.
  { name: 'PostgreSQL', open: (archive) => createPgArticleSearch(db!, archive, { clock, logger }) },
  // Every query ranked as a common word's is at scale: its title matches and its newest matches only.
  { name: 'PostgreSQL, ranking only the likeliest matches', open: (archive) => createPgArticleSearch(db!, archive, { clock, logger, rankBounds: { rankAllUpTo: 0, newest: 1000 } }) },
];

describe.each(backends)('search on $name', (backend) => {
  let archive: Archive;
  let opened: Opened;
  let search: ArticleSearch;
  const articles = fixtureArticles();
  const titles = (query: string, limit = 50) => search.search(query, { limit }).hits.map((h) => h.article.title);
  beforeEach(() => {
    archive = new Archive(articles);
    opened = backend.open(archive);
    search = opened;
    return () => opened.close();
  });

  it('puts the article whose title was typed first', () => {
    for (const article of articles) expect(titles(article.title)[0], article.title).toBe(article.title);
    expect(titles('ballistic missiles sea')[0]).toBe(byTitle(articles, 'North Korea fires').title);
  });

  it('weighs a title word above the same word in a body', () => {
    expect(titles('submarine')[0]).toBe(byTitle(articles, 'Kim Jong-un inspects').title);
  });

  it('finds a word with one slip, says what it read, and keeps exact hits as exact', () => {
    const page = search.search('submarnie');
    expect(page.hits[0]?.article.title).toBe(byTitle(articles, 'Kim Jong-un inspects').title);
    expect(page.hits[0]?.kind).toBe('close');
    expect(page.corrections.map((c) => c.word)).toEqual(['submarnie']);
    expect(search.search('vladivostock typhoon').hits[0]?.article.title).toBe(byTitle(articles, 'Heavy rain floods').title);
    expect(search.search('submarine').hits[0]?.kind).toBe('exact');
  });

  it('ranks a quoted phrase as typed above the same words apart', () => {
    const page = search.search('"interest rates"');
    expect(page.hits[0]?.kind).toBe('phrase');
    expect(page.hits[0]?.article.title).toBe(byTitle(articles, 'Central bank holds').title);
  });

  it('filters by person, a surname finding the full name, and reports a name it does not know', () => {
    expect(titles('person:putin')).toEqual([byTitle(articles, 'Putin hosts').title]);
    const page = search.search('person:kim');
    expect(page.hits.map((h) => h.article.title).sort()).toEqual([byTitle(articles, 'Kim Jong-un').title, byTitle(articles, 'Kim Yo Jong').title].sort());
    const unknown = search.search('korea person:nobodyknown');
    expect(unknown.hits).toEqual([]);
    expect(unknown.unknownNames).toEqual([{ kind: 'person', value: 'nobodyknown' }]);
  });

  it('filters by place and source', () => {
    expect(titles('place:istanbul')).toEqual([byTitle(articles, 'Zelenskyy and Erdoğan').title]);
    expect(titles('source:reuters').sort()).toEqual([byTitle(articles, 'Heavy rain').title, byTitle(articles, 'Zelenskyy and Erdoğan').title].sort());
  });

  it('keeps articles since: and until: a day, newest first when only filtered', () => {
    const dates = search.search('since:2023-09-08', { limit: 100 }).hits.map((h) => h.article.date);
    expect(dates).toEqual(articles.map((a) => a.date).filter((d) => d >= '2023-09-08').sort().reverse());
    expect(search.search('korea until:2023-08-31').hits.every((h) => h.article.date <= '2023-08-31')).toBe(true);
    expect(search.search('korea until:2023-08-31').total).toBe(2);
  });

  it('pages: a short page is the head of a long one, and the total counts them all', () => {
    const all = search.search('korea', { limit: 100 });
    const first = search.search('korea', { limit: 2 });
    expect(all.total).toBe(4);
    expect(first.total).toBe(4);
    expect(first.hits.map((h) => h.article.id)).toEqual(all.hits.slice(0, 2).map((h) => h.article.id));
  });

  it('follows the archive: an added article is found at once, a removed one is gone', () => {
    const added = enriched({ title: 'Harbour ferry strike halts crossings', date: '2023-09-19', source: 'Reuters', paragraphs: ['Ferry crews walked out at the harbour on Tuesday.'] });
    archive.add(added);
    expect(titles('harbour ferry')).toEqual([added.title]);
    archive.remove(added.id);
    expect(titles('harbour ferry')).not.toContain(added.title);
    expect(logger.lines.filter((l) => l.level === 'error')).toEqual([]);
  });

  it('completes names and titles, and offers close names for a query that found nothing', () => {
    expect(search.completeName('person', 'zelen', 5).map((s) => s.value)).toEqual(['Volodymyr Zelenskyy']);
    expect(search.complete('inter', 5).map((s) => s.value)).toContain(byTitle(articles, 'Seoul tests new interceptor').title);
    expect(search.closest(search.search('person:zelenski').query)).toContain('Volodymyr Zelenskyy');
  });

  it('counts only stop words as no query', () => {
    const page = search.search('the of and');
    expect(page.total).toBe(0);
    expect(page.onlyStopWords).toBe(true);
  });
});

describe('PostgreSQL search past its ranking bound', () => {
  it('ranks the title matches and the newest matches, in full order, and still counts every match', async () => {
    const articles = fixtureArticles();
    const full = createPgArticleSearch(db!, new Archive(articles), { clock, logger });
    const all = full.search('korea', { limit: 100 });
    await full.close();
    const bounded = createPgArticleSearch(db!, new Archive(articles), { clock, logger, rankBounds: { rankAllUpTo: 1, newest: 1 } });
    const page = bounded.search('korea', { limit: 100 });
    await bounded.close();
    const newest = [...all.hits].sort((a, b) => b.article.date.localeCompare(a.article.date))[0]!.article.id;
    const likeliest = new Set([...all.hits.filter((h) => /korea/i.test(h.article.title)).map((h) => h.article.id), newest]);
    expect(all.total).toBe(4);
    expect(likeliest.size).toBeLessThan(4);
    expect(page.total).toBe(4);
    expect(page.hits.map((h) => h.article.id)).toEqual(all.hits.map((h) => h.article.id).filter((id) => likeliest.has(id)));
  });

  it('takes a lone word\'s total from its document count, without counting its matches', async () => {
    const counts: string[] = [];
    const watched: PgSync = { ...db!, query: (text, values) => (/COUNT\(\*\)/.test(text) && counts.push(text), db!.query(text, values)) };
    // Seven matches: past the few below which close spellings are also looked up (and counted).
    const talks = [1, 2, 3].map((i) => enriched({ title: `Korea talks, round ${i}`, date: `2023-09-0${i}`, paragraphs: [`Envoys met in Seoul for round ${i} of the talks on Korea.`] }));
    const bounded = createPgArticleSearch(watched, new Archive([...fixtureArticles(), ...talks]), { clock, logger, rankBounds: { rankAllUpTo: 1, newest: 1 } });
    counts.length = 0;
    const lone = bounded.search('korea', { limit: 100 });
    expect(lone.total).toBe(7);
    expect(counts).toEqual([]);
    // Two words have no such count: their matches are counted from the index.
    const two = bounded.search('korea talks', { limit: 100 });
    await bounded.close();
    expect(two.total).toBeGreaterThan(0);
    expect(counts.length).toBeGreaterThan(0);
  });
});

describe('PostgreSQL search over articles whose analyses stay in the store', () => {
  it('asks for each batch of rows to be read ahead in one go before writing them', async () => {
    // An empty archive empties the tables, whatever the tests above left: then every article is written.
    await createPgArticleSearch(db!, new Archive([]), { clock, logger }).close();
    const articles = fixtureArticles();
    const asked: string[][] = [];
    const search = createPgArticleSearch(db!, new Archive(articles), { clock, logger, prefetch: (ids) => void asked.push([...ids]) });
    expect(asked.map((batch) => [...batch].sort())).toEqual([articles.map((a) => a.id).sort()]);
    await search.close();
  });
});
