import type { DatedEvent, Entity, Sentence, TimeExpression } from '../analysis.js';

export interface EventInput {
  text: string;
  sentences: readonly Sentence[];
  entities: readonly Entity[];
  times: readonly TimeExpression[];
  articleDate: string;
}

/** Dated events: a sentence with a resolved date and an actor (placeholder). */
export function extractEvents(_input: EventInput): DatedEvent[] {
  return [];
}
