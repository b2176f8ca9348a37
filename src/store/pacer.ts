import { setImmediate as nextTurn } from 'node:timers/promises';

/**
 * Long work on the main thread (loading or saving a snapshot of hundreds of megabytes) done in slices: the
 * worker asks `due()` often and, when its slice is spent, awaits `rest()`, so a heartbeat or an
 * interaction waiting on the event loop is served within one slice rather than after the whole job.
 */
export interface Pacer {
  due(): boolean;
  rest(): Promise<void>;
}

/** Slices of `sliceMs`; `stopped()` makes `rest()` throw, so a closing app stops the job between slices. */
export function slicePacer(sliceMs = 10, stopped: () => boolean = () => false): Pacer {
  let since = performance.now();
  return {
    due: () => performance.now() - since >= sliceMs,
    async rest() {
      await nextTurn();
      if (stopped()) throw new PacerStopped();
      since = performance.now();
    },
  };
}

/** Never rests: for work that may hold the loop (tests, one-shot tools). */
export const unpaced: Pacer = { due: () => false, rest: () => Promise.resolve() };

export class PacerStopped extends Error {
  constructor() {
    super('stopped');
  }
}

/** Runs a job's steps, resting whenever its slice is spent. */
export async function paced(steps: Iterator<void, void>, pacer: Pacer): Promise<void> {
  for (let step = steps.next(); !step.done; step = steps.next()) if (pacer.due()) await pacer.rest();
}
