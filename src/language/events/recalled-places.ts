import type { DatedEvent, Sentence } from '../analysis.js';
import { placeKeys, type Participant } from './participants.js';

/** "At the summit at the Vostochny Cosmodrome…": a definite event noun recalling an event just told. */
export const RECALL = /\b(?:at|during|in|after|before|ahead\s+of)\s+(?:the|this)\s+(?:\w+\s+)?(?:summit|meeting|talks|visit|trip|conference|ceremony|negotiations|session|rally|parade)\s+(?=at\b|in\b)/i;

/**
 * A sentence with no date of its own that recalls an event told in the two sentences before ("At the
 * summit at X…") gives that event the places it names right there: the site of an event is often
 * given a sentence after the event is reported. They come first, being named with "at" or "in".
 */
export function addRecalledPlaces(sentence: Sentence, index: number, ps: readonly Participant[], events: DatedEvent[]): void {
  const m = RECALL.exec(sentence.text);
  if (!m) return;
  const target = events.findLast((e) => !e.planned && e.sentence >= index - 2);
  if (!target) return;
  const from = sentence.start + m.index + m[0].length;
  const named = ps.filter((p) => p.where && p.mention.start >= from && p.mention.end <= from + 120);
  target.places = [...new Set([...placeKeys(named), ...target.places])];
}
