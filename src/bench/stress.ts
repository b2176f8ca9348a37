import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { option } from '../eval/data-path.js';
import type { RoundFigures } from './_stress-round.js';

/**
 * `npm run bench -- stress [--items 10000] [--article-kb 400] [--seconds 120]`: the bot's services
 * while hostile inputs served from 127.0.0.1 are in flight (a 400 KB article, a 1 MB page nested 5,000
 * deep, a 10,000-item feed, a gzip body that drips, a backtracking filter), with `/search` every 50 ms
 * from a second client path. Once with the work pool, once in-process as the baseline, each in its own
 * process. Targets: event-loop delay p99 ≤ 100 ms, every interaction answered within 2.5 s.
 */
const ROUND = fileURLToPath(new URL('./_stress-round.ts', import.meta.url));

function runRound(mode: RoundFigures['mode'], args: string[]): Promise<RoundFigures> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', ROUND, mode, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => {
      const line = out.trim().split('\n').pop() ?? '';
      try {
        resolve(JSON.parse(line) as RoundFigures);
      } catch {
        reject(new Error(`the ${mode} round ended with code ${code} and no figures: ${out.slice(-500)}`));
      }
    });
  });
}

function show(f: RoundFigures): void {
  const pass = f.loopP99Ms <= 100 && f.slowestAnswerMs <= 2500;
  console.log(
    `${f.mode.padEnd(10)} loop delay p50 ${f.loopP50Ms} ms, p99 ${f.loopP99Ms} ms, max ${f.loopMaxMs} ms; ` +
      `${f.interactions} /search answers, p99 ${f.answerP99Ms} ms, slowest ${f.slowestAnswerMs} ms (arrived at ${f.slowestArrivedAtS} s); ` +
      `window ${f.windowS} s, ${f.articles} articles${pass ? '' : '  [misses a target]'}`,
  );
  for (const add of f.adds) console.log(`           ${add.path.padEnd(14)} ${add.ok ? 'added' : 'refused'} after ${add.ms} ms${add.why ? `: ${add.why}` : ''}`);
  for (const line of f.cancelled) console.log(`           ${line}`);
}

export async function run(args: string[]): Promise<void> {
  const items = option(args, 'items') ?? '10000';
  const articleBytes = String(Number(option(args, 'article-kb') ?? 400) * 1000);
  const seconds = option(args, 'seconds') ?? '120';
  const rounds: RoundFigures[] = [];
  for (const mode of ['pool', 'in-process'] as const) {
    const figures = await runRound(mode, [items, articleBytes, seconds]);
    show(figures);
    rounds.push(figures);
  }
  console.log(JSON.stringify({ bench: 'stress', items: Number(items), articleBytes: Number(articleBytes), targets: { loopP99Ms: 100, answerMs: 2500 }, rounds }));
}
