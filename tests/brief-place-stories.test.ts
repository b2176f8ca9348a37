import { describe, expect, it } from 'vitest';
import type { EnrichedArticle } from '../src/articles/article.js';
import { Archive } from '../src/articles/archive.js';
import { createBriefings } from '../src/briefing/briefings.js';
import { placeBriefing } from '../src/briefing/place-briefing.js';
import { toArticle } from '../src/ingest/to-article.js';
import { analyze } from '../src/language/pipeline.js';

function analysed(title: string, date: string, body: string): EnrichedArticle {
  const parsed = toArticle({ origin: `test:${title}`, title, date, body, fallbackTime: new Date(0) }, new Date('2024-06-10T00:00:00Z')).article;
  return { ...parsed, analysis: analyze(parsed) };
}

const filler = (topic: string) =>
  [1, 2, 3, 4, 5].map((n) => `The ${topic} committee met for session ${n} and heard from doctors and nurses about rotas.`).join(' ');

describe('a place’s stories', () => {
  it('lists stories whose headline names the place, or two sentences with one in the lead, not two passing mentions deep in', () => {
    const passing = analysed(
      'Hospital rotas change across the north',
      '2024-05-20',
      `${filler('health')}\n\nOne nurse had worked in Brest for a decade. ${filler('staffing')}\n\nShe hopes to return to Brest next year.`,
    );
    const about = analysed('Flood defences finished', '2024-05-10', 'Workers in Brest finished the new flood wall on Friday. The wall cost 40 million euros. Residents of Brest cheered the crews.');
    const reply = placeBriefing(createBriefings(new Archive([passing, about])), 'place:brest');
    const stories = reply.fields?.find((f) => f.name.startsWith('Stories'))?.value ?? '';
    expect(stories).toContain('Flood defences finished');
    expect(stories).not.toContain('Hospital rotas');
  });
});
