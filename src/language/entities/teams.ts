import { PLACE_PREPOSITIONS, TEAM_BEFORE, TEAM_VERBS } from '../gazetteer/common-words.js';
import { CONTEXT, GUESS, keyOfCandidate, type Candidate } from './candidate.js';
import type { Token } from './tokens.js';

/**
 * Sports stories name teams by their towns ("Surrey beat Kent", "Dynamo 2-1"): there a place that beats,
 * scores or is played against is an organisation, wherever the article names it.
 */
const SCORE = /^\d+(?:[-–]\d+)?$/;
const YEAR = /^(?:19|20)\d\d$/;

/** Three or more different sport words (`SPORT_WORDS` the article holds): a sports story, where towns are often teams. */
export const isSportsStory = (sportWords: ReadonlySet<string>): boolean => sportWords.size >= 3;

/** In a sports story a town that beats, scores or is played against is a team: an organisation. */
export function markTeams(tokens: readonly Token[][], candidates: readonly Candidate[]): void {
  const teams = new Set<string>();
  const teamLike = (c: Candidate): boolean =>
    c.end === c.tokens[c.tokens.length - 1]!.end && (c.type === 'place' || (c.type === 'person' && c.strength <= GUESS && c.tokens.length === 1));
  for (const c of candidates) {
    if (!teamLike(c)) continue;
    const ts = tokens[c.sentence]!;
    const first = c.tokens[0]!.index;
    const last = c.tokens[c.tokens.length - 1]!.index;
    const next = ts[last + 1];
    const after = next?.possessive ? ts[last + 2] : next;
    const prev = ts[first - 1];
    const drawnWith = prev?.lower === 'with' && (SCORE.test(ts[first - 2]?.text ?? '') || ['drew', 'draw', 'tied'].includes(ts[first - 2]?.lower ?? ''));
    if ((next && SCORE.test(next.text) && !YEAR.test(next.text)) || (after && TEAM_VERBS.has(after.lower)) || (prev && TEAM_BEFORE.has(prev.lower)) || drawnWith || (first === 0 && next?.lower === 'at')) {
      teams.add(keyOfCandidate(c));
    }
  }
  for (const c of candidates) {
    if (!teamLike(c) || !teams.has(keyOfCandidate(c))) continue;
    // A dateline ("NEW YORK 1996-08-30") or "in Chicago" is still the place.
    const ts = tokens[c.sentence]!;
    const prev = ts[c.tokens[0]!.index - 1];
    const next = ts[c.tokens[c.tokens.length - 1]!.index + 1];
    if ((prev && PLACE_PREPOSITIONS.has(prev.lower)) || (c.tokens[0]!.index === 0 && /^\d{4}-\d\d-\d\d$/.test(next?.text ?? ''))) continue;
    Object.assign(c, { type: 'organisation', strength: CONTEXT });
  }
}
