import { describe, expect, it } from 'vitest';
import { commands } from '../commands/index.js';
import type { CommandContext } from '../commands/command.js';
import { createApp } from '../src/app.js';
import { AnalysisShelf } from '../src/articles/analysis-shelf.js';
import { Archive } from '../src/articles/archive.js';
import type { Article, EnrichedArticle } from '../src/articles/article.js';
import { besideCounts } from '../src/briefing/beside-counts.js';
import { EntityDirectory } from '../src/briefing/entity-directory.js';
import { mentionsOf } from '../src/briefing/entity-record.js';
import { StoryBook } from '../src/stories/story-book.js';
import { ManualClock } from '../src/clock.js';
import { loadConfig } from '../src/config.js';
import { enrich, type IngestionDeps } from '../src/ingest/ingestion.js';
import { toArticle } from '../src/ingest/to-article.js';
import { analyze, ANALYSIS_VERSION } from '../src/language/pipeline.js';
import { createCapturingLogger } from '../src/logger.js';
import { createSqliteArticleStore } from '../src/store/article-store.js';
import { openDatabase } from '../src/store/database.js';
import { runExecute } from '../src/transports/run-command.js';
import { FIXTURE_DIR } from './brief-fixtures.js';
import { tempFolder } from './temp-folder.js';

const CONTEXT: CommandContext = { userId: 'u1', userName: 'reader', canManageGuild: false };
const brief = commands.find((c) => c.definition.name === 'brief')!;
const search = commands.find((c) => c.definition.name === 'search')!;
const QUESTIONS: Record<string, string>[] = [{}, { about: 'Markus Feldner' }, { about: 'Lena Hofer' }, { about: 'Krems' }];

async function start(data: string, analysisCacheSize?: number) {
  const config = loadConfig({ SEEDS_DIR: FIXTURE_DIR, DATA_DIR: data });
  return createApp({ config, logger: createCapturingLogger(), clock: new ManualClock('2024-06-10T12:00:00Z'), ...(analysisCacheSize ? { analysisCacheSize } : {}) });
}
type Started = Awaited<ReturnType<typeof start>>;
const answers = (app: Started) => Promise.all(QUESTIONS.map((options) => runExecute(brief, { options }, CONTEXT, app.services)));

/** What the directory holds, in an order-free form: each record's names, forms, articles, companions and mentions. */
function summary(directory: EntityDirectory): string {
  const sorted = <V>(map: Iterable<[string, V]>) => [...map].sort(([a], [b]) => a.localeCompare(b));
  const records = [...directory.all()].map((r) => [r.key, sorted(r.names), sorted(r.forms), [...r.articles.keys()].sort(), sorted(besideCounts(r, directory)), mentionsOf(r), r.mentions, r.roles.length, r.leaderIn]);
  return JSON.stringify(records.sort((a, b) => String(a[0]).localeCompare(String(b[0]))));
}

