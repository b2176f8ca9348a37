import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../src/store/database.js';
import { fileTempFolder } from './temp-folder.js';

const dir = fileTempFolder('newsdesk-migrate-race-');

/** Starts tests/migrate-child.ts on `path`; resolves its lines once it has ended. */
function migrator(path: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'migrate-child.ts'), path], { cwd: join(import.meta.dirname, '..') });
  const lines: string[] = [];
  let onReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (onReady = resolve));
  createInterface({ input: child.stdout }).on('line', (line) => {
    lines.push(line);
    if (line === 'ready') onReady();
  });
  const ended = new Promise<string[]>((resolve) => child.once('close', () => resolve(lines)));
  return { ready, go: () => child.stdin.write('go\n'), ended };
}

describe('two processes starting on a new database', () => {
  it('both start: each migration is applied once, by whichever process takes the write lock first', async () => {
    const path = join(dir(), 'newsdesk.sqlite');
    openDatabase(path).close();
    const [a, b] = [migrator(path), migrator(path)];
    await Promise.all([a.ready, b.ready]);
    a.go();
    b.go();
    const [linesA, linesB] = await Promise.all([a.ended, b.ended]);
    expect([linesA.at(-1), linesB.at(-1)]).toEqual(['ok', 'ok']);
    const db = openDatabase(path);
    const applied = db.prepare("SELECT count(*) AS n FROM schema_migrations WHERE namespace = 'tides'").get() as { n: number };
    db.close();
    expect(applied.n).toBe(60);
  }, 120_000);
});
