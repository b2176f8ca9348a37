import type { Entity, Sentence } from '../analysis.js';

/** People, places, organisations and countries with their mentions, roles and leader mark (placeholder). */
export function extractEntities(_text: string, _sentences: readonly Sentence[]): Entity[] {
  return [];
}
