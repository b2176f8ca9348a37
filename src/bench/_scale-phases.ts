import type { LogFields, Logger } from '../logger.js';

/**
 * A logger that notes when createApp reaches the log lines that end its phases ('search index loaded
 * from snapshot', 'archive ready'…), with the heap after a full collection at that moment. The time
 * spent collecting is left out of every later mark, so the marks time the app and not the bench.
 */
export interface PhaseMark {
  event: string;
  atMs: number;
  heapMB: number;
  ms?: number;
}

const gc = (globalThis as { gc?: () => void }).gc;
const MB = 1024 * 1024;

export interface PhaseRecorder {
  logger: Logger;
  marks: PhaseMark[];
  /** Milliseconds since the process started, the collections excluded. */
  now(): number;
  /** Adds a mark of the bench's own (before and after createApp). */
  mark(event: string): PhaseMark;
  warnings: number;
}

export function phaseRecorder(watched: readonly string[]): PhaseRecorder {
  let paused = 0;
  const marks: PhaseMark[] = [];
  const now = () => performance.now() - paused;
  const mark = (event: string, fields: LogFields = {}): PhaseMark => {
    const atMs = now();
    const t = performance.now();
    gc?.();
    const heapMB = Math.round(process.memoryUsage().heapUsed / MB);
    paused += performance.now() - t;
    const entry: PhaseMark = { event, atMs: Math.floor(atMs), heapMB, ...(typeof fields.ms === 'number' ? { ms: fields.ms } : {}) };
    marks.push(entry);
    return entry;
  };
  const recorder: PhaseRecorder = { logger: undefined as unknown as Logger, marks, now, mark, warnings: 0 };
  const logger: Logger = {
    debug: () => {},
    info: (message, fields) => {
      if (watched.includes(message)) mark(message, fields);
    },
    warn: () => {
      recorder.warnings += 1;
    },
    error: (message, fields) => console.error(`ERROR ${message}`, fields),
    child: () => logger,
  };
  recorder.logger = logger;
  return recorder;
}
