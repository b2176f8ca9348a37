import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { commands } from '../../commands/index.js';
import { createApp } from '../app.js';
import { systemClock } from '../clock.js';
import { loadConfig } from '../config.js';
import { createCapturingLogger } from '../logger.js';
import { parseCommandLine } from '../transports/command-line.js';
import { CONSOLE_CONTEXT } from '../transports/console/console.js';
import { runExecute } from '../transports/run-command.js';
import { createWork } from '../work/work-pool.js';
import { startLoopProbe, type ProbeFigures } from './_loop-probe.js';
import { startStressServer } from './_stress-server.js';

/**
 * One round of `npm run bench -- stress`, in a process of its own (so one round's leftover work cannot
 * slow the next): the bot's services with the work pool on or off, five hostile feeds added at once,
 * and `/search` through run-command every 50 ms until every add has answered (or `seconds` passed).
 * Prints one JSON line.
 */
export interface RoundFigures extends ProbeFigures {
  mode: 'pool' | 'in-process';
  windowS: number;
  adds: { path: string; ok: boolean; ms: number; why?: string }[];
  articles: number;
  /** The pool's lines for jobs over their budget or size cap. */
  cancelled: string[];
}

const SEED = 'Ferry terminal opens at Port Alder\n\nPort Alder, 2 March 2025 /HARBOURWIRE/\n\nThe new ferry terminal at Port Alder opened on Sunday after two years of works, the harbour authority said.\n';

async function round(mode: RoundFigures['mode'], items: number, articleBytes: number, seconds: number): Promise<RoundFigures> {
  const seeds = mkdtempSync(join(tmpdir(), 'newsdesk-stress-'));
  writeFileSync(join(seeds, 'terminal.txt'), SEED);
  const server = await startStressServer({ items, articleBytes });
  const logger = createCapturingLogger();
  const config = loadConfig({ ...process.env, SEEDS_DIR: seeds, FEEDS_ALLOW_PRIVATE: 'true', DISCORD_TOKEN: '' });
  const work = createWork({ mode, logger, threads: config.workThreads, budgetMs: config.workBudgetMs, idleMs: config.workIdleMs });
  // Start-up analyses the seed, so the pool's worker is warm before the window opens.
  const app = await createApp({ config, logger, clock: systemClock, inMemory: true, work });
  const search = parseCommandLine('/search ferry terminal', commands);
  if ('error' in search) throw new Error(search.error);

  const started = performance.now();
  const probe = startLoopProbe(() => runExecute(search.command, search.invocation, CONSOLE_CONTEXT, app.services));
  const requests = [
    { path: '/article.html' },
    { path: '/nested.html' },
    { path: '/big.xml' },
    { path: '/drip.xml' },
    { path: '/regex.xml', filter: String.raw`/(\w+\s?)+$/` },
  ];
  const adds = requests.map(async ({ path, filter }) => {
    const result = await app.feeds.add({ url: `${server.base}${path}`, ...(filter ? { filter } : {}) });
    return { path, ok: result.ok, ms: Math.round(performance.now() - started), ...(result.ok ? {} : { why: result.reason.slice(0, 160) }) };
  });
  const cap = new Promise<'cap'>((resolve) => setTimeout(resolve, seconds * 1000, 'cap').unref());
  const progress = setInterval(() => console.error(`[${mode}] ${Math.round((performance.now() - started) / 1000)} s: ${app.services.archive.size} articles`), 5000);
  const settled = await Promise.race([Promise.all(adds), cap]);
  console.error(`[${mode}] window closed`);
  const figures = await probe.stop();
  const windowS = Math.round((performance.now() - started) / 100) / 10;
  const articles = app.services.archive.size;
  await Promise.race([app.close(), new Promise((resolve) => setTimeout(resolve, 10_000).unref())]);
  console.error(`[${mode}] app closed`);
  clearInterval(progress);
  await server.close();
  rmSync(seeds, { recursive: true, force: true });
  return {
    mode,
    ...figures,
    windowS,
    adds: settled === 'cap' ? [] : settled,
    articles,
    cancelled: logger.lines.filter((l) => /^(cancelled|skipped) .*(budget|cap)/.test(l.message)).map((l) => l.message.replace(server.base, '')),
  };
}

const [mode = 'pool', items = '10000', articleBytes = '400000', seconds = '120'] = process.argv.slice(2);
const figures = await round(mode === 'in-process' ? 'in-process' : 'pool', Number(items), Number(articleBytes), Number(seconds));
console.log(JSON.stringify(figures));
process.exit(0);