describe('stored analyses out of the heap', () => {
  it('reads none at a warm start, reads them when a briefing asks, and answers as the cold start did', async () => {
    const data = tempFolder('newsdesk-shelf-');
    const cold = await start(data);
    const coldAnswers = await answers(cold);
    const phrase = { query: '"emergency help" danube' };
    const coldPhrase = await runExecute(search, { options: phrase }, CONTEXT, cold.services);
    expect(coldPhrase.fields?.length).toBeGreaterThan(0);
    await cold.close();

    const warm = await start(data, 3);
    expect([warm.analyses?.loads, warm.analyses?.textLoads]).toEqual([0, 0]);
    expect(warm.services.search.search('flood').hits.length).toBeGreaterThan(0);
    // A search answer quotes its hits' text: read then, and only theirs.
    const searched = await runExecute(search, { options: { query: 'flood' } }, CONTEXT, warm.services);
    expect(searched.fields?.length).toBeGreaterThan(0);
    expect(warm.analyses!.textLoads).toBeGreaterThan(0);
    expect(warm.analyses!.textLoads).toBeLessThan(warm.services.archive.size);
    // A quoted phrase is checked in the texts of many hits, read in one go: the same answer as the cold start's.
    expect(await runExecute(search, { options: phrase }, CONTEXT, warm.services)).toEqual(coldPhrase);
    expect(await answers(warm)).toEqual(coldAnswers);
    expect(warm.analyses!.loads).toBeGreaterThan(3);
    expect(warm.analyses!.size).toBeLessThanOrEqual(3);
    await warm.close();
  });

  it('keeps the articles it analyses lean too: a first start holds no more analyses than the cache', async () => {
    const first = await start(tempFolder('newsdesk-shelf-'), 3);
    const all = first.services.archive.all();
    expect(all.length).toBeGreaterThan(3);
    const held = (article: EnrichedArticle) => ['analysis', 'paragraphs'].some((key) => 'value' in Object.getOwnPropertyDescriptor(article, key)!);
    expect(all.filter(held).map((a) => a.id)).toEqual([]);
    expect(first.analyses!.size).toBeLessThanOrEqual(3);
    // Read back, each is the analysis and text stored for it.
    for (const article of all) {
      expect(article.analysis).toEqual(first.stores.articles.analysisOf!(article.id));
      expect(article.paragraphs).toEqual(first.stores.articles.paragraphsOf!(article.id));
    }
    await first.close();
  });

  it('drops what a replaced article contributed, not what its new text does', async () => {
    const write = (title: string, body: string): Article => toArticle({ origin: 'feed:test', fallbackTime: new Date('2024-06-09T00:00:00Z'), title, body, date: '2024-06-09', source: 'Harbour Post' }, new Date('2024-06-10T00:00:00Z')).article;
    const before = write('Mayor Jonas Brandt opens the harbour bridge', 'Mayor Jonas Brandt opened the harbour bridge in Aalborg on Sunday, with Minister Petra Lund beside him.');
    const after = { ...write('Mayor Jonas Brandt opens the harbour bridge', 'Mayor Jonas Brandt opened the harbour bridge in Esbjerg on Sunday, with Governor Ida Holm beside him.'), id: before.id };
    const store = createSqliteArticleStore(openDatabase(':memory:'));
    store.put({ ...before, analysis: analyze(before) }, 'feed');
    // A second article naming the same people keeps their records alive, so a wrong drop would show in them.
    const witness = write('Minister Petra Lund visits Aalborg harbour', 'Minister Petra Lund toured the harbour in Aalborg on Saturday with Mayor Jonas Brandt.');
    const witnessed: EnrichedArticle = { ...witness, analysis: analyze(witness) };
    const shelf = new AnalysisShelf({ analysisOf: (id) => store.analysisOf!(id) }, 1);
    const archive = new Archive([shelf.lean(before, ANALYSIS_VERSION), witnessed]);
    const directory = new EntityDirectory(archive);
    // The book follows the archive too, and reads the replaced article as it leaves.
    const _book = new StoryBook(archive, directory);
    const deps: IngestionDeps = { clock: new ManualClock('2024-06-10T12:00:00Z'), logger: createCapturingLogger(), store, archive, analyze, analysisVersion: ANALYSIS_VERSION };

    // Another analysis read since, so the replaced one is no longer in the one-place cache.
    const other = write('Ferry timetable changes for the winter', 'The ferry to the islands will sail twice a day from November.');
    store.put({ ...other, analysis: analyze(other) }, 'feed');
    shelf.get(other.id);
    const fresh: EnrichedArticle = await enrich(after, 'feed', deps);
    expect(archive.add(fresh)).toBe('updated');

    const only = new Archive([fresh, witnessed]);
    expect(summary(directory)).toEqual(summary(new EntityDirectory(only)));
    expect(summary(directory)).toContain('Petra Lund');
  });

  it('reads a lean article as the article it was made from: every field, its origin, and a copy made by spreading it', () => {
    const store = createSqliteArticleStore(openDatabase(':memory:'));
    const shelf = new AnalysisShelf({ analysisOf: (id) => store.analysisOf!(id), paragraphsOf: (id) => store.paragraphsOf!(id) }, 2);
    const origins = ['seeds/export-001.jsonl#18717', 'seeds/export-001.jsonl#0', 'seeds/notes.txt', 'https://news.example/feed.xml', 'seeds/a.jsonl#007', 'seeds/b#x', 'seeds/c.jsonl#12345678901'];
    for (const [i, origin] of origins.entries()) {
      const article = toArticle({ origin, fallbackTime: new Date('2024-06-09T00:00:00Z'), title: `Mayor Jonas Brandt opens bridge ${i}`, body: `Mayor Jonas Brandt opened bridge ${i} in Aalborg on Sunday.`, date: '2024-06-09', source: 'Harbour Post', ...(i === 3 ? { url: 'https://news.example/a' } : {}) }, new Date('2024-06-10T00:00:00Z')).article;
      const enriched = { ...article, analysis: analyze(article) };
      store.put(enriched, 'seed');
      const lean = shelf.lean(store.allLean!('seed').find((row) => row.article.id === article.id)!.article, ANALYSIS_VERSION);
      expect(lean.origin).toBe(origin);
      expect(JSON.parse(JSON.stringify(lean))).toEqual(JSON.parse(JSON.stringify(enriched)));
      // A copy carries every field, and none of the shelf's own (a spread copy's analysis is its own).
      const copy = { ...lean };
      expect(copy).toEqual(enriched);
      expect(Object.getOwnPropertySymbols(copy)).toEqual([]);
    }
  });
});
