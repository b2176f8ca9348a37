import { editDistance } from '../search/fuzzy-terms.js';
import type { EntityRecord } from './entity-record.js';
import { personSlug } from '../language/entities/keys.js';
import { lexicon } from '../language/gazetteer/lexicon.js';
import { keyWords, STYLED_TITLES } from './name-forms.js';

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

/** Which full name a lone word goes to: one with a leader's title first, then the most written. */
const rankLone = (r: EntityRecord): number => (r.leaderIn > 0 ? 1e9 : 0) + r.articles.size;

/** A name at least this much more written is the one a rarer near-spelling stands for. */
const MORE_WRITTEN = 3;

/**
 * The more written person a rarer full name is a misspelling of: same surname and middle words, a
 * given name one slip away with the same initial ("Volodymr", "Volodomyr" → "Volodymyr"). Short given
 * names are never matched so ("Joe" and "Jon" are two people), nor different ones ("Beau", "Joe").
 */
function misspeltOf(record: EntityRecord, words: string[], records: ReadonlyMap<string, EntityRecord>, byEndWord: ReadonlyMap<string, readonly string[]>): EntityRecord | undefined {
  const given = words[0]!;
  // Four or more words the same but the first make a misspelling likelier ("Luis"/"Luiz Inácio Lula da Silva").
  const shortest = words.length >= 4 ? 4 : 5;
  if (given.length < shortest) return undefined;
  let best: EntityRecord | undefined;
  for (const key of byEndWord.get(words.at(-1)!) ?? []) {
    const other = records.get(key);
    if (!other || other === record || other.type !== 'person' || other.articles.size < MORE_WRITTEN * record.articles.size) continue;
    const theirs = keyWords(key);
    if (theirs.length !== words.length || theirs.slice(1).join(' ') !== words.slice(1).join(' ')) continue;
    const name = theirs[0]!;
    if (name[0] !== given[0] || name.length < shortest || editDistance(name, given, 1) > 1) continue;
    if (!best || other.articles.size > best.articles.size) best = other;
  }
  return best;
}

/**
 * The person a name with middle initials is ("Lena K. Hofer" → "Lena Hofer"), where the archive
 * writes that shorter name at least as often: an initial adds no one new.
 */
function initialledOf(record: EntityRecord, words: string[], records: ReadonlyMap<string, EntityRecord>): EntityRecord | undefined {
  if (words.length < 3) return undefined;
  const kept = words.filter((w, i) => i === 0 || i === words.length - 1 || w.length > 1);
  if (kept.length === words.length) return undefined;
  const other = records.get(`person:${kept.join('-')}`);
  return other && other !== record && other.articles.size >= record.articles.size ? other : undefined;
}

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

/**
 * The more written person whose full name this one's articles also write it as: "Luiz Inácio “Lula” da
 * Silva" (keyed without the quoted nickname) is the "Luiz Inácio Lula da Silva" of other articles. One
 * article's entity holds two full names only where the reading found them one person.
 */
function writtenAsOf(record: EntityRecord, records: ReadonlyMap<string, EntityRecord>): EntityRecord | undefined {
  let best: EntityRecord | undefined;
  const own = keyWords(record.key);
  for (const form of record.forms.keys()) {
    // Only a form that holds every word of the key and more (the nickname): a shorter alias of a longer,
    // misread name ("Prime Minster Boris Johnson") would bring that name's words into the person's.
    const words = form.split(' ');
    if (words.length <= own.length || !own.every((w) => words.includes(w))) continue;
    const other = records.get(`person:${personSlug(form)}`);
    if (other && other !== record && other.articles.size >= record.articles.size && (!best || other.articles.size > best.articles.size)) best = other;
  }
  return best;
}

/**
 * The longer name this one ends ("Lula da Silva" of "Luiz Inácio Lula da Silva", "Lopez Obrador"): the
 * same person written shorter, where that longer name is written far more than this one and than any other
 * it ends ("Rosangela Lula da Silva" is his wife). Never the other way, so a misread longer run ("Prime
 * Minster Boris Johnson") never takes in the person it ends with.
 */
function longerOf(record: EntityRecord, words: string[], records: ReadonlyMap<string, EntityRecord>, byEndWord: ReadonlyMap<string, readonly string[]>): EntityRecord | undefined {
  const tail = ` ${words.join(' ')}`;
  const longer = (byEndWord.get(words.at(-1)!) ?? [])
    .filter((key) => key.startsWith('person:') && keyWords(key).length > words.length && ` ${keyWords(key).join(' ')}`.endsWith(tail))
    .map((key) => records.get(key))
    .filter((r): r is EntityRecord => !!r)
    .sort((a, b) => b.articles.size - a.articles.size);
  const [best, next] = longer;
  if (!best || best.articles.size < Math.max(3, MORE_WRITTEN * record.articles.size)) return undefined;
  // It must open on a given name or an initial, not on a title run into it ("NATO Julianne Smith").
  const opening = keyWords(best.key)[0]!;
  if (opening.length > 1 && !lexicon().givenNames.has(opening)) return undefined;
  return !next || best.articles.size >= MORE_WRITTEN * next.articles.size ? best : undefined;
}

/**
 * The full names a one-word name may stand for: those it begins or ends, and those the articles also call
 * by it though it is neither (a nickname, "Lula" for Luiz Inácio Lula da Silva).
 */
export function loneCandidates(word: string, byEndWord: ReadonlyMap<string, readonly string[]>, byForm: ReadonlyMap<string, readonly string[]>): string[] {
  const ends = byEndWord.get(word) ?? [];
  const called = (byForm.get(word) ?? []).filter((k) => k.startsWith('person:') && keyWords(k).length > 1 && !ends.includes(k));
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
  const canonical = new Map<string, string>();
  const byName = new Map<string, EntityRecord[]>();
  for (const record of records.values()) {
    const words = keyWords(record.key);
    if (record.type === 'organisation' && words.length === 1) {
      const person = surnameOf(record, words[0]!, records, byEndWord);
      if (person) {
        canonical.set(record.key, person.key);
        continue;
      }
    }
    if (record.type === 'person') {
      if (words.length !== 1) {
        const usual = initialledOf(record, words, records) ?? misspeltOf(record, words, records, byEndWord) ?? writtenAsOf(record, records) ?? longerOf(record, words, records, byEndWord);
        if (usual) canonical.set(record.key, usual.key);
        continue;
      }
      if (styled(record)) continue;
      let best: EntityRecord | undefined;
      for (const key of loneCandidates(words[0]!, byEndWord, byForm)) {
        const fit = records.get(key);
        if (fit && loneFits(words[0]!, key, fit) && (!best || rankLone(fit) > rankLone(best))) best = fit;
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
  const members = new Map<string, string[]>();
  for (const [from, to] of canonical) {
    const list = members.get(to);
    if (list) list.push(from);
    else members.set(to, [to, from]);
  }
  return { canonical, members };
}
