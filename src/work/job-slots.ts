/**
 * As many jobs running as there are worker threads; the rest wait here, in arrival order. A job's time
 * budget starts when it gets a slot, so a job queued behind a slow one is not cancelled for the wait
 * (with one thread, a 10,000-item feed behind a long article was cancelled without having run).
 */
export interface JobSlots {
  /** Runs `task` once a slot is free, and frees the slot when it settles. */
  run<T>(task: () => Promise<T>): Promise<T>;
}

export function createJobSlots(count: number): JobSlots {
  let busy = 0;
  const waiting: (() => void)[] = [];
  const acquire = (): Promise<void> => {
    if (busy < count) {
      busy++;
      return Promise.resolve();
    }
    return new Promise((resolve) => waiting.push(resolve));
  };
  // A freed slot passes straight to the next waiter, so `busy` never drops below the queue's need.
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else busy--;
  };
  return {
    async run(task) {
      await acquire();
      try {
        return await task();
      } finally {
        release();
      }
    },
  };
}
