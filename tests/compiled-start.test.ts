import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { tempFolder } from './temp-folder.js';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..');

describe('npm start runs the compiled bot', () => {
  it('builds plain JavaScript that analyses the seeds in its worker threads and answers in the console', async () => {
    const dir = tempFolder('newsdesk-compiled-');
    const out = join(dir, 'dist');
    await run(process.execPath, [join(root, 'scripts', 'build.mjs'), out], { cwd: root });
    symlinkSync(join(root, 'node_modules'), join(out, 'node_modules'));
    expect(readdirSync(join(out, 'src', 'work'))).toContain('worker-jobs.js');
    const seeds = join(dir, 'seeds');
    mkdirSync(seeds);
    for (const file of readdirSync(join(root, 'seeds'))) copyFileSync(join(root, 'seeds', file), join(seeds, file));
    const env = { PATH: process.env.PATH ?? '', SEEDS_DIR: seeds, DATA_DIR: join(dir, 'data'), WORK_THREADS: '1' };
    // The console reads its questions from stdin and leaves at "quit".
    const child = execFile(process.execPath, [join(out, 'src', 'main.js')], { cwd: dir, env, timeout: 90_000 });
    child.stdin!.end('/search kim jong un\nquit\n');
    let stdout = '';
    child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(stdout).toMatch(/Search: kim jong un/);
    expect(stdout).toMatch(/# 1\. .*Kim/);
  }, 120_000);
});
