import { describe, expect, it } from 'vitest';
import { toArticle } from '../src/ingest/to-article.js';
import { analyze } from '../src/language/pipeline.js';
import { parseQuery } from '../src/search/query-syntax.js';
import { hitsReply } from '../src/search/search-reply.js';

const read = (date?: string) => {
  const parsed = toArticle(
    { origin: `test:ferry-${date ?? 'undated'}`, title: 'Ferry fares to double', body: 'Ferry fares to the islands will double, the council said, blaming fuel costs.', ...(date ? { date } : {}), fallbackTime: new Date('2026-11-20T09:00:00Z') },
    new Date('2026-12-01T00:00:00Z'),
  ).article;
  return { ...parsed, analysis: analyze(parsed) };
};

describe('a search hit', () => {
  it('says an undated article’s date is unknown rather than show the day it arrived as its date', () => {
    const undated = read();
    const dated = read('2019-05-09');
    const page = { hits: [undated, dated].map((article) => ({ article, score: 1, terms: ['ferry'], kind: 'words' as never })), total: 2, query: parseQuery('ferry', new Date('2026-12-01T00:00:00Z')), corrections: [], unknownNames: [], named: [], onlyStopWords: false };
    const [first, second] = hitsReply(page, 1, { previous: 'p', next: 'n' }).fields!;
    expect(first!.value).toMatch(/· date unknown ·|· date unknown\n/);
    expect(first!.value.split('\n')[0]).not.toMatch(/· 2026-11-20/);
    expect(second!.value.split('\n')[0]).toMatch(/· 2019-05-09/);
  });
});
