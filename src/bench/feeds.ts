import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Article } from '../articles/article.js';
import { Archive } from '../articles/archive.js';
import { ManualClock } from '../clock.js';
import { option, projectRoot } from '../eval/data-path.js';
import { createFeedDesk } from '../feeds/feed-desk.js';
import { analyze, ANALYSIS_VERSION } from '../language/pipeline.js';
import { createLogger } from '../logger.js';
import { createArticleIndex } from '../search/article-index.js';
import { createMemoryArticleStore } from '../store/article-store.js';
import { openDatabase } from '../store/database.js';
import { generateArticles } from './_generated-articles.js';

/**
 * `npm run bench -- feeds [--items 50]`: how long from a feed's fetch to its articles being searchable,
 * over loopback: a first fetch of a whole feed (fetch, parse, ingest, analyse, index), then a later
 * fetch that brings one new item, against the 60-second target. Wall time, so noisy on a busy machine.
 */
const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function rss(articles: readonly Article[], base: string): string {
  const items = articles.map(
    (a, i) => `<item><title>${escapeXml(a.title)}</title><link>${base}/story/${i}</link><guid isPermaLink="false">bench-${i}</guid>
      <pubDate>${new Date(`${a.date}T08:00:00Z`).toUTCString()}</pubDate>
      <description>${escapeXml(a.paragraphs.map((p) => `<p>${escapeXml(p)}</p>`).join(''))}</description></item>`,
  );
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Bench Wire</title><link>${base}/</link><description>bench</description>${items.join('')}</channel></rss>`;
}

export async function run(args: string[]): Promise<void> {
  const count = Number(option(args, 'items') ?? 50);
  const articles = generateArticles(projectRoot, count + 1);
  let shown = count;
  const server = http.createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss(articles.slice(0, shown), base)));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const clock = new ManualClock('2024-06-01T09:00:00Z');
  const logger = createLogger({ level: 'error' });
  const archive = new Archive();
  const search = createArticleIndex(archive);
  const db = openDatabase(':memory:');
  const desk = createFeedDesk({
    config: { feedsAllowPrivate: true, feedIntervalMinutes: 10 },
    db,
    ingestion: { clock, logger, store: createMemoryArticleStore(), archive, analyze, analysisVersion: ANALYSIS_VERSION },
  });
  const findable = (article: Article) => search.search(article.title, { limit: 50 }).hits.some((h) => h.article.title === article.title);

  const started = performance.now();
  const added = await desk.add({ url: `${base}/bench.xml` });
  const firstFetchMs = performance.now() - started;
  if (!added.ok) throw new Error(added.reason);
  const firstFindable = articles.slice(0, count).filter(findable).length;

  shown = count + 1;
  clock.advance(10 * 60_000);
  const tickStarted = performance.now();
  await desk.tick();
  const newItemMs = performance.now() - tickStarted;
  const newFindable = findable(articles[count]!);

  await desk.stop();
  search.dispose();
  db.close();
  server.close();
  const figures = {
    items: count,
    taken: archive.size,
    firstFetchMs: Math.round(firstFetchMs),
    msPerArticle: Math.round((firstFetchMs / count) * 10) / 10,
    firstFetchFindable: firstFindable,
    newItemFetchToSearchableMs: Math.round(newItemMs),
    newItemFindable: newFindable,
    targetMs: 60_000,
  };
  console.log(`first fetch of ${count} items: ${figures.firstFetchMs} ms (${figures.msPerArticle} ms an article), ${firstFindable}/${count} findable by title`);
  console.log(`a new item: fetched to searchable in ${figures.newItemFetchToSearchableMs} ms (target 60,000 ms)`);
  console.log(JSON.stringify(figures));
}
