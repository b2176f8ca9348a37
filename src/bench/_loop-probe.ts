import { monitorEventLoopDelay } from 'node:perf_hooks';

/**
 * What a member feels while the bot works: the event loop's delay (perf_hooks) and how long each
 * interaction waits for its answer. Interactions arrive on a fixed schedule whether or not the loop is
 * free, as Discord's do; each is timed from when it arrived, so a blocked loop shows as a late answer.
 */
export interface ProbeFigures {
  loopP50Ms: number;
  loopP99Ms: number;
  loopMaxMs: number;
  interactions: number;
  answerP99Ms: number;
  slowestAnswerMs: number;
  /** Seconds into the window when the slowest interaction arrived. */
  slowestArrivedAtS: number;
}

export interface LoopProbe {
  stop(): Promise<ProbeFigures>;
}

const ms = (ns: number) => Math.round(ns / 1e5) / 10;

export function startLoopProbe(ask: () => Promise<unknown>, everyMs = 50): LoopProbe {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  const answers: { arrived: number; ms: number }[] = [];
  const pending = new Set<Promise<void>>();
  const start = performance.now();
  let sent = 0;
  let timer: NodeJS.Timeout | undefined;
  const tick = () => {
    // Every interaction that has arrived by now is sent, the ones a blocked loop held back included.
    for (let arrived = start + sent * everyMs; arrived <= performance.now(); arrived = start + ++sent * everyMs) {
      const at = arrived;
      const answered: Promise<void> = ask().then(() => {
        answers.push({ arrived: at - start, ms: performance.now() - at });
        pending.delete(answered);
      });
      pending.add(answered);
    }
    timer = setTimeout(tick, Math.max(0, start + sent * everyMs - performance.now()));
  };
  tick();
  return {
    async stop() {
      clearTimeout(timer);
      await Promise.all(pending);
      histogram.disable();
      const sorted = answers.map((a) => a.ms).sort((a, b) => a - b);
      const slowest = answers.reduce((worst, a) => (a.ms > worst.ms ? a : worst), { arrived: 0, ms: 0 });
      return {
        loopP50Ms: ms(histogram.percentile(50)),
        loopP99Ms: ms(histogram.percentile(99)),
        loopMaxMs: ms(histogram.max),
        interactions: answers.length,
        answerP99Ms: Math.round(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.99))] ?? 0),
        slowestAnswerMs: Math.round(slowest.ms),
        slowestArrivedAtS: Math.round(slowest.arrived / 100) / 10,
      };
    },
  };
}
