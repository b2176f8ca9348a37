import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../app.js';
import type { Article } from '../articles/article.js';
import { ManualClock } from '../clock.js';
import { loadConfig } from '../config.js';
import { option, projectRoot } from '../eval/data-path.js';
import { analyze } from '../language/pipeline.js';
import { phaseRecorder, type PhaseMark } from './_scale-phases.js';
import { scaleCorpus, writeSeedExports } from './_scale-seeds.js';

/**
 * `npm run bench -- scale [--sizes 10000,100000] [--store sqlite,postgres]`: the archive at scale as a new user
 * meets it. For each size, generated articles as seed exports; a cold start (every article analysed,
 * stored, indexed) in this process; then a warm start on the same DATA_DIR in a child process
 * (_scale-warm.ts, compiled as `npm start` runs it), so its memory is one fresh bot's: first answer, resident memory, /search and
 * /brief about: latencies. One row per size and store, beside the targets of issue 13. `postgres` keeps
 * every store and the search in a throwaway PostgreSQL (a fresh database per size; TEST_DATABASE_URL's server
 * when set), so both columns come from the same run.
 */
const NOW = '2025-01-01T12:00:00Z';
const STORES = ['sqlite', 'postgres'];
export const TARGETS = { at: 100_000, firstAnswerS: 5, rssMB: 500, searchP99Ms: 50, briefAboutP99Ms: 200 };
const s = (ms: number) => Math.round(ms / 100) / 10;
const pgSettings = (databaseUrl?: string) => (databaseUrl ? { DATABASE_URL: databaseUrl, SEARCH_BACKEND: 'postgres' } : {});

async function coldStart(seedsDir: string, dataDir: string, size: number, databaseUrl?: string) {
  const phases = phaseRecorder(['search index built', 'archive ready']);
  let analysed = 0;
  // The real pipeline, counted, so a long run shows that it moves.
  const counting = (article: Article) => {
    analysed += 1;
    if (analysed % 1000 === 0) {
      const { rss, heapUsed } = process.memoryUsage();
      process.stderr.write(`  cold start: ${analysed}/${size} analysed at ${s(phases.now() - begin.atMs)} s, rss ${Math.round(rss / 1048576)} MB, heap ${Math.round(heapUsed / 1048576)} MB\n`);
    }
    return analyze(article);
  };
  const begin = phases.mark('createApp called');
  const app = await createApp({ config: loadConfig({ SEEDS_DIR: seedsDir, DATA_DIR: dataDir, ...pgSettings(databaseUrl) }), logger: phases.logger, clock: new ManualClock(NOW), analyze: counting });
  const end = phases.mark('createApp returned');
  const rssMB = Math.round(process.memoryUsage().rss / 1024 / 1024);
  const peakRssMB = peakRss();
  const t = performance.now();
  await app.close();
  const closeMs = performance.now() - t;
  const at = (event: string) => phases.marks.find((m) => m.event === event);
  const ready = at('archive ready')!;
  const indexMs = at('search index built')?.ms ?? 0;
  const ingestMs = ready.atMs - begin.atMs - indexMs;
  return {
    articles: app.services.archive.size,
    analysed,
    ingestPerS: Math.round((app.services.archive.size / ingestMs) * 1000 * 10) / 10,
    readyS: s(end.atMs - begin.atMs),
    ingestS: s(ingestMs),
    indexBuildS: s(indexMs),
    briefingsS: s(end.atMs - ready.atMs),
    closeS: s(closeMs),
    heapMB: end.heapMB - begin.heapMB,
    rssMB,
    ...(peakRssMB ? { peakRssMB } : {}),
    warnings: phases.warnings,
  };
}

/** The process's peak resident memory so far (Linux): the cold starts run here, the warm ones in children, sizes ascending. */
function peakRss(): number | undefined {
  const kb = /VmHWM:\s+(\d+)/.exec(existsSync('/proc/self/status') ? readFileSync('/proc/self/status', 'utf8') : '')?.[1];
  return kb ? Math.round(Number(kb) / 1024) : undefined;
}

