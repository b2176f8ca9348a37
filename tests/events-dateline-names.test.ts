import { describe, expect, it } from 'vitest';
import { toArticle } from '../src/ingest/to-article.js';
import { analyze } from '../src/language/pipeline.js';

function analysed(body: string) {
  const { article } = toArticle({ origin: 'test:dateline', title: 'Summit statement', body, date: '2024-11-20', fallbackTime: new Date(0) }, new Date('2024-11-21T00:00:00Z'));
  return analyze(article);
}

describe('names in a dateline', () => {
  it('act in none of the lead\'s events: "Hong Kong CNN — When world leaders … issued a statement"', () => {
    const analysis = analysed(
      'Hong Kong CNN — When world leaders at the Group of 20 summit in Lima, Peru, issued a joint statement condemning the blockade, one sentence stood out from the document.\n\n' +
        'Officials in Lima said the statement had taken three days to agree.',
    );
    const keys = analysis.entities.filter((e) => /hong-kong|cnn|cable/.test(e.key)).map((e) => e.key);
    expect(keys.length).toBeGreaterThan(0);
    for (const event of analysis.events) {
      for (const key of keys) {
        expect(event.actors).not.toContain(key);
        expect(event.places).not.toContain(key);
      }
    }
  });

  it('leave the story\'s own names acting: "Seoul, South Korea CNN — North Korea fired…"', () => {
    const analysis = analysed('Seoul, South Korea CNN — North Korea fired a ballistic missile into the sea on Wednesday, the military said.\n\nIt was the third launch this month.');
    const fired = analysis.events.find((e) => e.what?.startsWith('fired'));
    expect(fired?.actors).toEqual(['country:north-korea']);
  });
});
