import { lexicon } from '../language/gazetteer/lexicon.js';
import type { EntityRecord } from './entity-record.js';
import { keyWords, STYLED_TITLES } from './name-forms.js';
import { officeKey } from './office-key.js';
import { initialledOf, longerOf, misspeltOf, MORE_WRITTEN, PersonNames, styledFullOf, writtenAsOf } from './person-name-variants.js';

export interface Aliases {
  /** Record key → the canonical key it folds into (absent: it is its own). */
  canonical: Map<string, string>;
  /** Canonical key → every record key it holds, itself first. */
  members: Map<string, string[]>;
}

/** Where one name is read as several types, the type it is most often read as wins; then this order. */
const TYPE_ORDER = ['country', 'place', 'organisation', 'person'];

/**
 * Whether a one-word name may stand for this full name: as its surname always; as its first word
 * ("Kim" for Kim Jong Un) only where articles about that person call them so themselves, so a
 * given name alone ("Harry") is not taken for whichever Harry the archive names most.
 */
export function loneFits(word: string, key: string, fit: EntityRecord): boolean {
  return keyWords(key).at(-1) === word || (fit.forms.get(word) ?? 0) > 0;
}

/** A one-word name the articles style with a title ("Pope Francis", "Prince Harry"): that person, not a namesake. */
export function styled(record: EntityRecord): boolean {
  return record.roles.some((r) => STYLED_TITLES.has(r.title.split(/\s+/).at(-1)!.toLowerCase()));
}

/** Offices one holds by election or appointment, which tell namesakes apart; a royal's styles ("Duchess") do not. */
const ELECTED_OFFICES = new Set(['governor', 'senator', 'representative', 'mayor', 'president', 'minister', 'secretary', 'speaker', 'chancellor', 'premier', 'attorney', 'general', 'ambassador', 'judge', 'justice']);

/** The offices titles name, by their head word ("Nebraska Gov." → "governor"). */
const officeHeads = (titles: readonly { title: string }[]): Set<string> => {
  // A leader's record holds hundreds of sightings of a few titles: each title is read once.
  const distinct = new Set(titles.map((x) => x.title));
  return new Set([...distinct].map((title) => officeKey(title).split(' ').at(-1)!));
};

/**
 * A lone name with a title of its own ("Nebraska Gov. Pete") is not a person the archive never gives that
 * office: the title says which Pete, and it is not the one written most.
 */
export function titlesAgree(loneRoles: readonly { title: string }[], fit: EntityRecord): boolean {
  const mine = [...officeHeads(loneRoles)].filter((head) => ELECTED_OFFICES.has(head));
  if (!mine.length) return true;
  const theirs = officeHeads(fit.roles);
  return mine.some((head) => theirs.has(head));
}

/** Which full name a lone word goes to: one with a leader's title first, then the most written. */
const rankLone = (r: EntityRecord): number => (r.leaderIn > 0 ? 1e9 : 0) + r.articles.size;

const placeName = (word: string): boolean => ['place', 'country'].includes(lexicon().phrases.get(word)?.kind ?? '');

/** The much more written person whose surname a one-word organisation is ("Biden" read as a body). */
function surnameOf(record: EntityRecord, word: string, records: ReadonlyMap<string, EntityRecord>, byEndWord: ReadonlyMap<string, readonly string[]>): EntityRecord | undefined {
  let best: EntityRecord | undefined;
  for (const key of byEndWord.get(word) ?? []) {
    const other = records.get(key);
    if (!other || keyWords(key).at(-1) !== word || other.articles.size < Math.max(3, MORE_WRITTEN * record.articles.size)) continue;
    if (!best || rankLone(other) > rankLone(best)) best = other;
  }
  return best;
}

/** Up to this many names, a list is scanned rather than indexed. */
const SCANNED_ENDS = 16;

/**
 * The full names a one-word name may stand for: those it begins or ends, and those the articles also call
 * by it though it is neither (a nickname, "Lula" for Luiz Inácio Lula da Silva).
 */
export function loneCandidates(word: string, byEndWord: ReadonlyMap<string, readonly string[]>, byForm: ReadonlyMap<string, readonly string[]>): string[] {
  const ends = byEndWord.get(word) ?? [];
  const formed = byForm.get(word) ?? [];
  // A common surname ends thousands of full names at a million articles, and most of them are also called by
  // it: looked up in a set, not scanned for each (which made every such mention cost millions of steps).
  const endSet = ends.length > SCANNED_ENDS ? new Set(ends) : undefined;
  const called = formed.filter((k) => k.startsWith('person:') && keyWords(k).length > 1 && !(endSet?.has(k) ?? ends.includes(k)));
  return called.length ? [...ends, ...called] : [...ends];
}

