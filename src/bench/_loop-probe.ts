import { monitorEventLoopDelay } from 'node:perf_hooks';

/**
 * What a member feels while the bot works: the event loop's delay (perf_hooks) and how long each
 * interaction waits for its answer, timed from when it was due.
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
  const start = performance.now();
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let wake: (() => void) | undefined;
  // One member asking again and again: each question is due on the next 50 ms mark after the last
  // answer, and timed from that mark, so a loop blocked past it shows as a late answer. One question at
  // a time: a backlog fired at once would measure the probe, not the bot.
  const client = (async () => {
    while (!stopped) {
      const due = start + Math.ceil((performance.now() - start) / everyMs + 1e-9) * everyMs;
      await new Promise<void>((resolve) => {
        wake = resolve;
        timer = setTimeout(resolve, due - performance.now());
      });
      if (stopped) break;
      await ask();
      answers.push({ arrived: due - start, ms: performance.now() - due });
    }
  })();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      wake?.();
      await client;
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
