import { personSlug } from '../language/entities/keys.js';
import { lexicon } from '../language/gazetteer/lexicon.js';
import { editDistance } from '../search/fuzzy-terms.js';
import type { EntityRecord } from './entity-record.js';
import { keyWords, STYLED_TITLES } from './name-forms.js';

/**
 * Ways one person's full name is written across the archive (a slip in the given name, a middle initial,
 * a quoted nickname, the name's end alone, a reign without its number), each pointing at the record most
 * written under the usual form. `foldAliases` applies them.
 */

/** A name at least this much more written is the one a rarer near-spelling stands for. */
export const MORE_WRITTEN = 3;

/** A key's words, with the joins the comparisons below make of them. */
export interface Spelling {
  words: string[];
  /** The words after the given name: a misspelling shares them and the initial (`misspeltOf`). */
  rest: string;
}

/**
 * People's names as the comparisons below read them, worked out once per resolution of the whole directory:
 * a common surname's bucket holds a thousand names at 100,000 articles, and comparing each with every other
 * took seconds. Names sharing all words but the first, and names ending with given words, are looked up
 * instead; each list keeps the order of the surname's bucket, so ties fall as they did.
 */
export class PersonNames {
  private readonly held = new Map<string, Spelling>();
  private readonly byRest = new Map<string, string[]>();
  private readonly bySuffix = new Map<string, string[]>();

  /** One bucket of the directory's people by end word (`byEndWord`), in the directory's order. */
  add(word: string, keys: readonly string[]): void {
    for (const key of keys) {
      const { words, rest } = this.spell(key);
      // Each key once, from its surname's bucket (it is also in its given name's).
      if (words.at(-1) !== word) continue;
      listed(this.byRest, `${words[0]![0]} ${rest}`, key);
      for (let k = 1; k < words.length; k++) listed(this.bySuffix, words.slice(k).join(' '), key);
    }
  }

  spell(key: string): Spelling {
    let found = this.held.get(key);
    if (!found) {
      const words = keyWords(key);
      found = { words, rest: words.slice(1).join(' ') };
      this.held.set(key, found);
    }
    return found;
  }

  /** People whose given name opens with this letter and whose words after it are these. */
  sharingRest(initial: string, rest: string): readonly string[] {
    return this.byRest.get(`${initial} ${rest}`) ?? [];
  }

  /** People with more words than these, ending with them. */
  endingWith(words: readonly string[]): readonly string[] {
    return this.bySuffix.get(words.join(' ')) ?? [];
  }
}

function listed(map: Map<string, string[]>, at: string, key: string): void {
  const list = map.get(at);
  if (list) list.push(key);
  else map.set(at, [key]);
}

/**
 * The more written person a rarer full name is a misspelling of: same surname and middle words, a
 * given name one slip away with the same initial ("Volodymr", "Volodomyr" → "Volodymyr"). Short given
 * names are never matched so ("Joe" and "Jon" are two people), nor different ones ("Beau", "Joe").
 */
export function misspeltOf(record: EntityRecord, names: PersonNames, records: ReadonlyMap<string, EntityRecord>): EntityRecord | undefined {
  const { words, rest } = names.spell(record.key);
  const given = words[0]!;
  // Four or more words the same but the first make a misspelling likelier ("Luis"/"Luiz Inácio Lula da Silva").
  const shortest = words.length >= 4 ? 4 : 5;
  if (given.length < shortest) return undefined;
  let best: EntityRecord | undefined;
  for (const key of names.sharingRest(given[0]!, rest)) {
    const other = records.get(key);
    if (!other || other === record || other.type !== 'person' || other.articles.size < MORE_WRITTEN * record.articles.size) continue;
    const theirs = names.spell(key);
    if (theirs.words.length !== words.length || theirs.rest !== rest) continue;
    const name = theirs.words[0]!;
    if (name[0] !== given[0] || name.length < shortest || editDistance(name, given, 1) > 1) continue;
    if (!best || other.articles.size > best.articles.size) best = other;
  }
  return best;
}

