import type { Analysis, DatedEvent, EntityType, TimeExpression } from '../language/analysis.js';

/**
 * The part of an analysis a timeline line is made from: events and time expressions, every entity (in
 * order, so the directory's keys by position still apply) with the sentences that name it, and the text
 * of only those sentences an event or a time is in. About a fifth of a stored analysis: a briefing on a
 * big name reads hundreds of them, and reading whole analyses was most of its time.
 */
export interface TimelinePart {
  events: DatedEvent[];
  times: TimeExpression[];
  entities: { key: string; type: EntityType; name: string; mentions: { sentence: number }[] }[];
  /** By index as in the analysis; null where no event or time is. */
  sentences: ({ start: number; text: string } | null)[];
}

/** A stored analysis may lack a list (a stand-in written by a test or an older tool): it reads as empty. */
export function timelinePartOf(analysis: Partial<Pick<Analysis, 'events' | 'times' | 'entities' | 'sentences'>>): TimelinePart {
  const { events = [], times = [], entities = [], sentences = [] } = analysis;
  const dated = new Set([...events.map((e) => e.sentence), ...times.map((t) => t.sentence)]);
  return {
    events,
    times,
    entities: entities.map(({ key, type, name, mentions = [] }) => ({ key, type, name, mentions: mentions.map(({ sentence }) => ({ sentence })) })),
    sentences: sentences.map((s, i) => (dated.has(i) ? { start: s.start, text: s.text } : null)),
  };
}
