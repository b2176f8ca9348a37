import type { Participant } from './participants.js';
import { firstWordFrom, type Word } from './words.js';

/** Prepositions that say where something happened ("in Kyiv", "to the US"); "on Kyiv", "of Ukraine" do not. */
const LOCATIVE = new Set(['in', 'at', 'to', 'into', 'from', 'near', 'outside', 'inside', 'across', 'around', 'throughout', 'toward', 'towards', 'through', 'via']);
/** Prepositions that tie a place to something other than where ("blamed it on Kyiv", "a war against Ukraine"). */
const OTHER = new Set(['on', 'for', 'with', 'against', 'over', 'about', 'by', 'than', 'like']);
/** How far back from a place its preposition may stand ("in the inter-Korean truce village of Panmunjeom"). */
const PHRASE_WORDS = 6;
/** Words allowed between the verb phrase and the preposition, times aside ("met Wednesday in …"). */
const MAX_GAP_WORDS = 1;

const TOWARD = new Set(['toward', 'towards']);
/** Nouns of a stance: what follows "toward" is what the stance is about, not where anything went. */
const STANCE_NOUNS = new Set([
  'strategy', 'strategies', 'policy', 'policies', 'approach', 'attitude', 'attitudes', 'stance', 'posture', 'position',
  'hostility', 'aggression', 'diplomacy', 'relations', 'outlook', 'views', 'view', 'tone', 'shift', 'pivot', 'overture', 'overtures',
]);

/** The index of the locative preposition that introduces the word at `at`, if one does. */
function locativeBefore(words: readonly Word[], at: number): number | undefined {
  for (let i = at - 1; i >= Math.max(0, at - PHRASE_WORDS); i--) {
    const w = words[i]!.lower;
    if (LOCATIVE.has(w)) return i;
    if (OTHER.has(w) || w === ',') return undefined;
  }
  return undefined;
}

/**
 * The places where an event happened: a place introduced by a locative preposition, written before the
 * verb ("In Kyiv, Zelensky met…") or in a phrase right after its verb phrase ("met Wednesday in the Russian
 * Far East"). A place further on belongs to another phrase ("the war in Ukraine", "is expected in Kyiv
 * later"), and showing it as where the event happened would be a wrong line.
 */
export function eventPlaces(
  places: readonly Participant[],
  words: readonly Word[],
  verbStart: number,
  upTo: number,
  inTime: (w: Word) => boolean,
): Participant[] {
  return places.filter((p) => {
    const at = firstWordFrom(words, p.mention.start);
    const preposition = at > 0 ? locativeBefore(words, at) : undefined;
    if (preposition === undefined) return false;
    const by = words[preposition]!;
    // "fired missiles toward the Sea of Japan" says where; "a strategy towards China" what the strategy is about.
    if (TOWARD.has(by.lower) && STANCE_NOUNS.has(words[preposition - 1]?.lower ?? '')) return false;
    if (by.start < verbStart) return p.mention.start < verbStart;
    if (by.start < upTo) return true;
    const gap = words.filter((w) => w.start >= upTo && w.end <= by.start && !inTime(w) && w.text !== ',').length;
    return gap <= MAX_GAP_WORDS;
  });
}
