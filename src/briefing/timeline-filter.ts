import type { TimelineEntry } from './timeline.js';
import { actsInClause } from './timeline-clause.js';

/**
 * Lines a person's or organisation's timeline leaves out, because a wrong line is worse than a missing
 * one: the subject named inside the phrase ("became a critic of President Trump" under Trump: there the
 * subject is the object, not the actor), a phrase naming a thing rather than an act ("his return to
 * power"), a lone verb that says nothing ("came", "were"), a sentence naming no act at all, and any line
 * whose sentence does not plainly say the subject did it at that date (`actsInClause`).
 */
const NOMINAL_OPENERS = new Set('his her their its the a an our my your this that these those'.split(' '));
const EMPTY_VERBS = new Set('came come went go was were is are been be had has have did do got get made make said says told'.split(' '));

/** Name words that identify the subject: the surname and other capitalised words of its names. */
function nameWords(names: readonly string[]): Set<string> {
  const words = new Set<string>();
  for (const name of names) for (const w of name.split(/\s+/)) if (/^\p{Lu}[\p{L}'’-]{2,}$/u.test(w)) words.add(w.toLowerCase());
  return words;
}

/** Every word of the subject's names but titles, short ones included ("Xi", "Un"). */
function ownWords(names: readonly string[]): Set<string> {
  const words = new Set<string>();
  for (const name of names) for (const w of name.split(/\s+/)) if (/^\p{Lu}[\p{L}'’-]+$/u.test(w) && !TITLES.has(w.toLowerCase())) words.add(w.toLowerCase());
  return words;
}
const TITLES = new Set('president prime minister chancellor secretary speaker governor senator king queen pope premier leader vice mr mrs ms dr the of'.split(' '));

export function isSubjectsOwnAct(entry: TimelineEntry, subjectKey: string, subjectNames: readonly string[]): boolean {
  const what = entry.what;
  if (what === undefined) return false;
  // From Saturday to Tuesday, "last week" may be the week just ending or the one before, and "this week"
  // may hold the Sunday just past (weeks start on Sunday or Monday): the week is not sure.
  const weekday = new Date(`${entry.articleDate}T00:00:00Z`).getUTCDay();
  if (entry.granularity === 'week' && !entry.planned && (weekday <= 2 || weekday === 6)) return false;
  const words = what.split(/\s+/).filter(Boolean);
  const first = words[0]?.toLowerCase() ?? '';
  if (NOMINAL_OPENERS.has(first)) return false;
  if (words.length === 1 && EMPTY_VERBS.has(first)) return false;
  const { name, own } = subjectWords(subjectNames, entry.names[subjectKey] ?? '');
  if (words.some((w) => name.has(w.toLowerCase().replace(/[^\p{L}'’-]/gu, '').replace(/['’]s?$/, '')))) return false;
  const people = Object.entries(entry.names).filter(([k]) => k.startsWith('person:')).map(([, n]) => n);
  return actsInClause({ ...entry, what }, own, people);
}

/**
 * The subject's name words and own words with one line's name for it, worked out once per list of names
 * and line name: a timeline judges hundreds of lines against the same names.
 */
const wordsByNames = new WeakMap<readonly string[], Map<string, { name: Set<string>; own: Set<string> }>>();
function subjectWords(subjectNames: readonly string[], lineName: string): { name: Set<string>; own: Set<string> } {
  let byLineName = wordsByNames.get(subjectNames);
  if (!byLineName) wordsByNames.set(subjectNames, (byLineName = new Map()));
  let words = byLineName.get(lineName);
  if (!words) {
    const names = [...subjectNames, lineName];
    byLineName.set(lineName, (words = { name: nameWords(names), own: ownWords(names) }));
  }
  return words;
}
