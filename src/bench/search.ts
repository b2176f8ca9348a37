import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import { Archive } from '../articles/archive.js';
import type { EnrichedArticle } from '../articles/article.js';
import { option, sharedData } from '../eval/data-path.js';
import { typo } from '../eval/search.js';
import { createArticleIndex } from '../search/article-index.js';
import { writeSnapshot } from '../search/snapshot.js';
import { isStopWord, wordsOf } from '../search/text-terms.js';
import { figures, loadBases, makeArticle, random, type CorpusArticle } from './_search-corpus.js';

/**
 * `npm run bench -- search [--sizes 1000,10000,100000] [--queries 200]`: our index beside a plain
 * minisearch index (default options) over the same archive in the same run: build time, snapshot size
 * and load time, heap, and query latency (exact, typo, filtered), plus autocomplete latency.
 */
type Kind = 'exact' | 'typo' | 'filtered';
const gc = (globalThis as { gc?: () => void }).gc;
const MB = 1024 * 1024;

function heap(): number {
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed;
}

function percentiles(times: number[]): { p50: number; p99: number } {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { p50: +at(0.5).toFixed(2), p99: +at(0.99).toFixed(2) };
}

const median3 = (values: number[]) => [...values].sort((a, b) => a - b)[1]!;

/**
 * Latency of each query as the median of three runs (wall clock and this process's CPU time), so a
 * moment when the machine gave us no core does not count as the query's own time; then p50 and p99
 * over the queries.
 */
function time(queries: readonly string[], run: (q: string) => unknown): { p50: number; p99: number; cpuP50: number; cpuP99: number } {
  for (const q of queries.slice(0, 5)) run(q);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (const q of queries) {
    const w: number[] = [];
    const c: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      const u = process.cpuUsage();
      run(q);
      const used = process.cpuUsage(u);
      w.push(performance.now() - t);
      c.push((used.user + used.system) / 1000);
    }
    wall.push(median3(w));
    cpu.push(median3(c));
  }
  const p = percentiles(wall);
  const q = percentiles(cpu);
  return { ...p, cpuP50: q.p50, cpuP99: q.p99 };
}

interface Filtered {
  words: string;
  filter: string;
  keep: (a: EnrichedArticle) => boolean;
}

export function makeQueries(articles: readonly EnrichedArticle[], count: number) {
  const next = random(2024);
  const exact: string[] = [];
  const filtered: Filtered[] = [];
  while (exact.length < count) {
    const a = articles[Math.floor(next() * articles.length)]! as CorpusArticle;
    const words = wordsOf(`${a.title} ${a.paragraphs[1] ?? ''}`).filter((w) => w.length >= 4 && /^\p{L}+$/u.test(w) && !isStopWord(w));
    if (words.length < 2) continue;
    const first = words[Math.floor(next() * words.length)]!;
    const second = words.filter((w) => w !== first)[Math.floor(next() * (words.length - 1))] ?? words[0]!;
    const text = `${first} ${second}`.toLowerCase();
    exact.push(text);
    const from = new Date(Date.parse(a.date) - 365 * 86_400_000).toISOString().slice(0, 10);
    const options: Filtered[] = [
      { words: text, filter: `source:${a.source}`, keep: (b) => b.source === a.source },
      { words: text, filter: `from:${from} to:${a.date}`, keep: (b) => b.date >= from && b.date <= a.date },
      { words: text, filter: `person:"${a.people[0]}"`, keep: (b) => b.analysis.entities.some((e) => e.name === a.people[0]) },
      { words: text, filter: `place:"${a.place}"`, keep: (b) => b.place === a.place },
    ];
    filtered.push(options[exact.length % options.length]!);
  }
  const typos = exact.map((q) => q.split(' ').map((w) => typo(w, next)).join(' '));
  const prefixes = exact.map((q, i) => (i % 2 ? q.split(' ')[0]!.slice(0, 3 + (i % 4)) : q.slice(0, Math.max(4, q.length - 2))));
  return { exact, typos, filtered, prefixes };
}

