import type { EnrichedArticle } from '../articles/article.js';
import type { Archive } from '../articles/archive.js';
import type { EntityDirectory } from '../briefing/entity-directory.js';
import { PLACE_TYPES } from '../briefing/companions.js';
import { displayName, isLeader } from '../briefing/entity-record.js';
import type { Story } from './story.js';
import { shownHeadline } from '../articles/shown-headline.js';
import { isGenericName } from '../briefing/generic-names.js';

export interface StoryName {
  key: string;
  name: string;
  type: string;
  leader: boolean;
  /** Prominence summed over the story's articles. */
  weight: number;
}

/** What a briefing shows of a story, derived from its articles and cached until they change. */
export interface StoryView {
  id: string;
  headline: string;
  /** Oldest first. */
  articles: EnrichedArticle[];
  /** The article that tells it most fully: quotes come from it. */
  best: EnrichedArticle;
  first: string;
  last: string;
  copies: number;
  publishers: string[];
  who: StoryName[];
  where: StoryName[];
  /** Leaders weigh most, then other people, then organisations. */
  actorWeight: number;
}

const SHOWN = 4;

export function describeStory(story: Story, archive: Archive, directory: EntityDirectory): StoryView | undefined {
  const articles = [...story.members]
    .map((id) => archive.get(id))
    .filter((a): a is EnrichedArticle => a !== undefined)
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  if (articles.length === 0) return undefined;
  const totals = new Map<string, number>();
  const seenIn = new Map<string, Set<string>>();
  for (const article of articles) {
    const keys = directory.keysOf(article.id);
    article.analysis.entities.forEach((entity, i) => {
      const key = keys[i] ?? entity.key;
      const early = entity.mentions.some((m) => m.sentence < 2) ? 2 : 0;
      totals.set(key, (totals.get(key) ?? 0) + Math.min(entity.mentions.length, 5) + early);
      seenIn.set(key, (seenIn.get(key) ?? new Set()).add(article.id));
    });
  }
  const names: StoryName[] = [];
  for (const [key, weight] of totals) {
    const record = directory.record(key);
    if (!record || isGenericName(displayName(record))) continue;
    const leader = directory.members(key).some(isLeader);
    names.push({ key, name: displayName(record), type: record.type, leader, weight: weight * (seenIn.get(key)!.size / articles.length + 0.5) });
  }
  names.sort((a, b) => b.weight - a.weight || a.name.localeCompare(b.name));
  const where = names.filter((n) => n.type === 'place' || n.type === 'country');
  where.sort((a, b) => Number(b.type === 'place') - Number(a.type === 'place') || b.weight - a.weight);
  // A name read as a place in one article and as a person in another ("Sharm el-Sheikh", "St. George") is
  // where, not who: so is one the archive reads as a place most often.
  const places = new Set(where.map((n) => n.name.toLowerCase()));
  const aPlace = (name: string) => places.has(name.toLowerCase()) || PLACE_TYPES.has(directory.record(directory.named(name)[0] ?? '')?.type ?? '');
  const actors = names.filter((n) => n.type === 'person' || n.type === 'organisation');
  actors.sort((a, b) => Number(b.type === 'person') - Number(a.type === 'person') || b.weight - a.weight);
  // Only as far down as is shown: a big story names hundreds.
  const who: StoryName[] = [];
  for (const n of actors) {
    if (who.length >= SHOWN) break;
    if (!aPlace(n.name)) who.push(n);
  }
  const main = new Set(names.slice(0, 6).map((n) => n.key));
  const best = bestArticle(articles, story, main, directory);
  const publishers = [...new Set(articles.map((a) => a.source ?? a.via).filter((s): s is string => Boolean(s)))];
  const actorWeight = who.slice(0, SHOWN).reduce((sum, n) => sum + (n.leader ? 3 : n.type === 'person' ? 1 : 0.5), 0);
  return {
    id: story.id,
    headline: shownHeadline(best.title),
    articles,
    best,
    first: articles[0]!.date,
    last: articles.at(-1)!.date,
    copies: story.copies.size,
    publishers,
    who: who.slice(0, SHOWN),
    where: where.slice(0, SHOWN),
    actorWeight,
  };
}

/** Covers most of the story's main names early on; an original beats a copy; then the earliest. */
function bestArticle(articles: EnrichedArticle[], story: Story, main: Set<string>, directory: EntityDirectory): EnrichedArticle {
  let best = articles[0]!;
  let bestScore = -Infinity;
  for (const article of articles) {
    const keys = directory.keysOf(article.id);
    let score = story.copies.has(article.id) ? -2 : 0;
    article.analysis.entities.forEach((entity, i) => {
      if (main.has(keys[i] ?? entity.key)) score += entity.mentions.some((m) => m.sentence < 3) ? 2 : 1;
    });
    score += Math.min(article.analysis.sentences.length, 20) / 20;
    if (score > bestScore) [best, bestScore] = [article, score];
  }
  return best;
}
