import { MessageChannel, Worker, receiveMessageOnPort } from 'node:worker_threads';

/**
 * PostgreSQL behind the same synchronous calls as better-sqlite3, so every store keeps its interface:
 * a worker thread owns the `pg` Pool and the caller waits on a shared flag (Atomics.wait) for each
 * answer. Like SQLite, a query holds the event loop for its round trip (a fraction of a millisecond on
 * a near server); a transaction holds one connection from BEGIN to COMMIT.
 */
export interface PgSync {
  query<T = Record<string, unknown>>(text: string, values?: readonly unknown[]): T[];
  /** Rows changed. */
  run(text: string, values?: readonly unknown[]): number;
  /** Runs `work` inside BEGIN … COMMIT on one connection; ROLLBACK when it throws. */
  transaction<T>(work: () => T): T;
  close(): Promise<void>;
}

export class PgError extends Error {
  constructor(message: string, readonly code?: string) {
    super(message);
    this.name = 'PgError';
  }
}

interface Reply {
  id: number;
  ok: boolean;
  rows?: unknown[];
  rowCount?: number;
  message?: string;
  code?: string;
}

export function connectPg(connectionString: string, options: { timeoutMs?: number } = {}): PgSync {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const flag = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(new URL('./pg-worker.mjs', import.meta.url), { workerData: { connectionString, flag: flag.buffer, port: port2 }, transferList: [port2] });
  // The worker never keeps the process alive: whoever owns the store closes it.
  worker.unref();
  port1.unref();
  let next = 0;
  let inTransaction = false;
  let closed = false;

  function call(request: Record<string, unknown>): Reply {
    if (closed) throw new PgError('the PostgreSQL store is closed');
    const id = ++next;
    const deadline = Date.now() + timeoutMs;
    port1.postMessage({ ...request, id });
    // The worker posts its reply, then bumps the counter: a counter that moved means a reply is waiting.
    for (;;) {
      const seen = Atomics.load(flag, 0);
      for (let message = receiveMessageOnPort(port1); message; message = receiveMessageOnPort(port1)) {
        const reply = message.message as Reply;
        // A reply to a request that timed out earlier is skipped: only this request's answer counts.
        if (reply.id !== id) continue;
        if (!reply.ok) throw new PgError(reply.message ?? 'PostgreSQL error', reply.code);
        return reply;
      }
      const left = deadline - Date.now();
      if (left <= 0 || Atomics.wait(flag, 0, seen, left) === 'timed-out') throw new PgError(`PostgreSQL did not answer within ${timeoutMs} ms`);
    }
  }

  const query = <T>(text: string, values?: readonly unknown[]) => (call({ kind: 'query', text, values }).rows ?? []) as T[];
  return {
    query,
    run: (text, values) => call({ kind: 'query', text, values }).rowCount ?? 0,
    transaction<T>(work: () => T): T {
      if (inTransaction) throw new PgError('transactions do not nest');
      call({ kind: 'begin' });
      inTransaction = true;
      try {
        const result = work();
        inTransaction = false;
        call({ kind: 'commit' });
        return result;
      } catch (error) {
        if (inTransaction) {
          inTransaction = false;
          call({ kind: 'rollback' });
        }
        throw error;
      }
    },
    async close() {
      if (closed) return;
      try {
        call({ kind: 'close' });
      } finally {
        closed = true;
        port1.close();
        await worker.terminate();
      }
    },
  };
}
