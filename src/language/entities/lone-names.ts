import type { Entity } from '../analysis.js';
import { boundedMemo } from '../bounded-memo.js';

/**
 * A lone word read as an organisation named in full elsewhere in the article: its first word ("Marsh" of
 * "Marsh & McLennan") or its head word ("Commission" of "European Commission"), when only one fits.
 */

/** "Marsh" after "Marsh & McLennan": the one multi-word organisation that starts with the word. */
export function organisationStartingWith(byKey: ReadonlyMap<string, Entity>, word: string): Entity | undefined {
  const prefix = `${word} `;
  return onlyOne(byKey, (e) => e.type === 'organisation' && e.name.startsWith(prefix));
}

/** The one entity that fits, if exactly one does (no copy of the entities: this runs for every lone name). */
function onlyOne(byKey: ReadonlyMap<string, Entity>, fits: (e: Entity) => boolean): Entity | undefined {
  let found: Entity | undefined;
  for (const e of byKey.values()) {
    if (!fits(e)) continue;
    if (found) return undefined;
    found = e;
  }
  return found;
}

/**
 * "Commission" after "European Commission", "Council" after "Nordic Shipping Safety Council": the head
 * word of the one organisation named in full, as a surname is of a person. "Airlines" is no head of
 * "Association of European Airlines".
 */
export function organisationEndingWith(byKey: ReadonlyMap<string, Entity>, word: string): Entity | undefined {
  return onlyOne(byKey, (e) => e.type === 'organisation' && e.name.includes(' ') && headWord(e.name) === word);
}

/**
 * The noun a name is about: the word before "of" ("Bank" of "Bank of England"), else the last word. Kept
 * once read: every lone name is compared with every organisation's.
 */
const headWord = boundedMemo((name) => readHeadWord(name));

function readHeadWord(name: string): string {
  const words = name.split(/\s+/);
  const of = words.findIndex((w, i) => i > 0 && w === 'of');
  return of > 0 ? words[of - 1]! : words[words.length - 1]!;
}
