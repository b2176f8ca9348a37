import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeText } from '../ingest/decode.js';
import { seedReaders } from '../ingest/seed-formats.js';
import { toArticle } from '../ingest/to-article.js';
import { option, reportMissingData, sharedData } from './data-path.js';
import { sameTitle } from './page-scoring.js';
import { uncutTitle, writeRealnewsPages } from './saved-page-forms.js';

/**
 * `npm run eval -- saved-text-pages [--verbose]`: the realnews-dev articles written as pages saved as text
 * (saved-page-forms.ts), into a temp folder removed afterwards, read back through the seed reader and
 * `toArticle` as a file in seeds/ is, and scored: headline (the title less the collector's "...", same 85%
 * overlap rule as the pages eval), date (equal) and source (equal, case aside). No page may take over 1 s.
 */
const FILE_TIME = new Date('2001-01-01T00:00:00Z');
const share = (n: number, of: number) => (of ? Math.round((1000 * n) / of) / 10 : 0);

export async function run(args: string[]): Promise<void> {
  const dataDir = option(args, 'data') ?? sharedData('realnews-dev');
  if (!dataDir) return reportMissingData('saved-text-pages');
  const verbose = args.includes('--verbose');
  const dir = mkdtempSync(join(tmpdir(), 'saved-text-pages-'));
  const tally = { pages: 0, headline: 0, date: 0, dateWrong: 0, source: 0, failed: 0, slow: 0, slowest: { id: '', ms: 0 } };
  try {
    const articles = writeRealnewsPages(dir, dataDir);
    const today = new Date();
    for (const gold of articles) {
      tally.pages++;
      const file = join(dir, `${gold.id}.txt`);
      const problems: string[] = [];
      const started = performance.now();
      try {
        const [raw] = seedReaders['.txt']!(decodeText(readFileSync(file)).text, file, FILE_TIME);
        const { article } = toArticle(raw!, today);
        if (sameTitle(article.title, uncutTitle(gold.title))) tally.headline++;
        else problems.push(`title "${article.title.slice(0, 80)}" ≠ "${uncutTitle(gold.title).slice(0, 80)}"`);
        if (article.date === gold.date && article.dateSource !== 'unknown') tally.date++;
        else {
          if (article.dateSource !== 'unknown') tally.dateWrong++;
          problems.push(`date ${article.date} (${article.dateSource}: ${article.dateNote}) ≠ ${gold.date}`);
        }
        if (article.source?.toLowerCase() === gold.source.toLowerCase()) tally.source++;
        else problems.push(`source ${article.source ?? 'none'} ≠ ${gold.source}`);
      } catch (error) {
        tally.failed++;
        problems.push(`failed: ${(error as Error).message}`);
      }
      const ms = performance.now() - started;
      if (ms > 1000) tally.slow++;
      if (ms > tally.slowest.ms) tally.slowest = { id: gold.id, ms: Math.round(ms) };
      if (verbose && problems.length) console.log(`${gold.id}: ${problems.join('; ')}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const figures = {
    pages: tally.pages,
    headlineRight: share(tally.headline, tally.pages),
    dateRight: share(tally.date, tally.pages),
    dateWrong: share(tally.dateWrong, tally.pages),
    sourceRight: share(tally.source, tally.pages),
    failed: tally.failed,
    overOneSecond: tally.slow,
    slowest: tally.slowest,
  };
  console.log(`saved text pages: headline ${figures.headlineRight}% · date ${figures.dateRight}% (wrong ${figures.dateWrong}%) · source ${figures.sourceRight}% · failed ${tally.failed} · over 1 s ${tally.slow} · slowest ${tally.slowest.id} ${tally.slowest.ms} ms`);
  console.log(JSON.stringify({ task: 'saved-text-pages', ...figures }));
}
