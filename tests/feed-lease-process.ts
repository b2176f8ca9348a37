import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

/** A real process running tests/feed-lease-child.ts (node + tsx), and what it says on stdout. */
export interface LeaseProcess {
  child: ChildProcessWithoutNullStreams;
  /** Resolves with the first line starting with `prefix` not handed out before (said before or after the call). */
  line(prefix: string): Promise<string>;
  /** Every line said so far. */
  said(): readonly string[];
  tell(line: string): void;
}

export function startLeaseProcess(store: string, owner: string, options: { hang?: boolean } = {}): LeaseProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'feed-lease-child.ts')], {
    cwd: join(import.meta.dirname, '..'),
    env: { PATH: process.env.PATH ?? '', CHILD_STORE: store, CHILD_OWNER: owner, ...(options.hang ? { CHILD_HANG: '1' } : {}) },
  });
  const said: string[] = [];
  const handed = new Set<number>();
  const waiting: (() => void)[] = [];
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  createInterface({ input: child.stdout }).on('line', (line) => {
    said.push(line);
    for (const wake of waiting.splice(0)) wake();
  });
  const ended = new Promise<never>((_resolve, reject) =>
    child.once('exit', (code, signal) => reject(new Error(`${owner} ended (${code ?? signal}):\n${stderr}`))),
  );
  ended.catch(() => undefined);
  return {
    child,
    said: () => said,
    tell: (line) => void child.stdin.write(`${line}\n`),
    async line(prefix) {
      for (;;) {
        const index = said.findIndex((line, i) => !handed.has(i) && line.startsWith(prefix));
        if (index >= 0) {
          handed.add(index);
          return said[index]!;
        }
        await Promise.race([new Promise<void>((resolve) => waiting.push(resolve)), ended]);
      }
    },
  };
}
