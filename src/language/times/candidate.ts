import type { TimeValue } from './time-value.js';

/** A time expression found by one recogniser, before overlaps between recognisers are settled. */
export interface Candidate {
  start: number;
  end: number;
  value: TimeValue;
  /** Rules written for news periods beat chrono on equal spans: they know weeks, quarters, seasons. */
  source: 'chrono' | 'rule';
}

/**
 * One candidate per stretch of text: where candidates overlap, the longest wins (it read the most of
 * the expression), a rule beating chrono on a tie. Result in text order.
 */
export function settleOverlaps(candidates: readonly Candidate[]): Candidate[] {
  const byStrength = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || (a.source === b.source ? a.start - b.start : a.source === 'rule' ? -1 : 1),
  );
  const kept: Candidate[] = [];
  for (const c of byStrength) {
    if (!kept.some((k) => k.start < c.end && c.start < k.end)) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}
