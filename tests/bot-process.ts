import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { FakeDiscord } from './fake-discord/fake-discord.js';

/**
 * A real bot process (tests/digest-process-child.ts under node + tsx) and the lines it says on stdout,
 * so a test can wait for one ("sent …") and kill -9 the process right there.
 */
export interface BotProcess {
  child: ChildProcessWithoutNullStreams;
  /** Resolves with the first line (said before or after the call) that starts with `prefix`. */
  line(prefix: string): Promise<string>;
  /** The first line said so far that starts with `prefix`. */
  said(prefix: string): string | undefined;
  /** Writes a line to the process's stdin. */
  tell(line: string): void;
  /** Resolves when the process has ended: its exit code, or the signal that ended it. */
  ended: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** What it wrote on stderr (its log), for failure messages. */
  log(): string;
}

export interface BotProcessOptions {
  fake: FakeDiscord;
  dataDir: string;
  seedsDir: string;
  /** The process's clock, fixed: an ISO instant. */
  now: string;
  hangAfterSend?: boolean;
  waitForGo?: boolean;
}

export function startBotProcess(options: BotProcessOptions): BotProcess {
  return spawnBotProcess('digest-process-child.ts', {
    CHILD_TOKEN: options.fake.token,
    CHILD_API_URL: options.fake.apiUrl,
    CHILD_DATA_DIR: options.dataDir,
    CHILD_SEEDS_DIR: options.seedsDir,
    CHILD_NOW: options.now,
    ...(options.hangAfterSend ? { CHILD_HANG_AFTER_SEND: '1' } : {}),
    ...(options.waitForGo ? { CHILD_WAIT_FOR_GO: '1' } : {}),
  });
}

/** Runs `script` (a file in tests/) under node + tsx with only PATH and `env` for environment. */
export function spawnBotProcess(script: string, env: Record<string, string>): BotProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, script)], {
    cwd: join(import.meta.dirname, '..'),
    env: { PATH: process.env.PATH ?? '', ...env },
  });
  const said: string[] = [];
  const waiting: { prefix: string; resolve: (line: string) => void }[] = [];
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  createInterface({ input: child.stdout }).on('line', (line) => {
    said.push(line);
    for (const wait of waiting.filter((w) => line.startsWith(w.prefix))) {
      waiting.splice(waiting.indexOf(wait), 1);
      wait.resolve(line);
    }
  });
  const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  return {
    child,
    ended,
    log: () => stderr,
    tell: (line) => child.stdin.write(`${line}\n`),
    said: (prefix) => said.find((l) => l.startsWith(prefix)),
    line(prefix) {
      const already = said.find((l) => l.startsWith(prefix));
      if (already) return Promise.resolve(already);
      const next = new Promise<string>((resolve) => waiting.push({ prefix, resolve }));
      // A process that ends without saying it fails the wait, with its log, instead of hanging the test.
      return Promise.race([next, ended.then((how) => Promise.reject(new Error(`bot process ended (${how.code ?? how.signal}) before "${prefix}":\n${stderr}`)))]);
    },
  };
}
