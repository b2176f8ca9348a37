import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { decodeText } from '../ingest/decode.js';
import { seedReaders } from '../ingest/seed-formats.js';
import { toArticle } from '../ingest/to-article.js';
import { option, reportMissingData, sharedData } from './data-path.js';
import { bodyFound, sameTitle, wordsPastEnd } from './page-scoring.js';

/**
 * `npm run eval -- pages [--data gold.jsonl] [--verbose] [--form text|html] [--only ID-PART]`: real saved pages (HTML as served, and the same
 * pages as a browser saves them as text) read through the seed readers and `toArticle`, exactly as a file
 * in seeds/ is read, and scored against the gold: headline, date (right / wrong / unknown), body start and
 * end, failures, the slowest page. Scoring follows ../shared/data/README.md.
 */
interface Gold {
  id: string;
  source_set?: string;
  title?: string;
  date?: string;
  date_alt_prev_day?: string;
  body_start?: string;
  body_end?: string;
}

interface Tally {
  pages: number;
  titled: number;
  titleRight: number;
  dated: number;
  dateRight: number;
  dateWrong: number;
  dateUnknown: number;
  bodies: number;
  bodyStart: number;
  bodyEnd: number;
  /** Bodies that run on for more than TAIL_WORDS words past the gold's last words. */
  runOn: number;
  failed: number;
  slowest: { id: string; ms: number };
  /** Wrong dates by the gold's source set: metascraper's gold prefers the modified date (see DESIGN.md). */
  wrongBySet: Record<string, number>;
}

const newTally = (): Tally => ({ pages: 0, titled: 0, titleRight: 0, dated: 0, dateRight: 0, dateWrong: 0, dateUnknown: 0, bodies: 0, bodyStart: 0, bodyEnd: 0, runOn: 0, failed: 0, slowest: { id: '', ms: 0 }, wrongBySet: {} });
const share = (n: number, of: number) => (of ? Math.round((1000 * n) / of) / 10 : 0);

function summary(t: Tally): Record<string, unknown> {
  return {
    pages: t.pages,
    headlineRight: share(t.titleRight, t.titled),
    dateRight: share(t.dateRight, t.dated),
    dateWrong: share(t.dateWrong, t.dated),
    dateUnknown: share(t.dateUnknown, t.dated),
    bodyStartFound: share(t.bodyStart, t.bodies),
    bodyEndFound: share(t.bodyEnd, t.bodies),
    bodyRunsOn: share(t.runOn, t.bodyEnd),
    failed: t.failed,
    wrongDatesBySourceSet: t.wrongBySet,
    slowest: { id: t.slowest.id, ms: Math.round(t.slowest.ms) },
  };
}

/** More words than a closing credit or a tagline past the story's end ("Reporting by …; editing by …"). */
const TAIL_WORDS = 30;

/** A time no gold date is near: an article that falls back to the file time is then plainly "unknown". */
const FILE_TIME = new Date('2001-01-01T00:00:00Z');

function score(gold: Gold, file: string, extension: '.html' | '.txt', tally: Tally, today: Date, verbose: boolean): void {
  tally.pages++;
  if (gold.title) tally.titled++;
  if (gold.date) tally.dated++;
  if (gold.body_start && gold.body_end) tally.bodies++;
  const started = performance.now();
  const problems: string[] = [];
  try {
    const text = decodeText(readFileSync(file)).text;
    const [raw] = seedReaders[extension]!(text, file, FILE_TIME);
    const { article } = toArticle(raw!, today);
    const body = article.paragraphs.join('\n');
    if (gold.title) {
      if (sameTitle(article.title, gold.title)) tally.titleRight++;
      else problems.push(`title "${article.title.slice(0, 90)}" ≠ "${gold.title.slice(0, 90)}"`);
    }
    if (gold.date) {
      if (article.dateSource === 'unknown') {
        tally.dateUnknown++;
        problems.push(`date unknown (gold ${gold.date})`);
      } else if (article.date === gold.date || article.date === gold.date_alt_prev_day) tally.dateRight++;
      else {
        tally.dateWrong++;
        const set = (gold.source_set ?? 'unknown').split('+')[0]!;
        tally.wrongBySet[set] = (tally.wrongBySet[set] ?? 0) + 1;
        problems.push(`date ${article.date} ≠ ${gold.date} (${article.dateNote})`);
      }
    }
    if (gold.body_start && gold.body_end) {
      if (bodyFound(body, gold.body_start, 'start')) tally.bodyStart++;
      else problems.push('body start missing');
      if (bodyFound(body, gold.body_end, 'end')) {
        tally.bodyEnd++;
        const past = wordsPastEnd(body, gold.body_end) ?? 0;
        if (past > TAIL_WORDS) {
          tally.runOn++;
          problems.push(`body runs on ${past} words past its end`);
        }
      } else problems.push('body end missing');
    }
  } catch (error) {
    tally.failed++;
    if (gold.date) tally.dateUnknown++;
    problems.push(`failed: ${(error as Error).message}`);
  }
  const ms = performance.now() - started;
  if (ms > tally.slowest.ms) tally.slowest = { id: gold.id, ms };
  if (verbose && problems.length) console.log(`${extension.slice(1).padEnd(4)} ${gold.id}: ${problems.join('; ')}`);
}

export async function run(args: string[]): Promise<void> {
  const given = option(args, 'data');
  const goldFile = given ? (isAbsolute(given) ? given : resolve(process.cwd(), given)) : sharedData('pages', 'gold.jsonl');
  if (!goldFile || (!given && !existsSync(goldFile))) return reportMissingData('pages');
  const verbose = args.includes('--verbose');
  const only = option(args, 'only');
  // `--form text` or `--form html`: score one form only (a quicker loop while working on one reader).
  const form = option(args, 'form');
  const dir = dirname(goldFile);
  const golds = readFileSync(goldFile, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Gold);
  const today = new Date();
  const tallies = { html: newTally(), text: newTally() };
  for (const gold of golds) {
    if (only && !gold.id.includes(only)) continue;
    const html = join(dir, 'html', `${gold.id}.html`);
    const text = join(dir, 'text', `${gold.id}.txt`);
    if (form !== 'text' && existsSync(html)) score(gold, html, '.html', tallies.html, today, verbose);
    if (form !== 'html' && existsSync(text)) score(gold, text, '.txt', tallies.text, today, verbose);
  }
  for (const [name, t] of Object.entries(tallies)) {
    const s = summary(t);
    if (t.pages) console.log(`${name.padEnd(5)} wrong dates by source set: ${Object.entries(t.wrongBySet).map(([set, n]) => `${set} ${n}`).join(', ') || 'none'}`);
    console.log(`${name.padEnd(5)} headline ${s.headlineRight}% · date right ${s.dateRight}% wrong ${s.dateWrong}% unknown ${s.dateUnknown}% · body start ${s.bodyStartFound}% end ${s.bodyEndFound}% (runs on ${s.bodyRunsOn}%) · failed ${t.failed} · slowest ${t.slowest.id} ${Math.round(t.slowest.ms)} ms`);
  }
  console.log(JSON.stringify({ task: 'pages', html: summary(tallies.html), text: summary(tallies.text) }));
}
