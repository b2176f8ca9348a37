import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ChartPictures } from '../src/briefing/chart-picture.js';
import { newsNamesChart } from '../src/briefing/news-names-chart.js';
import { toArticle } from '../src/ingest/to-article.js';
import { analyze } from '../src/language/pipeline.js';

const TODAY = new Date('2026-11-29T12:00:00Z');
const seed = (() => {
  const { article } = toArticle({ origin: 'seed', fallbackTime: TODAY, pageText: readFileSync('seeds/000_1eac8ca87cd292f6.txt', 'utf8') }, TODAY);
  return { ...article, analysis: analyze(article) };
})();

describe("the digest's chart of who was in the news", () => {
  it('draws the most-mentioned names of the period as a PNG, most mentioned first', () => {
    const image = newsNamesChart(new ChartPictures(), [seed])!;
    expect(Buffer.from(image.data.subarray(0, 8)).toString('latin1')).toBe('\x89PNG\r\n\x1a\n');
    expect(image.description).toMatch(/^Who was in the news, by mentions: Kim Jong Un 6, /);
    expect(image.description).toContain('Vladimir Putin');
    // Places (the summit's venue) are not people or powers in the news.
    expect(image.description).not.toContain('Vostochny');
  });

  it('renders the same content once', () => {
    const cache = new ChartPictures();
    const first = newsNamesChart(cache, [seed])!;
    const second = newsNamesChart(cache, [seed])!;
    expect(second.data).toBe(first.data);
    expect(cache.size).toBe(1);
  });

  it('has no chart for a period without names', () => {
    expect(newsNamesChart(new ChartPictures(), [])).toBeUndefined();
  });
});
