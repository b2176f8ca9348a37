import { execFile } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { DatabaseOpenError, openDatabase } from '../src/store/database.js';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..');
const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) {
    chmodSync(dir, 0o755);
    rmSync(dir, { recursive: true, force: true });
  }
});
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-db-open-'));
  temps.push(dir);
  chmodSync(dir, 0o755); // the unprivileged child must reach inside
  return dir;
};

/** A database with one table in it, made while the folder was still writable. */
function makeDatabase(dir: string): string {
  const path = join(dir, 'newsdesk.sqlite');
  const db = openDatabase(path);
  db.exec('CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES (\'kept\')');
  db.close();
  return path;
}

function openError(path: string): DatabaseOpenError {
  try {
    openDatabase(path).close();
  } catch (error) {
    if (error instanceof DatabaseOpenError) return error;
    throw error;
  }
  throw new Error('opened');
}

/** Opens `path` in a child process as a user without rights to it (root ignores file modes). */
async function openAsOtherUser(path: string): Promise<{ opened: boolean; typed?: boolean; reason?: string; message?: string }> {
  const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
  const { stdout } = await run(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'database-open-child.ts'), path], { cwd: root, ...asNobody });
  return JSON.parse(stdout) as { opened: boolean; typed?: boolean; reason?: string; message?: string };
}

describe('a database that cannot be opened is refused in one line that says what to do', () => {
  it('names a folder standing where the database file should be', () => {
    const path = join(tempDir(), 'newsdesk.sqlite');
    mkdirSync(path);
    const error = openError(path);
    expect(error.reason).toBe('folder');
    expect(error.message).toContain(`The database ${path} is a folder`);
    expect(error.message).not.toContain('\n');
  });

  it('names a file standing where the data folder should be', () => {
    const dataDir = join(tempDir(), 'data');
    writeFileSync(dataDir, 'a note, not a folder');
    const error = openError(join(dataDir, 'newsdesk.sqlite'));
    expect(error.reason).toBe('not-a-folder');
    expect(error.message).toContain(`${dataDir} or a folder above it is a file, not a folder`);
  });

  it('names a damaged file and says to restore it or move it aside', () => {
    const path = join(tempDir(), 'newsdesk.sqlite');
    writeFileSync(path, 'Harbour log, not a database. '.repeat(200));
    const error = openError(path);
    expect(error.reason).toBe('damaged');
    expect(error.message).toMatch(new RegExp(`^The database ${path} is damaged .*restore it from a backup, or move it aside`));
  });

  it('refuses a read-only file at once, not at the first write', async () => {
    const dir = tempDir();
    chmodSync(dir, 0o777);
    const path = makeDatabase(dir);
    chmodSync(path, 0o444);
    const result = await openAsOtherUser(path);
    expect(result).toMatchObject({ opened: false, typed: true, reason: 'read-only' });
    expect(result.message).toContain(`The database ${path} cannot be written`);
    expect(result.message).toContain('give the user running the bot write access');
  }, 30_000);

  it('refuses a database in a read-only folder, where SQLite cannot write its -wal and -shm files', async () => {
    const dir = tempDir();
    const path = makeDatabase(dir);
    chmodSync(path, 0o666);
    chmodSync(dir, 0o555);
    expect(await openAsOtherUser(path)).toMatchObject({ opened: false, typed: true, reason: 'read-only' });
    expect(await openAsOtherUser(join(dir, 'other.sqlite'))).toMatchObject({ opened: false, typed: true, reason: 'read-only' });
  }, 30_000);

  it('makes the bot exit with code 1 after one log line, without a stack', async () => {
    const dir = tempDir();
    const seeds = join(dir, 'seeds');
    mkdirSync(seeds);
    writeFileSync(join(dir, 'newsdesk.sqlite'), 'Harbour log, not a database. '.repeat(200));
    const env = { PATH: process.env.PATH ?? '', DATA_DIR: dir, SEEDS_DIR: seeds, LOG_LEVEL: 'info' };
    const failed = await run(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: root, env, timeout: 60_000 }).catch((error: { code: number; stdout: string; stderr: string }) => error);
    expect('code' in failed ? failed.code : 0).toBe(1);
    const lines = `${failed.stdout}${failed.stderr}`.split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`ERROR The database ${join(dir, 'newsdesk.sqlite')} is damaged`);
    expect(lines[0]).not.toContain('SqliteError');
  }, 60_000);
});
