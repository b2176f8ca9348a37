import type { EnrichedArticle } from '../../articles/article.js';
import { summarySentences } from '../../articles/summary.js';

/** A readable view of an analysis for `inspect`: who, where, when, what, and the summary. */
export function describeAnalysis(article: EnrichedArticle): unknown {
  const { analysis } = article;
  const byType = (type: string) => analysis.entities.filter((e) => e.type === type);
  return {
    leaders: analysis.entities.filter((e) => e.leader).map((e) => ({ name: e.name, roles: e.roles.map((r) => (r.former ? `${r.title} (former)` : r.title)) })),
    people: byType('person').map((e) => ({ name: e.name, aliases: e.aliases, roles: e.roles.map((r) => r.title), mentions: e.mentions.length })),
    places: [...byType('place'), ...byType('country')].map((e) => ({ name: e.name, type: e.type, aliases: e.aliases })),
    organisations: byType('organisation').map((e) => ({ name: e.name, aliases: e.aliases })),
    dates: analysis.times.map((t) => ({ text: t.text, value: t.value, granularity: t.granularity })),
    events: analysis.events.map((e) => ({ date: e.date, granularity: e.granularity, what: e.what, actors: e.actors, places: e.places, planned: e.planned, evidence: e.evidence })),
    summary: summarySentences(article, 3).map((s) => s.text),
    sentences: analysis.sentences.length,
  };
}
