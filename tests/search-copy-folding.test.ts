import { describe, expect, it } from 'vitest';
import { searchCommand } from '../commands/search.js';
import type { CommandContext } from '../commands/command.js';
import { Archive } from '../src/articles/archive.js';
import type { EnrichedArticle } from '../src/articles/article.js';
import { createBriefings } from '../src/briefing/briefings.js';
import { ManualClock } from '../src/clock.js';
import { loadConfig } from '../src/config.js';
import { toArticle } from '../src/ingest/to-article.js';
import { analyze } from '../src/language/pipeline.js';
import { createCapturingLogger } from '../src/logger.js';
import type { SearchHit, SearchPage } from '../src/search/article-search.js';
import { createArticleIndex } from '../src/search/article-index.js';
import { foldCopies, foldedPage } from '../src/search/copy-folding.js';
import type { Services } from '../src/services.js';

const TODAY = new Date('2024-05-20T09:00:00Z');
const alice: CommandContext = { userId: '111111111111111111', userName: 'alice', canManageGuild: false };

/** A report written for this test; the same page saved twice differs by a byline and one updated sentence. */
const FERRY = [
  'The harbour authority in Tallinn halted ferry traffic to Helsinki on Sunday after a storm tore loose two gangways at the passenger terminal.',
  'Captain Mirjam Saar, who runs the terminal, said repairs would take at least two days and that no passengers were hurt.',
  'About 4,000 travellers were booked on the crossings, and the operator Baltic Link offered refunds or seats on later sailings.',
  'Estonian Prime Minister Kaja Kallas visited the terminal in the afternoon and promised money for new gangways before the summer season.',
  'The storm also cut power to parts of the old town, where crews worked through the evening to clear fallen trees.',
];
const FERRY_UPDATED = [...FERRY.slice(0, 2), 'About 4,500 travellers were booked on the crossings, and the operator Baltic Link offered refunds or seats on later sailings.', ...FERRY.slice(3)];

function article(title: string, paragraphs: string[], origin: string): EnrichedArticle {
  const { article: a } = toArticle({ origin, fallbackTime: TODAY, title, body: paragraphs.join('\n\n'), date: '2024-05-19', source: 'Baltic Wire' }, TODAY);
  return { ...a, analysis: analyze(a) };
}

function services(articles: EnrichedArticle[]): Services {
  const clock = new ManualClock(TODAY);
  const logger = createCapturingLogger();
  const archive = new Archive(articles);
  return { config: loadConfig({}), logger, clock, archive, search: createArticleIndex(archive, { clock, logger }), briefings: createBriefings(archive) };
}

const hit = (id: string): SearchHit => ({ article: { id } as EnrichedArticle, score: 1, terms: [], kind: 'all' as SearchHit['kind'] });
const ids = (hits: readonly { article: { id: string } }[]) => hits.map((h) => h.article.id);

describe('copies folded in search results', () => {
  const copies = new Map([['b', 'a'], ['c', 'b'], ['e', 'a']]);
  const copyOf = (id: string) => copies.get(id);

  it('shows each text once, at the rank of its best hit, its copies (and copies of copies) named on it', () => {
    const shown = foldCopies(['c', 'd', 'a', 'b', 'f'].map(hit), copyOf);
    expect(ids(shown)).toEqual(['c', 'd', 'f']);
    expect(shown[0]!.copies).toEqual(['a', 'b']);
    expect(shown[1]!.copies).toEqual([]);
  });

  it('leaves the hits as they are while no copies are known (stories still loading)', () => {
    expect(ids(foldCopies(['c', 'a', 'b'].map(hit), () => undefined))).toEqual(['c', 'a', 'b']);
  });

  it('asks once more when copies leave a page short, and counts the total without the copies it read', () => {
    const copiesOfA = Array.from({ length: 12 }, (_, i) => `a${i + 1}`);
    const all = ['a', ...copiesOfA, 'x', 'y', 'z'];
    const limits: number[] = [];
    const search = (limit: number): SearchPage => {
      limits.push(limit);
      return { hits: all.slice(0, limit).map(hit), total: all.length, query: {} as SearchPage['query'], corrections: [], unknownNames: [], named: [], onlyStopWords: false };
    };
    const page = foldedPage(search, 3, (id) => (id.startsWith('a') && id !== 'a' ? 'a' : undefined));
    // The three hits read hold one text; the second ask (four times as many, and ten) reads them all.
    expect(limits).toEqual([3, 22]);
    expect(ids(page.hits)).toEqual(['a', 'x', 'y', 'z']);
    expect(page.hits[0]!.copies).toEqual(copiesOfA);
    expect(page.total).toBe(4);
  });

  it('lets /search show a page saved twice once, naming the copy, on real analysis and the stories', async () => {
    const first = article('Storm halts Tallinn ferries to Helsinki', FERRY, 'seed:ferry-1');
    const again = article('Storm halts Tallinn ferries to Helsinki', ['Baltic Wire — ' + FERRY_UPDATED[0], ...FERRY_UPDATED.slice(1)], 'seed:ferry-2');
    const other = article('Tallinn opens a new tram line to the airport', [
      'Tallinn opened a tram line to its airport on Sunday, cutting the trip from the old town to 15 minutes.',
      'Mayor Jevgeni Ossinovski said the line, built in two years, would carry 6,000 riders a day and ease traffic near the harbour and the ferry terminal.',
    ], 'seed:tram');
    expect(first.id).not.toBe(again.id);
    const reply = await searchCommand.execute({ options: { query: 'tallinn ferry' } }, alice, services([first, again, other]));
    const names = reply.fields!.map((f) => f.name);
    expect(names.filter((n) => n.includes('Storm halts'))).toHaveLength(1);
    expect(names.some((n) => n.includes('tram line'))).toBe(true);
    const storm = reply.fields!.find((f) => f.name.includes('Storm halts'))!;
    const [shown, copy] = storm.value.includes(`\`${first.id}\` `) ? [first, again] : [again, first];
    expect(storm.value).toContain(`\`${shown.id}\``);
    expect(storm.value).toContain(`copy: \`${copy.id}\``);
    expect(reply.footer).toMatch(/2 articles/);
  });
});
