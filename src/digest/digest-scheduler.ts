import type { Logger } from '../logger.js';
import { attemptPost, type AttemptResult, type PosterDeps } from './digest-poster.js';
import type { DigestSchedule } from './digest-store.js';
import { formatTimeOfDay, nextOccurrence, occurrencesBetween } from './next-run.js';

/**
 * The loop. A timer only asks "what is due now?" by the injected clock, so a machine that slept (or a
 * process that was down) finds the posts it owes on its next tick, and tests call `tick()` after
 * moving the clock instead of waiting. Ticks never overlap; posts within a tick go one at a time, and
 * a rate limit or server error ends the tick (see failure-policy).
 */
export const DEFAULT_POLL_MS = 30_000;
const DAY_MS = 24 * 60 * 60_000;
/** Outcomes after which nothing is owed until the schedule's next occurrence. */
const SETTLED = new Set(['posted', 'empty', 'found', 'settled', 'missed']);

export interface SchedulerDeps {
  poster: PosterDeps;
  logger: Logger;
  pollMs?: number;
}

export class DigestScheduler {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> = Promise.resolve();
  /** Per schedule (and its settings), the next due instant when all before it is settled: until then a tick skips it. */
  private readonly idleUntil = new Map<string, number>();
  private lastTick = 0;

  constructor(private readonly deps: SchedulerDeps) {}

  /** Posts whatever is due; resolves when done. A tick asked for during another runs right after it. */
  tick(): Promise<void> {
    const run = this.running.then(() => this.runOnce());
    this.running = run.catch(() => undefined);
    return run;
  }

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      this.tick().catch((error: unknown) => this.deps.logger.error('digest tick failed', { error }));
    }, this.deps.pollMs ?? DEFAULT_POLL_MS);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  private async runOnce(): Promise<void> {
    const { poster, logger } = this.deps;
    const now = poster.clock.now().getTime();
    if (now < this.lastTick) this.idleUntil.clear(); // the clock went back: trust nothing remembered
    this.lastTick = now;
    for (const schedule of poster.schedules.active()) {
      const key = `${schedule.id}|${schedule.setAt}|${formatTimeOfDay(schedule.time)}|${schedule.zone}`;
      if (now < (this.idleUntil.get(key) ?? 0)) continue;
      let results: AttemptResult[];
      try {
        results = await this.postDue(schedule);
        if (results.every((r) => SETTLED.has(r.outcome))) {
          this.idleUntil.set(key, nextOccurrence(schedule.time, schedule.zone, poster.clock.now()).dueAt.getTime());
        }
      } catch (error) {
        // A bug with one schedule must not stop the others.
        logger.error('digest schedule failed', { schedule: schedule.id, error });
        continue;
      }
      if (results.some((r) => r.verdict?.backOffEverything)) {
        logger.warn('Discord is failing or limiting us: the other digests wait for the next tick');
        return;
      }
    }
  }

  /** The schedule's occurrences owed now: older ones are settled as missed, the latest is posted. */
  private async postDue(schedule: DigestSchedule): Promise<AttemptResult[]> {
    const { poster } = this.deps;
    const now = poster.clock.now();
    // Look back past the catch-up window by a day, so a longer outage still shows as missed.
    const from = new Date(Math.max(Date.parse(schedule.setAt), now.getTime() - poster.catchUpMs - DAY_MS));
    const due = occurrencesBetween(schedule.time, schedule.zone, from, now);
    const results: AttemptResult[] = [];
    for (const [index, occurrence] of due.entries()) {
      results.push(await attemptPost(poster, schedule, occurrence, index < due.length - 1));
    }
    return results;
  }
}
