import { describe, expect, it } from 'vitest';
import type { EnrichedArticle } from '../src/articles/article.js';
import { Archive } from '../src/articles/archive.js';
import { EntityDirectory } from '../src/briefing/entity-directory.js';
import { toArticle } from '../src/ingest/to-article.js';
import { analyze } from '../src/language/pipeline.js';

function article(title: string, date: string, body: string): EnrichedArticle {
  const parsed = toArticle({ origin: `test:${title}`, title, date, body, fallbackTime: new Date(0) }, new Date('2024-06-10T00:00:00Z')).article;
  return { ...parsed, analysis: analyze(parsed) };
}

// The capital written for its government ("Kyiv said"), in two of five articles on the country; the city itself in three.
const government = [1, 2].map((d) => article(`Terms rejected ${d}`, `2024-03-0${d}`, `Kyiv said on day ${d} that it would not accept the terms offered by Moscow. Ukraine has asked its allies for more air defence.`));
const country = [3, 4, 5].map((d) => article(`Grain exports ${d}`, `2024-03-0${d}`, `Ukraine shipped more grain through the Black Sea on day ${d}, the ministry said.`));
const city = [6, 7, 8].map((d) => article(`Metro line ${d}`, `2024-03-0${d}`, `A new metro line opened in Kyiv on day ${d}. Residents of the city queued at the stations from dawn.`));

describe('which record a typed name briefs on', () => {
  const directory = new EntityDirectory(new Archive([...government, ...country, ...city]));

  it('is whoever the most articles write so: the city for "Kyiv", though the country is named in more articles', () => {
    const ukraine = directory.named('Ukraine')[0]!;
    expect(ukraine).toBe('country:ukraine');
    // The premise: the country is written "Kyiv" in some articles and named in more than the city.
    expect(directory.record(ukraine)!.forms.get('kyiv')).toBe(2);
    expect(directory.articleCount(ukraine)).toBeGreaterThan(directory.articleCount('place:kyiv'));
    expect(directory.named('Kyiv')).toEqual(['place:kyiv', 'country:ukraine']);
  });

  it('puts a key typed whole first', () => {
    expect(directory.named('country:ukraine')[0]).toBe('country:ukraine');
    expect(directory.named('place:kyiv')[0]).toBe('place:kyiv');
  });
});
