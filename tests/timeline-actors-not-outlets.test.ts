import { describe, expect, it } from 'vitest';
import type { EnrichedArticle } from '../src/articles/article.js';
import { Archive } from '../src/articles/archive.js';
import { EntityDirectory } from '../src/briefing/entity-directory.js';
import { articleLines } from '../src/briefing/timeline.js';
import { toArticle } from '../src/ingest/to-article.js';
import { analyze } from '../src/language/pipeline.js';

function article(title: string, date: string, body: string, source: string): EnrichedArticle {
  const parsed = toArticle({ origin: `test:${title}`, title, date, body, source, fallbackTime: new Date(0) }, new Date('2024-06-10T00:00:00Z')).article;
  return { ...parsed, analysis: analyze(parsed) };
}

describe('who acts in a timeline line', () => {
  it('names no outlet that published or only cites the article among the actors', () => {
    const a = article(
      'Ferry pier opens',
      '2024-05-15',
      'Mayor Anton Orlov opened the ferry pier in Brest on Tuesday, the Harbour Herald reported. Harbour Herald reporter Mira Sen met Orlov at the pier.',
      'Harbour Herald',
    );
    const outlet = a.analysis.entities.find((e) => e.name.includes('Harbour Herald'));
    const orlov = a.analysis.entities.find((e) => e.name === 'Anton Orlov');
    expect(outlet?.type).toBe('organisation');
    const lines = articleLines(a, new EntityDirectory(new Archive([a])));
    expect(lines.canon([outlet!.key, orlov!.key])).toEqual([orlov!.key]);
  });
});