/** What _scale-warm.ts prints. */
interface Warm {
  firstAnswerMs: number;
  firstAnswerCpuMs: number;
  /** When stories and the directory were in place (they load in the background, as under `npm start`). */
  briefingsReadyMs: number;
  /** The first /brief about: once they are (it works out the name folds if the bot has not yet). */
  firstBriefMs: number;
  rssAtFirstAnswerMB: number;
  modulesLoadedMs: number;
  rssMB: number;
  heapUsedMB: number;
  rssAfterQueriesMB: number;
  phases: PhaseMark[];
  seedReadMs: number;
  search: { p50: number; p99: number; cpuP50: number; cpuP99: number };
  briefAbout: { p50: number; p99: number; cpuP50: number; cpuP99: number };
}

/** The environment `npm start` gives the bot (package.json's start script: `NAME=value node …`). */
function startEnvironment(): Record<string, string> {
  const start = (JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start;
  const line = start.split('&&').at(-1)!;
  return Object.fromEntries([...line.matchAll(/(\w+)=(\S+)/g)].map((m) => [m[1]!, m[2]!]));
}

/**
 * The warm start runs compiled (`scripts/build.mjs`, once per run) and with the environment `npm start` sets,
 * as `npm start` runs the bot (tsx would add its compiler's memory).
 */
function warmStart(seedsDir: string, dataDir: string, size: number, databaseUrl?: string): Promise<Warm> {
  const file = join(projectRoot, 'dist', 'src', 'bench', '_scale-warm.js');
  const env = { ...process.env, ...startEnvironment() };
  const child = spawn(process.execPath, ['--expose-gc', file, seedsDir, dataDir, String(size), NOW, ...(databaseUrl ? [databaseUrl] : [])], { cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      const line = out.trim().split('\n').reverse().find((l) => l.startsWith('{'));
      if (code !== 0 || !line) reject(new Error(`warm start exited ${code}: ${out.slice(-500)}`));
      else resolve(JSON.parse(line) as Warm);
    });
  });
}

export async function run(args: string[]): Promise<void> {
  const sizes = (option(args, 'sizes') ?? '10000').split(',').map(Number).filter((n) => n > 0);
  const stores = (option(args, 'store') ?? 'sqlite').split(',');
  const unknown = stores.filter((x) => !STORES.includes(x));
  if (unknown.length) throw new Error(`scale bench: no store "${unknown.join(', ')}" (have: ${STORES.join(', ')})`);
  // One server for the run; each size gets its own database.
  const server = stores.includes('postgres') ? await (await import('../../tests/postgres-server.js')).startTestPostgres() : undefined;
  const corpus = scaleCorpus();
  console.log(`scale bench: ${corpus.from} texts (${corpus.bases.length} bases) with changed names, places, sources and dates; clock ${NOW}`);
  const rows = [];
  execFileSync(process.execPath, [join(projectRoot, 'scripts', 'build.mjs')], { stdio: 'inherit' });
  for (const size of sizes) {
    for (const store of stores) {
      const dir = mkdtempSync(join(tmpdir(), 'newsdesk-scale-'));
      // A run stopped by hand (a 100k cold start takes hours here) still leaves no gigabytes in /tmp.
      const stop = () => {
        rmSync(dir, { recursive: true, force: true });
        process.exit(130);
      };
      process.once('SIGINT', stop).once('SIGTERM', stop);
      try {
        const seedsDir = join(dir, 'seeds');
        const t = performance.now();
        const seeds = writeSeedExports(seedsDir, size, corpus);
        console.log(`\n## ${size} articles, ${store}: ${seeds.files} seed exports, ${Math.round(seeds.bytes / 1024 / 1024)} MB, written in ${s(performance.now() - t)} s`);
        const databaseUrl = store === 'postgres' ? await server!.createDatabase() : undefined;
        const cold = await coldStart(seedsDir, join(dir, 'data'), size, databaseUrl);
        console.log(`cold: ${JSON.stringify(cold)}`);
        const warm = await warmStart(seedsDir, join(dir, 'data'), size, databaseUrl);
        console.log(`warm: ${JSON.stringify(warm)}`);
        rows.push({ store, size, seedMB: Math.round(seeds.bytes / 1024 / 1024), cold, warm });
      } finally {
        process.off('SIGINT', stop).off('SIGTERM', stop);
        rmSync(dir, { recursive: true, force: true });
      }
    }
  }
  await server?.stop();
  printTable(rows);
  console.log(JSON.stringify({ bench: 'scale', corpus: corpus.from, targets: TARGETS, rows }));
}

