import { commands } from '../../commands/index.js';
import type { Command, CommandContext } from '../../commands/command.js';
import { createApp } from '../app.js';
import { ManualClock } from '../clock.js';
import { loadConfig } from '../config.js';
import { readSeedFolderReport } from '../ingest/seed-folder.js';
import { createCapturingLogger } from '../logger.js';
import type { Services } from '../services.js';
import { runExecute } from '../transports/run-command.js';
import { queries as briefQueries, summary } from './brief.js';
import { figures } from './_search-corpus.js';
import { phaseRecorder } from './_scale-phases.js';
import { sampleArticles, scaleCorpus } from './_scale-seeds.js';
import { makeQueries } from './search.js';

/**
 * The warm start of the scale bench, in a process of its own so its memory is one fresh bot's:
 * `node --expose-gc --import tsx src/bench/_scale-warm.ts SEEDS_DIR DATA_DIR SIZE NOW [DATABASE_URL]` (searching in
 * PostgreSQL unless SEARCH_BACKEND says otherwise). createApp on a DATA_DIR that already holds every analysis and
 * the index snapshot, the first /search answered, memory, then /search and /brief about: latencies through the
 * same handler runner as the transports. Prints one JSON line.
 */
const [seedsDir, dataDir, sizeText, now, databaseUrl] = process.argv.slice(2);
if (!seedsDir || !dataDir || !sizeText || !now) throw new Error('usage: _scale-warm.ts SEEDS_DIR DATA_DIR SIZE NOW');
const size = Number(sizeText);
const CONTEXT: CommandContext = { userId: 'bench', userName: 'bench', canManageGuild: false };
const MB = 1024 * 1024;
const gc = (globalThis as { gc?: () => void }).gc;
const command = (name: string): Command => commands.find((c) => c.definition.name === name)!;

const phases = phaseRecorder([
  'search snapshot fetched from the shared store', 'search index loaded from snapshot', 'search index built', 'archive ready',
  'briefings snapshot fetched from the shared store', 'stories and directory loaded from snapshot', 'stories and directory built',
]);
const loaded = phases.mark('modules loaded');
const config = loadConfig({ SEEDS_DIR: seedsDir, DATA_DIR: dataDir, ...(databaseUrl ? { DATABASE_URL: databaseUrl, SEARCH_BACKEND: process.env.SEARCH_BACKEND ?? 'postgres' } : {}) });
// As `npm start` runs: stories and the directory load in the background while /search answers.
const app = await createApp({ config, logger: phases.logger, clock: new ManualClock(now), briefingsInBackground: true });
phases.mark('createApp returned');
const services: Services = app.services;
const ask = (name: string, options: Record<string, string>) => runExecute(command(name), { options }, CONTEXT, services);
// The first question names a recurring public figure; the bench's own corpus is loaded only after it.
const first = await ask('search', { query: figures(500)[0]! });
// As a member would see it: from node's start to the first reply in hand (the marks' collections left out).
const firstAnswerMs = phases.now();
// This process's own CPU time by then: on a busy machine the wall clock also counts other processes' turns.
const cpu = process.cpuUsage();
if (first.tone === 'error') throw new Error(`first /search failed: ${first.text}`);
gc?.();
const rssAtFirstAnswer = process.memoryUsage().rss;
// Then everything in place: the first /brief can be answered; memory from here on is the bot's steady state.
await services.briefings.ready;
const briefingsReadyMs = phases.now();
gc?.();
gc?.();
const memory = process.memoryUsage();
// The first /brief about: after the load, as a member would ask it: it works out the directory's name folds
// if the bot has not yet (it does a second after the load), which later questions reuse until a change.
const firstBriefStart = performance.now();
await ask('brief', { about: figures(500)[0]! });
const firstBriefMs = performance.now() - firstBriefStart;

const sample = sampleArticles(scaleCorpus(), 150, size);
const q = makeQueries(sample, 75);
const names = sample.slice(0, 75).map((a, i) => a.people[i % a.people.length]!);
const searches = [...q.exact.slice(0, 75), ...names, ...q.typos.slice(0, 75), ...q.filtered.slice(0, 75).map((f) => `${f.words} ${f.filter}`)];

/** Wall clock and this process's CPU time per question: the machine is shared, the CPU time is the bot's own. */
async function timed(name: string, list: readonly Record<string, string>[]) {
  const times: number[] = [];
  const cpuTimes: number[] = [];
  let errors = 0;
  for (const options of list) {
    const t = performance.now();
    const u = process.cpuUsage();
    const reply = await ask(name, options);
    const used = process.cpuUsage(u);
    times.push(performance.now() - t);
    cpuTimes.push((used.user + used.system) / 1000);
    if (reply.tone === 'error') errors += 1;
  }
  const cpu = summary(cpuTimes);
  return { ...summary(times), cpuP50: cpu.p50, cpuP99: cpu.p99, errors };
}
const search = await timed('search', searches.map((query) => ({ query })));
const aboutList = briefQueries(services.briefings).filter((b) => ['leader', 'person', 'place'].includes(b.kind)).slice(0, 100);
const about = await timed('brief', aboutList.map((b) => b.options));
gc?.();
const afterQueries = process.memoryUsage();
const rssAfterQueries = afterQueries.rss;
await app.close();

// The seed folder read alone (files, JSON, records), to split the first phase of createApp.
const t = performance.now();
const read = await readSeedFolderReport(seedsDir, { logger: createCapturingLogger() });
const seedReadMs = performance.now() - t;
console.log(
  JSON.stringify({
    firstAnswerMs: Math.round(firstAnswerMs),
    firstAnswerCpuMs: Math.round((cpu.user + cpu.system) / 1000),
    briefingsReadyMs: Math.round(briefingsReadyMs),
    firstBriefMs: Math.round(firstBriefMs),
    rssAtFirstAnswerMB: Math.round(rssAtFirstAnswer / MB),
    modulesLoadedMs: loaded.atMs,
    rssMB: Math.round(memory.rss / MB),
    heapUsedMB: Math.round(memory.heapUsed / MB),
    rssAfterQueriesMB: Math.round(rssAfterQueries / MB),
    // What the rest of that resident memory is: the heap V8 keeps (used, and reserved), and buffers.
    heapAfterQueriesMB: { used: Math.round(afterQueries.heapUsed / MB), total: Math.round(afterQueries.heapTotal / MB), external: Math.round(afterQueries.external / MB) },
    phases: phases.marks,
    seedReadMs: Math.round(seedReadMs),
    seedDocuments: read.documents.length,
    warnings: phases.warnings,
    archived: services.archive.size,
    search,
    briefAbout: { ...about, kinds: [...new Set(aboutList.map((b) => b.kind))] },
  }),
);
