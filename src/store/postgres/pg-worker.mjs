// The thread that talks to PostgreSQL for `pg-sync.ts`: it runs each request through a `pg` Pool and
// wakes the waiting caller through the shared flag. Plain JavaScript, so the thread needs no compiler.
import { workerData } from 'node:worker_threads';
import pg from 'pg';

const { connectionString, flag: buffer, port } = workerData;
const flag = new Int32Array(buffer);
const pool = new pg.Pool({ connectionString, max: 2, idleTimeoutMillis: 30_000 });
// An idle connection that drops is replaced on the next query; the error needs no handling here.
pool.on('error', () => undefined);
/** The connection of the open transaction: every statement until COMMIT/ROLLBACK runs on it. */
let held;

async function finish(command) {
  const client = held;
  held = undefined;
  if (!client) throw new Error(`${command} without a transaction`);
  try {
    await client.query(command);
    client.release();
  } catch (error) {
    client.release(true);
    throw error;
  }
}

async function handle(request) {
  switch (request.kind) {
    case 'query': {
      const result = await (held ?? pool).query(request.values ? { text: request.text, values: request.values } : request.text);
      const last = Array.isArray(result) ? result[result.length - 1] : result;
      return { rows: last?.rows ?? [], rowCount: last?.rowCount ?? 0 };
    }
    case 'begin':
      if (held) throw new Error('transactions do not nest');
      held = await pool.connect();
      await held.query('BEGIN');
      return {};
    case 'commit':
      await finish('COMMIT');
      return {};
    case 'rollback':
      await finish('ROLLBACK');
      return {};
    case 'close':
      await pool.end();
      return {};
    default:
      throw new Error(`unknown request ${request.kind}`);
  }
}

port.on('message', async (request) => {
  let reply;
  try {
    reply = { id: request.id, ok: true, ...(await handle(request)) };
  } catch (error) {
    reply = { id: request.id, ok: false, message: error?.message ?? String(error), code: error?.code };
  }
  port.postMessage(reply);
  Atomics.add(flag, 0, 1);
  Atomics.notify(flag, 0);
});