/**
 * Folds worked out over the whole directory (again after a change, and only when asked): a one-word
 * person left on its own ("Kim") goes to the most written full name it begins or ends, a rare
 * misspelt given name to the usual spelling, a one-word organisation that is a frequent person's
 * surname to that person; places, countries and organisations with the same name are one.
 */
export function foldAliases(
  records: ReadonlyMap<string, EntityRecord>,
  byEndWord: ReadonlyMap<string, readonly string[]>,
  byForm: ReadonlyMap<string, readonly string[]> = new Map(),
): Aliases {
  const steps = foldAliasesSteps(records, byEndWord, byForm);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/** Surname buckets, or folds, between two steps of `foldAliasesSteps`; records are a step each (one may cost milliseconds). */
const STEP = 200;

/**
 * `foldAliases` a step at a time, so a bot can work them out between other work: each `yield` is a point where
 * the caller may rest. The maps must not change until it returns (a caller that sees a change drops it).
 */
export function* foldAliasesSteps(
  records: ReadonlyMap<string, EntityRecord>,
  byEndWord: ReadonlyMap<string, readonly string[]>,
  byForm: ReadonlyMap<string, readonly string[]> = new Map(),
): Generator<void, Aliases> {
  const canonical = new Map<string, string>();
  const byName = new Map<string, EntityRecord[]>();
  const names = new PersonNames();
  let n = 0;
  for (const [word, keys] of byEndWord) {
    names.add(word, keys);
    if (++n % STEP === 0) yield;
  }
  for (const record of records.values()) {
    yield;
    const words = names.spell(record.key).words;
    // A place's name read as a body ("Washington retired the name Redskins": its team) is no one's surname.
    if (record.type === 'organisation' && words.length === 1 && !placeName(words[0]!)) {
      const person = surnameOf(record, words[0]!, records, byEndWord);
      if (person) {
        canonical.set(record.key, person.key);
        continue;
      }
    }
    if (record.type === 'person') {
      if (words.length !== 1) {
        const usual = initialledOf(record, words, records) ?? misspeltOf(record, names, records) ?? writtenAsOf(record, records) ?? longerOf(record, names, records);
        if (usual) canonical.set(record.key, usual.key);
        continue;
      }
      if (styled(record)) {
        const numbered = styledFullOf(record, words[0]!, records, byEndWord);
        if (numbered) canonical.set(record.key, numbered.key);
        continue;
      }
      let best: EntityRecord | undefined;
      for (const key of loneCandidates(words[0]!, byEndWord, byForm)) {
        const fit = records.get(key);
        if (fit && loneFits(words[0]!, key, fit) && titlesAgree(record.roles, fit) && (!best || rankLone(fit) > rankLone(best))) best = fit;
      }
      if (best) canonical.set(record.key, best.key);
      continue;
    }
    const name = words.join('-');
    const group = byName.get(name);
    if (group) group.push(record);
    else byName.set(name, [record]);
  }
  for (const group of byName.values()) {
    if (++n % STEP === 0) yield;
    if (group.length < 2) continue;
    const rank = (r: EntityRecord) => r.articles.size * 10 - TYPE_ORDER.indexOf(r.type);
    const head = group.reduce((a, b) => (rank(b) > rank(a) ? b : a));
    // A country and a place of one name are two ("Georgia" the country, "Georgia" the US state): the
    // analysis tells them apart where the text says which, and the directory keeps them so.
    const apart = (r: EntityRecord) => (r.type === 'country' && head.type === 'place') || (r.type === 'place' && head.type === 'country');
    for (const r of group) if (r !== head && !apart(r)) canonical.set(r.key, head.key);
  }
  // A fold into a name that folds further goes all the way (a lone "Zelenskyy" → a misspelt full name → the usual one).
  for (const [from, to] of canonical) {
    let end = to;
    for (let hops = 0; canonical.has(end) && hops < 4; hops++) end = canonical.get(end)!;
    if (end !== from) canonical.set(from, end);
    else canonical.delete(from);
  }
  return aliasesOf(canonical);
}

/** The folds from their canonical map (as saved): each canonical key's members, itself first, in the map's order. */
export function aliasesOf(canonical: Map<string, string>): Aliases {
  const members = new Map<string, string[]>();
  for (const [from, to] of canonical) {
    const list = members.get(to);
    if (list) list.push(from);
    else members.set(to, [to, from]);
  }
  return { canonical, members };
}
