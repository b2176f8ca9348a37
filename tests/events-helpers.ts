import type { DatedEvent, Entity, EntityType } from '../src/language/analysis.js';
import { extractEvents } from '../src/language/events/extract-events.js';
import { splitSentences } from '../src/language/sentences.js';
import { extractTimes } from '../src/language/times/extract-times.js';

/** An entity as [key, type, the forms the text names it by…]. */
export type EntitySpec = [string, EntityType, ...string[]];

/**
 * Entities as the entity extractor would give them, built by hand so these tests stand on the event
 * rules alone: each [key, type, forms…] finds every form in the text, longest forms first.
 */
export function entitiesIn(text: string, specs: EntitySpec[]): Entity[] {
  const sentences = splitSentences(text);
  const taken: [number, number][] = [];
  const forms = specs.flatMap(([key, type, ...names]) => names.map((name) => ({ key, type, name }))).sort((a, b) => b.name.length - a.name.length);
  const byKey = new Map<string, Entity>();
  for (const { key, type, name } of forms) {
    for (const m of text.matchAll(new RegExp(`\\b${name.replace(/[.]/g, '\\.')}(?![\\w])`, 'g'))) {
      const start = m.index ?? 0;
      const end = start + name.length;
      if (taken.some(([s, e]) => s < end && start < e)) continue;
      taken.push([start, end]);
      const sentence = sentences.findLastIndex((s) => s.start <= start);
      const entity = byKey.get(key) ?? { key, type, name, aliases: [], mentions: [], roles: [], leader: type === 'person' };
      entity.mentions.push({ start, end, text: name, sentence });
      byKey.set(key, entity);
    }
  }
  return [...byKey.values()];
}

export function eventsOf(text: string, articleDate: string, specs: EntitySpec[]): DatedEvent[] {
  const sentences = splitSentences(text);
  const times = extractTimes(text, sentences, articleDate);
  return extractEvents({ text, sentences, entities: entitiesIn(text, specs), times, articleDate });
}
