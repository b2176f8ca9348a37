import { existsSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { Archive } from '../articles/archive.js';
import { bodyText, type EnrichedArticle } from '../articles/article.js';
import { analyze } from '../language/pipeline.js';
import { createArticleIndex } from '../search/article-index.js';
import type { ArticleSearch } from '../search/article-search.js';
import { openPgSearch } from '../search/postgres/open-pg-search.js';
import { termOf, wordsOf } from '../search/text-terms.js';
import { option, projectRoot, reportMissingData, sharedData } from './data-path.js';
import { readJsonlArticles } from './jsonl-articles.js';
import { seededRandom as random } from './seeded-random.js';

/**
 * `npm run eval -- search [--data FILE.jsonl] [--store embedded|postgres]`: known-item search. Each article of a bbc-news shaped
 * file goes through ingestion and `analyze` into an archive; then, for each article, three queries made
 * from it (its title; two or three of its rarest body words; the same words with one typo in each long
 * word) are run, and we count how often the article comes first, in the top 5, and the mean reciprocal rank.
 * `--store postgres` runs the same queries (rare words chosen by the embedded index, so both backends
 * see the same ones) against PostgreSQL search on a throwaway server, as the tests start one.
 */
type Kind = 'title' | 'rare' | 'typo';
const KINDS: Kind[] = ['title', 'rare', 'typo'];
const DEPTH = 100;


function seedOf(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** One slip in a word of five letters or more: a letter dropped or two neighbours swapped (never the first letter). */
export function typo(word: string, next: () => number): string {
  if (word.length < 5) return word;
  const at = 1 + Math.floor(next() * (word.length - 2));
  if (next() < 0.5 && word[at] !== word[at + 1]) return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
  return word.slice(0, at) + word.slice(at + 1);
}

/** The two or three rarest words of the body (by document frequency, ties by spelling), as written. */
function rareWords(article: EnrichedArticle, df: (term: string) => number, count: number): string[] {
  const seen = new Map<string, string>();
  for (const word of wordsOf(bodyText(article))) {
    const term = termOf(word);
    if (term === undefined || term.length < 4 || !/^\p{L}+$/u.test(word) || seen.has(term)) continue;
    seen.set(term, word);
  }
  return [...seen.entries()]
    .sort(([a], [b]) => df(a) - df(b) || (a < b ? -1 : 1))
    .slice(0, count)
    .map(([, word]) => word);
}

/** PostgreSQL search over the archive on a throwaway server (TEST_DATABASE_URL's, when set). */
async function postgresSearch(archive: Archive): Promise<{ search: ArticleSearch; close(): Promise<void> }> {
  const { startTestPostgres } = await import('../../tests/postgres-server.js');
  const server = await startTestPostgres();
  try {
    const started = performance.now();
    const search = openPgSearch(await server.createDatabase(), archive, {});
    console.log(`PostgreSQL search tables written in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return {
      search,
      async close() {
        await search.close();
        await server.stop();
      },
    };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

export async function run(args: string[]): Promise<void> {
  const given = option(args, 'data');
  const file = given ? (isAbsolute(given) ? given : resolve(process.cwd(), given)) : sharedData('bbc-news', 'articles.jsonl');
  if (!file || (!given && !existsSync(file))) return reportMissingData('search');
  if (!existsSync(file)) throw new Error(`no such file: ${file}`);
  const store = option(args, 'store') ?? 'embedded';
  if (store !== 'embedded' && store !== 'postgres') throw new Error(`--store is embedded or postgres, not ${store}`);

  const started = performance.now();
  const { articles, skipped } = readJsonlArticles(file, new Date());
  const archive = new Archive();
  const targets: string[] = [];
  for (const { article } of articles) {
    const enriched: EnrichedArticle = { ...article, analysis: analyze(article) };
    archive.add(enriched);
    // A duplicate text is one article: its queries look for the copy the archive kept.
    const kept = archive.byHash(article.hash)?.id ?? article.id;
    if (!targets.includes(kept)) targets.push(kept);
  }
  const ingestSeconds = (performance.now() - started) / 1000;
  const embedded = createArticleIndex(archive);
  const df = (term: string) => embedded.index.terms.df(term);
  const backend = store === 'postgres' ? await postgresSearch(archive) : { search: embedded as ArticleSearch, close: async () => undefined };
  const search = backend.search;

  const stats = Object.fromEntries(KINDS.map((k) => [k, { first: 0, top5: 0, rr: 0, n: 0, ms: 0 }]));
  const misses: string[] = [];
  targets.forEach((id, i) => {
    const article = archive.get(id)!;
    const rare = rareWords(article, df, 2 + (i % 2));
    const next = random(seedOf(id));
    const queries: Record<Kind, string> = { title: article.title, rare: rare.join(' '), typo: rare.map((w) => typo(w, next)).join(' ') };
    for (const kind of KINDS) {
      const t0 = performance.now();
      const page = search.search(queries[kind], { limit: DEPTH });
      const s = stats[kind]!;
      s.ms += performance.now() - t0;
      const rank = page.hits.findIndex((h) => h.article.id === id) + 1;
      s.n++;
      if (rank === 1) s.first++;
      if (rank >= 1 && rank <= 5) s.top5++;
      if (rank >= 1) s.rr += 1 / rank;
      if (rank !== 1 && misses.length < 12) misses.push(`${kind} #${rank || '-'}: ${queries[kind]}`);
    }
  });

  await backend.close();
  const figures = Object.fromEntries(
    KINDS.map((k) => {
      const s = stats[k]!;
      return [k, { first: +(s.first / s.n).toFixed(4), top5: +(s.top5 / s.n).toFixed(4), mrr: +(s.rr / s.n).toFixed(4), meanMs: +(s.ms / s.n).toFixed(2) }];
    }),
  );
  console.log(`search known-item (${store}): ${targets.length} articles from ${relative(projectRoot, file)} (${skipped.length} skipped by ingestion, ingestion + analysis ${ingestSeconds.toFixed(1)} s)`);
  console.log('| queries | first | top 5 | MRR | mean ms |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  for (const k of KINDS) {
    const f = figures[k]!;
    console.log(`| ${k} | ${(f.first * 100).toFixed(1)}% | ${(f.top5 * 100).toFixed(1)}% | ${f.mrr.toFixed(3)} | ${f.meanMs.toFixed(2)} |`);
  }
  console.log('targets: title first ≥ 95%, rare top 5 ≥ 90%, typo top 5 ≥ 80%');
  if (misses.length) console.log(`some misses:\n  ${misses.join('\n  ')}`);
  console.log(JSON.stringify({ task: 'search', store, articles: targets.length, ...figures }));
}
