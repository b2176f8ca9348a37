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

/**
 * The more written person a rarer full name is a misspelling of: same surname and middle words, a
 * given name one slip away with the same initial ("Volodymr", "Volodomyr" → "Volodymyr"). Short given
 * names are never matched so ("Joe" and "Jon" are two people), nor different ones ("Beau", "Joe").
 */
export function misspeltOf(record: EntityRecord, words: string[], records: ReadonlyMap<string, EntityRecord>, byEndWord: ReadonlyMap<string, readonly string[]>): EntityRecord | undefined {
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
export function longerOf(record: EntityRecord, words: string[], records: ReadonlyMap<string, EntityRecord>, byEndWord: ReadonlyMap<string, readonly string[]>): EntityRecord | undefined {
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
