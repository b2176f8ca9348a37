import type { Entity } from '../analysis.js';
import type { Token } from './tokens.js';

/** Where an article says a person died: no office of theirs is current in it (`attachRoles`). */

/** The words `toldDead` looks for, anywhere in a word and in any case: a sentence without them tells no death. */
const DEATH_WORD = /late|died|passed|death|funeral/i;
/** The longest death word less one letter: a match starting in a sentence may end this far past it. */
const LONGEST_OVERHANG = 'funeral'.length - 1;
/** Nouns of a death: "Holt's death", "the funeral of Holt" (not "Holt's death penalty stance"). */
const DEATH_NOUNS = new Set(['death', 'funeral', 'passing']);
const NOT_DEATH_AFTER = new Set(['penalty', 'threat', 'threats', 'toll', 'sentence', 'row', 'squad', 'warrant', 'march', 'spiral']);

/**
 * Of the sentences that name the people, those that may tell a death: only theirs are asked about, so
 * only they are searched, not the whole text (news names people in a part of its sentences).
 */
function deathSentences(text: string, tokens: readonly Token[][], people: readonly Entity[]): Set<number> {
  const named = new Set<number>();
  for (const e of people) for (const m of e.mentions) named.add(m.sentence);
  const out = new Set<number>();
  for (const s of named) {
    const ts = tokens[s]!;
    if (ts.length === 0) continue;
    const from = ts[0]!.start;
    const to = ts[ts.length - 1]!.end;
    // A death word must start inside the sentence's words; it may run past them.
    const found = DEATH_WORD.exec(text.slice(from, Math.min(text.length, to + LONGEST_OVERHANG)));
    if (found && found.index < to - from) out.add(s);
  }
  return out;
}

/** The article says the person died ("Holt, who died in May", "the late Holt"): no office of theirs is current. */
function toldDead(tokens: readonly Token[][], entity: Entity, deaths: ReadonlySet<number>): boolean {
  return entity.mentions.some((m) => {
    if (!deaths.has(m.sentence)) return false;
    const ts = tokens[m.sentence]!;
    const at = ts.findIndex((t) => t.start === m.start);
    const end = ts.findIndex((t) => t.end === m.end);
    if (at < 0 || end < 0) return false;
    if (ts[at - 1]?.lower === 'late' && ts[at - 2]?.lower === 'the') return true;
    // Over a title before the name: "the funeral of Queen Elizabeth II".
    let before = at - 1;
    while (before > at - 5 && ts[before]?.cap) before--;
    if (ts[before]?.lower === 'of' && DEATH_NOUNS.has(ts[before - 1]?.lower ?? '')) return true;
    if (ts[end + 1]?.possessive && DEATH_NOUNS.has(ts[end + 2]?.lower ?? '') && !NOT_DEATH_AFTER.has(ts[end + 3]?.lower ?? '')) return true;
    let i = end + 1;
    if (ts[i]?.text === ',' && ts[i + 1]?.lower === 'who') i += 2;
    if (ts[i]?.lower === 'has' || ts[i]?.lower === 'had') i++;
    return ts[i]?.lower === 'died' || (ts[i]?.lower === 'passed' && ts[i + 1]?.lower === 'away');
  });
}

/** The people the article says died, over every sentence that may tell a death. */
export function toldDeadPeople(text: string, tokens: readonly Token[][], entities: readonly Entity[]): Set<Entity> {
  const people = entities.filter((e) => e.type === 'person');
  // The search is the cost: an article naming no one is spared it.
  const deaths = people.length ? deathSentences(text, tokens, people) : undefined;
  return new Set(deaths?.size ? people.filter((e) => toldDead(tokens, e, deaths)) : []);
}
