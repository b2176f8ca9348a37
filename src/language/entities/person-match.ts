import { lexicon } from '../gazetteer/lexicon.js';
import type { Entity } from '../analysis.js';
import { personSlug, withoutArticle } from './keys.js';

/** A person an article names in full, against whom its shorter mentions are matched. */
export interface Person {
  entity: Entity;
  parts: string[];
  /** `parts` as person slugs, made once: every shorter mention after is compared with them. */
  slugs: string[];
  /** The name ends in a generation ("Jr.", "II"): only forms that keep it are this person. */
  suffixed: boolean;
  id: string;
  /** Named with a head-of-state or government title ("President Donald Trump"), now or before. */
  leader: boolean;
  /** Head words of the titles written before the name ("prince" of "Crown Prince"). */
  titles: Set<string>;
  /** The nickname written in quotes inside the name, as a slug ("lula"). */
  nickname?: string;
  /** The name's id with the nickname read as one of its words ("luiz-inacio-lula-da-silva"). */
  nicknamedId?: string;
  /** First named as someone's relative ("the son of Robert F. Kennedy", "brother to President John F. Kennedy"). */
  kin?: boolean;
}

/** Words that name a person as someone's relative, right before the name (a title or two may stand between). */
export const KIN_BEFORE = /\b(?:son|daughter|brother|sister|father|mother|nephew|niece|uncle|aunt|grandson|granddaughter|grandfather|grandmother|cousin|widow|wife|husband)\s+(?:of|to)\s+(?:the\s+late\s+)?(?:\p{Lu}[\p{L}.]*\s+){0,2}$/u;

/**
 * "Putin" → Vladimir Putin (surname), "Kim" → Kim Jong Un (family name first). Where several fit, news
 * style decides: the one with a leader's title ("Trump" after "Melania Trump" is still President Donald
 * Trump), else the one the article named first, passing over relatives it calls by their given name
 * alone ("Ivy Marr … Ivy said … Marr said" means another Marr).
 */
export function findPerson(people: readonly Person[], parts: string[], calledByGivenName: () => ReadonlySet<string>): Person | undefined {
  const n = parts.length;
  const wanted = parts.map(personSlug);
  // "Donald Trump" and a bare "Trump" are not "Donald Trump Jr.": a name with a generation suffix is only
  // met by forms that keep it ("Trump Jr.").
  const wantedSuffixed = suffixed(wanted);
  const open = wantedSuffixed ? people : people.filter((p) => !p.suffixed);
  let fits = open.filter((p) => p.parts.length > n && fitsAt(p, wanted, p.parts.length - n));
  if (!fits.length) fits = open.filter((p) => p.parts.length > n && fitsAt(p, wanted, 0));
  // Where the article names only the son ("Ferdinand Marcos Jr." … "Marcos"), the bare surname is his.
  if (!fits.length && !wantedSuffixed) fits = people.filter((p) => p.suffixed && p.parts.length - 1 > n && fitsAt(p, wanted, p.parts.length - 1 - n));
  // A quoted nickname alone ("Lula" after "Luiz Inácio “Lula” da Silva") is the person it was given to.
  if (!fits.length && n === 1) fits = people.filter((p) => p.nickname === wanted[0]);
  // A long name's middle word alone is the name it goes by ("Lula" of "Luiz Inácio Lula da Silva"), where one person has it.
  if (!fits.length && n === 1) {
    // Only a name that ends in a known surname: a run that took in other words ("John F. Kennedy Library",
    // "Mark Meadows Replay More Videos") is no one's name.
    const surnames = lexicon().surnames;
    const middle = open.filter((p) => p.slugs.length >= 4 && p.slugs.slice(1, -1).includes(wanted[0]!) && surnames.has(p.parts.at(-1)!));
    if (middle.length === 1) return middle[0];
  }
  // "Robert F. Kennedy Jr. … Kennedy, 70, is the son of Robert F. Kennedy, brother to President John F. Kennedy
  // … Kennedy also ran": where every other bearer of the name is named as his relative, the surname alone is the
  // namesake the article is about. (Beside "Hunter Biden, son of President Joe Biden", "Biden" stays the President.)
  if (!wantedSuffixed && fits.length > 0 && fits.every((p) => p.kin)) {
    const subject = people.filter((p) => p.suffixed && !p.kin && p.parts.length - 1 > n && fitsAt(p, wanted, p.parts.length - 1 - n));
    if (subject.length === 1) return subject[0];
  }
  if (fits.length < 2) return fits[0];
  const first = (p: Person): number => Math.min(...p.entity.mentions.map((m) => m.start));
  // "Frederik X … King Frederik IX … Frederik": of monarchs of one name the article names first the one it is
  // about; the title of the other (a father, a forebear) says nothing of whom the name alone means.
  if (fits.every((p) => ROMAN.test(p.slugs.at(-1) ?? ''))) return fits.reduce((best, p) => (first(p) < first(best) ? p : best));
  const leaders = fits.filter((p) => p.leader);
  if (leaders.length === 1) return leaders[0];
  let pool = leaders.length ? leaders : fits;
  const givenAlone = calledByGivenName();
  const surnamed = pool.filter((p) => !givenAlone.has(p.slugs[0]!));
  if (surnamed.length) pool = surnamed;
  return pool.reduce((best, p) => (first(p) < first(best) ? p : best));
}

/** The person's slugs from `from` are the wanted ones ("al-assad" meets "assad"). */
function fitsAt(p: Person, wanted: readonly string[], from: number): boolean {
  for (let i = 0; i < wanted.length; i++) {
    const slug = p.slugs[from + i];
    if (slug !== wanted[i] && withoutArticle(slug ?? '') !== wanted[i]) return false;
  }
  return true;
}

export const hasNickname = (people: readonly Person[], word: string): boolean => people.some((p) => p.nickname === word);

/** A regnal number ("IX", "XVI"). */
const ROMAN = /^[ivxlc]+$/;

/** Words after a name that tell a parent from a child of the same name. */
const GENERATIONS = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
export const suffixed = (slugs: readonly string[]): boolean => GENERATIONS.has(slugs.at(-1) ?? '');
