import type { Granularity, TimeExpression } from '../language/analysis.js';

const PRECISION: readonly Granularity[] = ['day', 'week', 'month', 'quarter', 'season', 'year', 'decade'];

/**
 * For an article whose analysis has no events, the time expressions whose sentences stand in for them:
 * calendar dates only, and in each sentence only its most precise ones ("on Thursday", not "this week").
 */
export function standInTimes(times: readonly TimeExpression[]): number[] {
  const finest = new Map<number, number>();
  for (const time of times) {
    const rank = PRECISION.indexOf(time.granularity);
    if (rank >= 0) finest.set(time.sentence, Math.min(finest.get(time.sentence) ?? rank, rank));
  }
  const out: number[] = [];
  times.forEach((time, n) => {
    const rank = PRECISION.indexOf(time.granularity);
    if (rank >= 0 && rank === finest.get(time.sentence)) out.push(n);
  });
  return out;
}
