import { toArticle } from '../ingest/to-article.js';

/**
 * `npm run bench -- page-text`: 1 MB saved text pages of the shapes that once made page reading slow or
 * quadratic (one endless line, thousands of stamps, menus, repeated lines, long prose, no blank lines),
 * each read through `toArticle` as a seed is. Each should take well under a second.
 */
const SIZE = 1_000_000;
const fill = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);
const PROSE = 'The council said on Tuesday that the harbour works would run into next year, and residents were asked to keep clear of the quay. ';

const shapes: Record<string, string> = {
  'one long line': `Harbour Herald\nCouncil delays harbour works\n${fill(PROSE)}`,
  'stamps on every line': `Harbour Herald\n\nCouncil delays harbour works\n\n${fill('Published 6 September 2022 · Updated: Tue 21 Mar 2023 09.14 GMT\n')}`,
  'menu lines': `${fill('Home | World | Business | Sport | Culture\n')}\nCouncil delays harbour works\n\n${PROSE}\n${PROSE}\n${PROSE}`,
  'repeated headline': fill(`Council delays harbour works\n\n${PROSE}\n\n`),
  'prose without blank lines': `Harbour Herald\nCouncil delays harbour works\n${fill(`${PROSE}\n`)}`,
  'spaces and digits': `Harbour Herald\nCouncil delays harbour works\n${PROSE}\n${fill('12 34 2022 5:30 ')}`,
};

export async function run(): Promise<void> {
  const today = new Date('2026-01-01T00:00:00Z');
  const figures: Record<string, number> = {};
  for (const [name, text] of Object.entries(shapes)) {
    const started = performance.now();
    try {
      toArticle({ origin: `${name}.txt`, fallbackTime: today, pageText: text }, today);
    } catch {
      // An unreadable page is an answer too; only the time matters here.
    }
    figures[name] = Math.round(performance.now() - started);
    console.log(`${name.padEnd(28)} ${figures[name]} ms`);
  }
  const slowest = Math.max(...Object.values(figures));
  console.log(JSON.stringify({ bench: 'page-text', bytes: SIZE, ms: figures, slowest, underOneSecond: slowest < 1000 }));
}