/** Where a warm start spends its time and heap, from the log lines that end createApp's phases. */
function warmPhases(w: Warm): string {
  const at = (event: string) => w.phases.find((m) => m.event === event);
  const loaded = at('modules loaded')!;
  const ready = at('archive ready')!;
  // PostgreSQL search logs neither: its index lives in the database.
  const index = at('search index loaded from snapshot') ?? at('search index built');
  const briefings = at('stories and directory loaded from snapshot') ?? at('stories and directory built');
  const indexStart = index ? index.atMs - (index.ms ?? 0) : ready.atMs;
  return [
    `modules ${s(loaded.atMs)} s (heap ${loaded.heapMB} MB)`,
    `seed files read again + stored analyses read ${s(indexStart - loaded.atMs)} s (the files alone ${s(w.seedReadMs)} s)`,
    index ? `index ${index.event === 'search index built' ? 'BUILT' : 'snapshot loaded'} ${s(index.ms ?? 0)} s (heap with archive and index ${index.heapMB} MB)` : 'index in PostgreSQL',
    `first answer at ${s(w.firstAnswerMs)} s (${s(w.firstAnswerCpuMs)} s of CPU; RSS then ${w.rssAtFirstAnswerMB} MB)`,
    briefings ? `stories and directory ${briefings.event.endsWith('built') ? 'BUILT' : 'loaded'} in the background in ${s(briefings.ms ?? 0)} s, in place at ${s(w.briefingsReadyMs)} s (heap ${briefings.heapMB} MB)` : 'stories and directory: no log line',
    `first /brief about: then ${Math.round(w.firstBriefMs)} ms (working out the name folds if they were not yet)`,
  ].join(' · ');
}

/** Wall clock, then the process's own CPU time (what the bot costs when the machine is not shared). */
const pair = (p: Warm['search']) => `${p.p50}/${p.p99} (cpu ${p.cpuP50 ?? '?'}/${p.cpuP99 ?? '?'})`;

function printTable(rows: { store: string; size: number; cold: Awaited<ReturnType<typeof coldStart>>; warm: Warm }[]): void {
  const t = TARGETS;
  const head = ['store', 'articles', 'ingest art/s', 'cold ready s', `1st answer s (≤${t.firstAnswerS})`, 'briefings ready s', `RSS MB (≤${t.rssMB})`, 'heap MB', `/search p50/p99 ms (≤${t.searchP99Ms})`, `/brief about: p50/p99 ms (≤${t.briefAboutP99Ms})`];
  console.log(`\n${head.join(' | ')}`);
  for (const { store, size, cold, warm } of rows) {
    const cells = [store, size, cold.ingestPerS, cold.readyS, `${s(warm.firstAnswerMs)} (cpu ${s(warm.firstAnswerCpuMs)})`, s(warm.briefingsReadyMs), warm.rssMB, warm.heapUsedMB, pair(warm.search), pair(warm.briefAbout)];
    console.log(cells.join(' | '));
  }
  console.log(`(targets at ${t.at} articles, issue 13)`);
  for (const { store, size, warm } of rows) console.log(`warm start, ${store} ${size}: ${warmPhases(warm)}`);
}