async function benchSize(size: number, bases: ReturnType<typeof loadBases>['bases'], pool: string[], count: number) {
  const before = heap();
  const archive = new Archive();
  for (let i = 0; i < size; i++) archive.add(makeArticle(bases, i, pool));
  const articles = archive.all();
  const heapArchive = heap() - before;

  let t = performance.now();
  const ours = createArticleIndex(archive);
  const buildMs = performance.now() - t;
  const heapOurs = heap() - before - heapArchive;
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-bench-'));
  const path = join(dir, 'search-index.bin');
  t = performance.now();
  await writeSnapshot(path, ours.index.state());
  const saveMs = performance.now() - t;
  const snapshotBytes = statSync(path).size;
  // A bot starts without the garbage this process made building and writing: collect it first.
  heap();
  t = performance.now();
  const loaded = createArticleIndex(archive, { snapshotPath: path });
  const loadMs = performance.now() - t;
  if (loaded.origin !== 'snapshot') throw new Error('the snapshot was not loaded');
  loaded.dispose();
  rmSync(dir, { recursive: true, force: true });

  const q = makeQueries(articles, count);
  const oursTimes = {
    exact: time(q.exact, (s) => ours.search(s, { limit: 5 })),
    typo: time(q.typos, (s) => ours.search(s, { limit: 5 })),
    filtered: time(q.filtered.map((f) => `${f.words} ${f.filter}`), (s) => ours.search(s, { limit: 5 })),
  };
  const complete = time(q.prefixes, (s) => ours.complete(s, 25));
  const suggest = time(q.prefixes, (s) => ours.suggest(s, 25));
  ours.dispose();

  const beforeMini = heap();
  t = performance.now();
  const mini = new MiniSearch({ fields: ['title', 'body'] });
  mini.addAll(articles.map((a) => ({ id: a.id, title: a.title, body: a.paragraphs.join('\n') })));
  const miniBuildMs = performance.now() - t;
  const heapMini = heap() - beforeMini;
  const byText = new Map(q.filtered.map((f) => [`${f.words} ${f.filter}`, f]));
  const miniTimes = {
    exact: time(q.exact, (s) => mini.search(s)),
    typo: time(q.typos, (s) => mini.search(s, { fuzzy: 0.2, prefix: true })),
    filtered: time([...byText.keys()], (s) => {
      const f = byText.get(s)!;
      return mini.search(f.words, { filter: (r) => f.keep(archive.get(String(r.id))!) });
    }),
  };
  mini.removeAll();
  return {
    size,
    ours: { buildS: +(buildMs / 1000).toFixed(2), snapshotMB: +(snapshotBytes / MB).toFixed(1), saveS: +(saveMs / 1000).toFixed(2), loadS: +(loadMs / 1000).toFixed(2), heapMB: Math.round(heapOurs / MB), ...oursTimes, complete, suggest },
    minisearch: { buildS: +(miniBuildMs / 1000).toFixed(2), heapMB: Math.round(heapMini / MB), ...miniTimes },
    archiveHeapMB: Math.round(heapArchive / MB),
  };
}

export async function run(args: string[]): Promise<void> {
  const sizes = (option(args, 'sizes') ?? '1000,10000,100000').split(',').map(Number).filter((n) => n > 0);
  const count = Number(option(args, 'queries') ?? 200);
  const { bases, from } = loadBases(sharedData('bbc-news', 'articles.jsonl'));
  if (!gc) console.log('(run with node --expose-gc for heap figures: npm run bench does)');
  console.log(`search bench: ${from} articles (${bases.length} bases, repeated with changed names and dates), ${count} queries of each kind, synthetic analysis`);
  const rows = [];
  for (const size of sizes) {
    const row = await benchSize(size, bases, figures(500), count);
    rows.push(row);
    const { ours: o, minisearch: m } = row;
    const pair = (k: Kind) =>
      `${o[k].p50}/${o[k].p99} cpu ${o[k].cpuP50}/${o[k].cpuP99} (minisearch ${m[k].p50}/${m[k].p99} cpu ${m[k].cpuP50}/${m[k].cpuP99}, p99 ×${(m[k].p99 / Math.max(0.01, o[k].p99)).toFixed(1)})`;
    console.log(`\n## ${size} articles (archive heap ${row.archiveHeapMB} MB)`);
    console.log(`build ${o.buildS} s (minisearch ${m.buildS} s) · snapshot ${o.snapshotMB} MB, written ${o.saveS} s, loaded ${o.loadS} s · heap ${o.heapMB} MB (minisearch ${m.heapMB} MB)`);
    console.log(`query p50/p99 ms, wall and cpu (median of 3 runs each), ours (minisearch, ratio of p99):`);
    for (const k of ['exact', 'typo', 'filtered'] as Kind[]) console.log(`  ${k}: ${pair(k)}`);
    console.log(`autocomplete p50/p99 ms: /search ${o.complete.p50}/${o.complete.p99} (cpu ${o.complete.cpuP99}) · /article ${o.suggest.p50}/${o.suggest.p99} (cpu ${o.suggest.cpuP99})`);
  }
  console.log(JSON.stringify({ bench: 'search', corpus: from, rows }));
}
