import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { sharedData } from './data-path.js';
import { seededRandom } from './seeded-random.js';

/**
 * A `.jsonl` seed article written back as a page saved as text, the way readers save USA Today and CNN
 * stories: the outlet's name first, the headline, sometimes a byline or an "Updated …" stamp, the story,
 * sometimes a credit line, and a last line such as `Published 13 January 2019`. The forms vary by a seeded
 * generator, so every run writes the same pages.
 */
export interface SeedArticle {
  id: string;
  title: string;
  date: string;
  source: string;
  body: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SHORT = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
/** Invented names for bylines: no real reporter's. */
const NAMES = ['Jane Doe', 'Sam Rivera', 'Alex Morgan', 'Priya Natarajan', 'Tomás Ortega', 'Lee Chen'];
const CREDITS = ['Associated Press', 'Contributing: Sam Rivera', 'The Associated Press contributed to this report.', 'Reuters'];

/** The collector cut titles and ended them in "..."; the page carries the title without the dots. */
export const uncutTitle = (title: string) => title.replace(/\s*(?:\.{3}|…)\s*$/, '').trim();

function stamp(day: string, form: number, pick: <T>(items: readonly T[]) => T): string {
  const d = new Date(`${day}T12:00:00Z`);
  const [y, m, n] = [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()];
  const time = pick(['2:07 a.m. ET', '5:30 p.m. ET', '11:14 a.m. EDT']);
  switch (form) {
    case 0: return `${n} ${MONTHS[m]} ${y}`;
    case 1: return `${SHORT[m]} ${n}, ${y}`;
    case 2: return `${time} ${SHORT[m]} ${n}, ${y}`;
    case 3: return `${WEEKDAYS[d.getUTCDay()]} ${MONTHS[m]} ${n}, ${y}`;
    default: return `${y}-${String(m + 1).padStart(2, '0')}-${String(n).padStart(2, '0')}`;
  }
}

const nextDay = (day: string) => new Date(Date.parse(`${day}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** The page's text for one article; `seed` picks its form. */
export function savedPageText(article: SeedArticle, seed: number): string {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const outlet = article.source === 'USA Today' ? pick(['USA Today', 'USA TODAY']) : article.source;
  const lines = [outlet, '', uncutTitle(article.title), ''];
  if (random() < 0.4) lines.push(`By ${pick(NAMES)}${random() < 0.5 ? `, ${outlet === 'CNN' ? 'CNN' : outlet.toUpperCase()}` : ''}`, '');
  if (random() < 0.3) lines.push(`Updated ${stamp(random() < 0.5 ? article.date : nextDay(article.date), 2, pick)}`, '');
  lines.push(article.body.trim(), '');
  if (random() < 0.3) lines.push(pick(CREDITS), '');
  lines.push(`${pick(['Published', 'Published:', 'Published on'])} ${stamp(article.date, Math.floor(random() * 5), pick)}`);
  return `${lines.join('\n')}\n`;
}

/** Writes every realnews-dev article as `<id>.txt` into `outDir` (never seeds/) and returns them. */
export function writeRealnewsPages(outDir: string, dataDir = sharedData('realnews-dev')): SeedArticle[] {
  if (!dataDir) throw new Error('../shared/data/realnews-dev is absent');
  if (/(^|[\\/])seeds([\\/]|$)/.test(resolve(outDir))) throw new Error('refusing to write evaluation data into seeds/');
  mkdirSync(outDir, { recursive: true });
  const articles: SeedArticle[] = [];
  for (const file of readdirSync(dataDir).filter((f) => f.endsWith('.jsonl')).sort()) {
    for (const line of readFileSync(join(dataDir, file), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const article = JSON.parse(line) as SeedArticle;
      writeFileSync(join(outDir, `${article.id}.txt`), savedPageText(article, articles.length + 1));
      articles.push(article);
    }
  }
  return articles;
}

