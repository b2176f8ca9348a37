/**
 * At most `perHost` requests at a time to one host (host:port), so a busy feed list never hammers
 * one publisher. Waiters are served in arrival order.
 */
export class HostLimiter {
  private readonly active = new Map<string, number>();
  private readonly queues = new Map<string, (() => void)[]>();

  constructor(readonly perHost = 2) {}

  async run<T>(host: string, task: () => Promise<T>): Promise<T> {
    await this.acquire(host);
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

  private acquire(host: string): Promise<void> {
    const count = this.active.get(host) ?? 0;
    if (count < this.perHost) {
      this.active.set(host, count + 1);
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const queue = this.queues.get(host) ?? [];
      queue.push(resolve);
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