/**
 * The person a name with middle initials is ("Lena K. Hofer" → "Lena Hofer"), where the archive
 * writes that shorter name at least as often: an initial adds no one new.
 */
export function initialledOf(record: EntityRecord, words: string[], records: ReadonlyMap<string, EntityRecord>): EntityRecord | undefined {
  if (words.length < 3) return undefined;
  const kept = words.filter((w, i) => i === 0 || i === words.length - 1 || w.length > 1);
  if (kept.length === words.length) return undefined;
  const other = records.get(`person:${kept.join('-')}`);
  return other && other !== record && other.articles.size >= record.articles.size ? other : undefined;
}

/**
 * The more written person whose full name this one's articles also write it as: "Luiz Inácio “Lula” da
 * Silva" (keyed without the quoted nickname) is the "Luiz Inácio Lula da Silva" of other articles. One
 * article's entity holds two full names only where the reading found them one person.
 */
export function writtenAsOf(record: EntityRecord, records: ReadonlyMap<string, EntityRecord>): EntityRecord | undefined {
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
export function longerOf(record: EntityRecord, names: PersonNames, records: ReadonlyMap<string, EntityRecord>): EntityRecord | undefined {
  const longer = names
    .endingWith(names.spell(record.key).words)
    .filter((key) => key.startsWith('person:'))
    .map((key) => records.get(key))
    .filter((r): r is EntityRecord => !!r)
    .sort((a, b) => b.articles.size - a.articles.size);
  const [best, next] = longer;
  if (!best || best.articles.size < Math.max(3, MORE_WRITTEN * record.articles.size)) return undefined;
  // It must open on a given name or an initial, not on a title run into it ("NATO Julianne Smith").
  const opening = names.spell(best.key).words[0]!;
  if (opening.length > 1 && !lexicon().givenNames.has(opening)) return undefined;
  return !next || best.articles.size >= MORE_WRITTEN * next.articles.size ? best : undefined;
}

const REGNAL = /^(?:i{1,3}|iv|v|vi{1,3}|ix|x{1,3}|xi{1,3}|xiv|xv|xvi{1,3})$/;
/** Words of a title that style a royal or a cleric, wherever they stand ("Duchess of Cornwall", "Queen Consort"). */
const ROYAL_WORDS = new Set([...STYLED_TITLES, 'duke', 'duchess', 'consort']);
const styles = (r: EntityRecord) => new Set(r.roles.flatMap((role) => role.title.toLowerCase().split(/\s+/)).filter((w) => ROYAL_WORDS.has(w)));

/**
 * The one full name a styled one-word name is: the numbered name styled alike ("King Charles" of "King Charles
 * III", "Pope Benedict" of "Pope Benedict XVI"), else the one full name it opens that is styled too ("Queen
 * Camilla" of "Camilla Parker Bowles, Duchess of Cornwall"). A full name no title styles ("Harry Potter") is
 * never one ("Prince Harry").
 */
export function styledFullOf(record: EntityRecord, word: string, records: ReadonlyMap<string, EntityRecord>, byEndWord: ReadonlyMap<string, readonly string[]>): EntityRecord | undefined {
  const mine = styles(record);
  const opened = (byEndWord.get(word) ?? [])
    .map((key) => records.get(key))
    .filter((r): r is EntityRecord => !!r && r.type === 'person' && keyWords(r.key)[0] === word && styles(r).size > 0);
  const isNumbered = (r: EntityRecord) => keyWords(r.key).length === 2 && REGNAL.test(keyWords(r.key)[1]!);
  // A numbered name only where styled alike: "Prince George" is not "King George VI".
  const numbered = opened.filter((r) => isNumbered(r) && [...styles(r)].some((s) => mine.has(s)));
  if (numbered.length) return numbered.length === 1 ? numbered[0] : undefined;
  const named = opened.filter((r) => !isNumbered(r));
  return named.length === 1 ? named[0] : undefined;
}
