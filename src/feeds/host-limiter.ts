/**
 * At most `perHost` requests at a time to one host (host:port), so a busy feed list never hammers
 * one publisher. Waiters are served in arrival order.
 */
export class HostLimiter {
  private readonly active = new Map<string, number>();
  private readonly queues = new Map<string, (() => void)[]>();

  constructor(readonly perHost = 2) {}

  /** The slot is released however the task ends; a caller that gives up while queued leaves the queue. */
  async run<T>(host: string, task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    await this.acquire(host, signal);
    try {
      return await task();
    } finally {
      this.release(host);
    }
  }

  /** How many requests to `host` are running now (for tests and /feed diagnostics). */
  running(host: string): number {
    return this.active.get(host) ?? 0;
  }

  private acquire(host: string, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(new Error('gave up waiting for a slot'));
    const count = this.active.get(host) ?? 0;
    if (count < this.perHost) {
      this.active.set(host, count + 1);
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const queue = this.queues.get(host) ?? [];
      const waiter = () => {
        signal?.removeEventListener('abort', leave);
        resolve();
      };
      const leave = () => {
        const waiting = this.queues.get(host);
        const at = waiting?.indexOf(waiter) ?? -1;
        if (at >= 0) waiting!.splice(at, 1);
        if (waiting?.length === 0) this.queues.delete(host);
        reject(new Error('gave up waiting for a slot'));
      };
      signal?.addEventListener('abort', leave, { once: true });
      queue.push(waiter);
      this.queues.set(host, queue);
    });
  }

  private release(host: string): void {
    const next = this.queues.get(host)?.shift();
    // The slot passes straight to the next waiter; the count stays the same.
    if (next) return next();
    if (this.queues.get(host)?.length === 0) this.queues.delete(host);
    const count = (this.active.get(host) ?? 1) - 1;
    if (count <= 0) this.active.delete(host);
    else this.active.set(host, count);
  }
}
