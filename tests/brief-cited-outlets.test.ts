import { describe, expect, it } from 'vitest';
import type { EnrichedArticle } from '../src/articles/article.js';
import { Archive } from '../src/articles/archive.js';
import { EntityDirectory } from '../src/briefing/entity-directory.js';
import { articleLines } from '../src/briefing/timeline.js';
import { toArticle } from '../src/ingest/to-article.js';
import { analyze } from '../src/language/pipeline.js';

function article(title: string, date: string, body: string, source = 'Lakeside Courier'): EnrichedArticle {
  const parsed = toArticle({ origin: `test:${title}`, title, date, body, source, fallbackTime: new Date(0) }, new Date('2024-06-10T00:00:00Z')).article;
  return { ...parsed, analysis: analyze(parsed) };
}

const keysOf = (directory: EntityDirectory, a: EnrichedArticle): string[] => directory.keysOf(a.id).filter((k) => directory.record(k)?.articles.has(a.id));

describe('news outlets an article only cites', () => {
  it('files no wire or newspaper the article quotes, credits or reports through', () => {
    const cited = article(
      'Ostrava council votes on budget',
      '2024-03-02',
      'Mayor Arlo Venn told Reuters on Monday that the council would vote on the budget. According to the Associated Press, the vote is close.\n\nThe plan was first reported by the Baltic Herald. Nina Brandt/Reuters',
    );
    const directory = new EntityDirectory(new Archive([cited]));
    const keys = keysOf(directory, cited);
    expect(keys).toContain('person:arlo-venn');
    expect(keys.filter((k) => /reuters|associated-press|baltic-herald/.test(k))).toEqual([]);
  });

  it('files an outlet when the headline makes it the news', () => {
    const news = article('Mayor sues Baltic Herald over budget story', '2024-03-04', 'Mayor Arlo Venn sued the Baltic Herald on Monday over its story on the budget.');
    const directory = new EntityDirectory(new Archive([news]));
    expect(keysOf(directory, news)).toContain('organisation:baltic-herald');
  });

  it('keeps bodies that are not outlets ("Ostrava Council"), however the article cites them', () => {
    const council = article('Budget vote delayed', '2024-03-05', 'Mayor Arlo Venn told the Ostrava Council on Monday that the vote would wait.');
    const directory = new EntityDirectory(new Archive([council]));
    expect(keysOf(directory, council).some((k) => k.startsWith('organisation:ostrava'))).toBe(true);
  });
});

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
