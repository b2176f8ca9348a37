import type { NameFolds } from './name-folds.js';
import { paced, slicePacer, unpaced } from '../store/pacer.js';

/** How long questions may read the name folds as they were before the latest changes (`NameFolds.serveStale`). */
export const STALE_FOLDS_MS = 20_000;

/** A background pass's work: the name folds, then what else is worked out from the whole directory. */
export function* foldsThen(folds: NameFolds, then: () => Generator<void, void>): Generator<void, void> {
  yield* folds.steps();
  yield* then();
}

/**
 * Works the name folds (and what follows them, `foldsThen`) out again in the background after changes:
 * `delayMs` after the last change (never put off past half of STALE_FOLDS_MS by a steady stream of them), in
 * slices of `sliceMs` as the load, one pass at a time (a change during a pass asks for another after it). A
 * question that needs them meanwhile reads the stale ones or works them out at once.
 */
export function foldPacing(work: () => Iterator<void, void> | undefined, delayMs: number, sliceMs: number | undefined, closed: () => boolean): { later(): void; stop(): void } {
  let timer: NodeJS.Timeout | undefined;
  let waitingSince: number | undefined;
  let folding = false;
  let again = false;
  const pass = async () => {
    const steps = closed() ? undefined : work();
    if (!steps) return;
    folding = true;
    try {
      const pacer = sliceMs === undefined ? unpaced : slicePacer(sliceMs, closed);
      await paced(steps, pacer);
    } finally {
      folding = false;
      if (again) {
        again = false;
        later();
      }
    }
  };
  const later = () => {
    if (closed()) return;
    const now = performance.now();
    waitingSince ??= now;
    if (timer && now - waitingSince > STALE_FOLDS_MS / 2) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      waitingSince = undefined;
      if (folding) again = true;
      else void pass().catch(() => undefined);
    }, delayMs).unref();
  };
  return { later, stop: () => clearTimeout(timer) };
}
