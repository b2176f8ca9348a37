import type { Entity, Sentence } from '../analysis.js';

/** Sentence indices in the order a summariser adds them (placeholder: lead order). */
export function rankSentences(_text: string, sentences: readonly Sentence[], _entities: readonly Entity[]): number[] {
  return sentences.map((_, i) => i);
}
