import type { Clause } from './clauses.js';
import type { Participant } from './participants.js';
import { DETERMINERS, PREPOSITIONS, PRONOUNS, SUBORDINATORS, isAuxiliary, isPastVerb, type Word } from './words.js';

/** Words of a stretch before a verb that name no one: helpers, adverbs, the plan and modal words. */
const EMPTY = new Set(
  `to not also then later first earlier again still already just now meanwhile however finally eventually initially
  separately previously recently subsequently only even never once and or but that so yet will would shall should
  can could may might must 'll having being been all both scheduled expected set due slated poised planning plans
  plan planned going hopes hoped aims aimed intends intended wants wanted about around some nearly almost more than
  least`.split(/\s+/).filter(Boolean),
);

const PERSONAL = new Set(['he', 'she', 'they', 'it']);

/**
 * The subject of a sentence: the first actor of its first clause that says more than where or when
 * ("In Krems," says only where), unless a preposition or a verb comes before it there ("Shares in
 * Corus", "bought by Orlen"), or a subject pronoun opening that clause ("She flew…"). Undefined when
 * that clause names no actor ("The refinery, bought by Orlen in March, reopened").
 */
export function sentenceSubject(clauses: readonly Clause[], ps: readonly Participant[], inTime: (w: Word) => boolean): Participant | string | undefined {
  for (const clause of clauses) {
    let content = false;
    for (const w of clause.words) {
      const p = ps.find((q) => q.mention.start <= w.start && w.end <= q.mention.end);
      if (p && !p.where && !p.source && !p.modifier) return p;
      if (!content && PERSONAL.has(w.lower)) return w.lower;
      if (p || inTime(w) || !/^\p{L}/u.test(w.text)) continue;
      if (content && (PREPOSITIONS.has(w.lower) || isPastVerb(w) || isAuxiliary(w))) return undefined;
      if (!PREPOSITIONS.has(w.lower)) content = true;
    }
    if (content) return undefined;
  }
  return undefined;
}

const inMention = (ps: readonly Participant[], w: Word): boolean => ps.some((p) => p.mention.start <= w.start && w.end <= p.mention.end);

/**
 * A clause whose subject is a noun phrase naming no entity ("Households that lost their homes will
 * receive…", "Army trucks carried…", "Hydrologists said the river…"): whoever else the sentence names,
 * no one named does this. A pronoun or a relative word opening the subject points to someone, so it
 * does not count; nor do words of a time expression or a named place ("In Krems, soldiers…" is unnamed).
 */
export function hasUnnamedSubject(clause: Clause, verbStart: number, ps: readonly Participant[], inTime: (w: Word) => boolean): boolean {
  if (clause.opener === 'who' || clause.opener === 'which') return false;
  const named = ps.some((p) => !p.where && !p.source && !p.modifier && p.mention.start >= clause.start && p.mention.end <= verbStart);
  if (named) return false;
  for (const w of clause.words) {
    if (w.start >= verbStart) break;
    if (PRONOUNS.has(w.lower)) return false;
    if (!/^\p{L}/u.test(w.text) || inTime(w) || inMention(ps, w)) continue;
    if (DETERMINERS.has(w.lower) || PREPOSITIONS.has(w.lower) || SUBORDINATORS.has(w.lower) || EMPTY.has(w.lower) || isAuxiliary(w)) continue;
    // "attempted to cut": an earlier verb of the same verb group names no one.
    if (isPastVerb(w) || /^[a-z]+ly$/.test(w.text)) continue;
    return true;
  }
  return false;
}
