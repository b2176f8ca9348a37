import type { Entity, Sentence } from '../analysis.js';
import { findCandidates } from './find-candidates.js';
import { resolveEntities } from './resolve.js';
import { attachRoles } from './roles.js';

/**
 * People, places, organisations and countries with their mentions, roles and leader mark. Rules and
 * gazetteers, no model: capitalised runs typed by known names, cue words and context, then grouped into
 * one entity per real thing with a key that is the same in every article.
 */
export function extractEntities(text: string, sentences: readonly Sentence[]): Entity[] {
  const { tokens, candidates } = findCandidates(text, sentences);
  const { entities, entityOf } = resolveEntities(text, candidates, tokens);
  attachRoles(text, tokens, candidates, entityOf);
  return entities;
}
