import { boundedMemo } from '../bounded-memo.js';
import { COMPASS_WORDS, NON_ENTITY_ACRONYMS, PLACE_FIRST_WORDS, PLACE_LAST_WORDS, STREET_FIRST_WORDS } from '../gazetteer/common-words.js';
import { CREDIT_NAMES, creditAt, lawPart, NOT_ENTITIES, numberedEvent, PARTY_MEMBERS, STYLES_OF_ADDRESS } from '../gazetteer/credits.js';
import { lexicon } from '../gazetteer/lexicon.js';
import { MISC_LAST_WORDS, ORG_FIRST_WORDS, ORG_LAST_WORDS } from '../gazetteer/organisations.js';
import { CONTEXT, GUESS, LEXICAL, candidate, keyOf, knownAt, typeOfKnown, type Candidate } from './candidate.js';
import { rolePrefixLength, titleAt } from './role-words.js';
import type { Token } from './tokens.js';
import { factsOf } from './word-facts.js';

const NAME_FIRST_PLACES = new Set(['mount', 'mt', 'mt.', 'lake', 'cape', 'isle', 'fort', 'port', 'saint', 'st', 'st.', 'san', 'santa', 'sao', 'los', 'las', 'el', 'new']);

/** The words after a title open a person's name: a given name, or a word that is no ordinary one. */
const looksLikeName = (ts: readonly Token[]): boolean => {
  const first = factsOf(ts[0]!);
  if (first.given || first.phrase || !first.common) return true;
  // A given name that is also a word ("Rex Tillerson", "Grant Shapps") before a surname that is none.
  const last = ts[ts.length - 1]!;
  return ts.length >= 2 && last.cap && !factsOf(last).common;
};

/** Mentions inside a role ("U.S." in "U.S. President Joe Biden"): countries and known organisations only. */
/**
 * Where a titled person's name ends inside its run: before "of" and a known country or place ("President
 * Arlo Venn of Freedonia"), before a known organisation the name runs into ("President Volodymyr Zelensky
 * Facebook page"), or before another titled name a caption runs into ("Prime Minister Boris Johnson Queen
 * Elizabeth II greets…"), once two words of name are read. The run's length when it holds none.
 */
/** Words that end an institution's name and no one's: "University", "Hospital". */
const INSTITUTION_WORDS = new Set('university college school academy institute hospital museum foundation library cathedral'.split(' '));

function nameEnd(rest: readonly Token[]): number {
  for (let i = 1; i < rest.length; i++) {
    const t = rest[i]!;
    if (t.lower === 'of') {
      const at = rest[i + 1]?.lower === 'the' ? i + 2 : i + 1;
      const place = knownAt(rest, at, (known) => known.kind === 'country' || known.kind === 'place');
      // A one-word name must be no ordinary word: "CEO Summit of the Americas" names no one.
      if (place && at + place[0] === rest.length && (i > 1 || !factsOf(rest[0]!).common)) return i;
      continue;
    }
    // A one-word name ends only at "of" and its country ("King Abdullah of Jordan"): "Doug Ford" is no "Doug" of a Ford.
    if (i < 2) continue;
    const org = knownAt(rest, i, (known) => known.kind === 'organisation');
    if (org && i + org[0] === rest.length && !rest.slice(0, i).some((w) => w.lower === 'of')) return i;
    // A title after a name that ends on a name word ("Johnson", not "Financial") starts another titled name.
    const title = titleAt(rest, i);
    if (title > 0 && t.cap && rest.length - i - title >= 2 && looksLikeName(rest.slice(i + title)) && !factsOf(rest[i - 1]!).common) return i;
  }
  return rest.length;
}

function prefixMentions(prefix: readonly Token[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < prefix.length; ) {
    const hit = knownAt(prefix, i);
    if (hit && (hit[1].kind === 'country' || (hit[1].kind === 'organisation' && !hit[1].weak))) {
      out.push(candidate(prefix.slice(i, i + hit[0]), hit[1].kind, LEXICAL, hit[1]));
    }
    i += hit ? hit[0] : 1;
  }
  return out;
}

/** Types one capitalised run (sentence-opening common words already left out); may yield several names. */
export function classifyRun(ts: Token[], inCaps = false): Candidate[] {
  if (ts.length === 0) return [];
  const lex = lexicon();
  if (ts[0]!.lower === 'the' && ts.length > 1) return classifyRun(ts.slice(1), inCaps);
  // A saved slideshow's buttons run into the last caption's name ("…Lula da Silva Prev Next").
  if (ts.length > 2 && ts.at(-2)!.text === 'Prev' && ts.at(-1)!.text === 'Next') return classifyRun(ts.slice(0, -2), inCaps);
  if (STYLES_OF_ADDRESS.has(ts[0]!.lower) && ts.length > 1) return classifyRun(ts.slice(1), inCaps);
  // A picture's credit line ("Courtesy Wayne Wallingford"): the name after the word is the one credited.
  if (ts[0]!.lower === 'courtesy' && ts.length > 2 && looksLikeName(ts.slice(1))) return classifyRun(ts.slice(1), inCaps);
  // "AG Merrick Garland": an attorney general, written short before the name ("Volkswagen AG" ends a firm's).
  if (ts[0]!.text === 'AG' && ts.length > 2 && looksLikeName(ts.slice(1))) {
    const person = candidate(ts.slice(1), 'person', LEXICAL);
    person.rolePrefix = ts.slice(0, 1);
    return [person];
  }
  if (['his', 'her', 'their', 'your'].includes(ts[0]!.lower) && STYLES_OF_ADDRESS.has(ts[1]?.lower ?? '')) return classifyRun(ts.slice(1), inCaps);
  const words = ts.map((t) => t.lower);
  const key = keyOf(ts);
  if (NOT_ENTITIES.has(key) || numberedEvent(words, MISC_LAST_WORDS) || lawPart(words)) return [];
  // A caption's credit run into the next sentence ("Getty Images Russian President …"): two names.
  const credit = CREDIT_FIRST_WORDS.has(words[0]!) ? creditAt(words) : 0;
  if (credit > 0 && credit < ts.length && !ORG_LAST_WORDS.has(words[credit]!)) {
    return [candidate(ts.slice(0, credit), 'organisation', LEXICAL), ...classifyRun(ts.slice(credit), inCaps)];
  }
  if (credit === ts.length && !lex.phrases.has(key)) return [candidate(ts, 'organisation', LEXICAL)];
  if (ts.length > 1 && PARTY_MEMBERS.has(words[words.length - 1]!)) return [candidate(ts, 'organisation', LEXICAL)];
  // "the New York GOP": a state's party. "an Ohio Republican": one member, described by the state, which is named.
  if (ts.length > 1 && words[words.length - 1] === 'gop') return [candidate(ts, 'organisation', LEXICAL)];
  if (ts.length > 1 && PARTY_MEMBER.has(words[words.length - 1]!)) {
    const home = knownAt(ts, 0);
    if (home?.[0] === ts.length - 1 && (home[1].kind === 'place' || home[1].kind === 'country')) return classifyRun(ts.slice(0, -1), inCaps);
  }
  // A longer known phrase opens with a known prefix: most runs are answered by their first word's facts.
  const opening = factsOf(ts[0]!);
  const known = ts.length === 1 ? opening.phrase : opening.prefix ? lex.phrases.get(key) : undefined;
  if (known) {
    const type = typeOfKnown(known);
    return type ? [candidate(ts, type, known.weak ? CONTEXT : LEXICAL, known)] : [];
  }
  const first = ts[0]!.lower;
  const last = ts[ts.length - 1]!.lower;
  const many = ts.length >= 2;
  if (!many && (NON_ENTITY_ACRONYMS.has(acronymKey(first)) || isGroupToken(ts[0]!))) return [];
  // "D-Calif.", "R-Ky.": a lawmaker's party and state, said of the name before it.
  if (!many && /^[DRI]-\p{Lu}/u.test(ts[0]!.text)) return [];
  if (!many && joinsKnownNames(ts[0]!.text)) return [];
  // "Sri Lankans", "Black Americans", "Native American": a people, described; no one to brief on.
  if (many && (isGroupWord(key) || (isGroupToken(ts[ts.length - 1]!) && ts.slice(0, -1).every((t) => factsOf(t).common && !factsOf(t).given)))) return [];
  // "the West", "the East" of world affairs: a compass word alone is a bloc of opinion, no place or body to brief on.
  if (!many && COMPASS_WORDS.has(first)) return [];
  // "East Asian", "South-East Asian": a compass word before a nationality is still a nationality.
  if (many && COMPASS_WORDS.has(first) && (lex.phrases.get(keyOf(ts.slice(1)))?.kind === 'demonym' || isGroupWord(keyOf(ts.slice(1))))) return [];
  const roleLength = rolePrefixLength(ts);
  // "Director of National Intelligence Avril Haines", "Chairman of the Joint Chiefs Gen. Mark Milley", "High
  // Commissioner for Refugees Filippo Grandi": what the office is of (or for) runs to the first given name or
  // title; alone ("Chancellor of the Exchequer") it names no one.
  if (roleLength > 0 && (ts[roleLength]?.lower === 'of' || ts[roleLength]?.lower === 'for')) {
    let k = roleLength + 1;
    while (k < ts.length && !factsOf(ts[k]!).given && titleAt(ts, k) === 0) k++;
    // No given name read: the last two words are a name when they end in no ordinary word ("… Avril Haines").
    const end = ts[ts.length - 1]!.lower;
    // Both words capitalised: "of Lancaster" (of "Chancellor of the Duchy of Lancaster") is no one's name.
    const tail = ts.length - 2 > roleLength + 1 && ts[ts.length - 2]!.cap && !factsOf(ts[ts.length - 1]!).common && !ORG_LAST_WORDS.has(end) && !PLACE_LAST_WORDS.has(end);
    if (k >= ts.length - 1 && tail) k = ts.length - 2;
    else if (k >= ts.length - 1) return prefixMentions(ts);
    if (titleAt(ts, k) > 0) return [...prefixMentions(ts.slice(0, k)), ...classifyRun(ts.slice(k), inCaps)];
    const person = candidate(ts.slice(k), 'person', LEXICAL);
    person.rolePrefix = ts.slice(0, k);
    return [...prefixMentions(person.rolePrefix), person];
  }
  // "General Staff", "General Assembly": a title word that opens a body's name is no title.
  // "Queen Mary University of London": an institution's word in the name (before any "of") makes the whole run
  // a body's name ("Rep. Michelle Steel" stays a person: a firm's word can be a surname).
  const body = (rest: readonly Token[]) => {
    const of = rest.findIndex((t) => t.lower === 'of');
    return (of > 0 ? rest.slice(0, of) : rest).some((t) => INSTITUTION_WORDS.has(t.lower));
  };
  if (roleLength > 0 && roleLength < ts.length && looksLikeName(ts.slice(roleLength)) && !ORG_LAST_WORDS.has(ts[roleLength]!.lower) && !body(ts.slice(roleLength))) {
    const rest = ts.slice(roleLength);
    const ends = nameEnd(rest);
    if (ends < rest.length) {
      const person = candidate(rest.slice(0, ends), 'person', LEXICAL);
      person.rolePrefix = ts.slice(0, roleLength);
      const after = rest[ends]!.lower === 'of' ? rest.slice(ends + (rest[ends + 1]?.lower === 'the' ? 2 : 1)) : rest.slice(ends);
      return [...prefixMentions(person.rolePrefix), person, ...classifyRun(after, inCaps)];
    }
    if (!ORG_LAST_WORDS.has(last) && !PLACE_LAST_WORDS.has(last) && !MISC_LAST_WORDS.has(last)) {
      const person = candidate(rest, 'person', LEXICAL);
      person.rolePrefix = ts.slice(0, roleLength);
      return [...prefixMentions(person.rolePrefix), person];
    }
  }
  // "Evan Vucci President Joe Biden" (a caption's credit run into the next sentence): a title after two
  // or more name words starts another name.
  if (roleLength === 0) {
    for (let k = 2; k < ts.length - 1; k++) {
      const title = titleAt(ts, k);
      if (title > 0 && ts[k]!.cap && k + title < ts.length && ts.length - k - title >= 2 && looksLikeName(ts.slice(k + title))) {
        return [...classifyRun(ts.slice(0, k), inCaps), ...classifyRun(ts.slice(k), inCaps)];
      }
    }
  }
  // "…of Ukraine's Armed Forces Oleksandr Shtupun": a body's name run into a given name and surname is two.
  for (let k = 1; k < ts.length - 1; k++) {
    if (ORG_LAST_WORDS.has(ts[k - 1]!.lower) && factsOf(ts[k]!).given && !factsOf(ts[k]!).common) {
      return [...classifyRun(ts.slice(0, k), inCaps), ...classifyRun(ts.slice(k), inCaps)];
    }
  }
  // A lone title word may be a surname ("said King"): the article decides, else it is dropped.
  if (roleLength === 1 && ts.length === 1 && ts[0]!.text.length > 3 && !ts[0]!.text.endsWith('.')) return [candidate(ts, undefined, GUESS)];
  if (roleLength === ts.length) return prefixMentions(ts);
  if (many && MISC_LAST_WORDS.has(last)) return [];
  if (many && ts.some((t) => t.text === '&' || t.lower === 'for')) return [candidate(ts, 'organisation', LEXICAL)];
  if (many && ORG_LAST_WORDS.has(last)) return [candidate(ts, 'organisation', LEXICAL)];
  if (many && PLACE_LAST_WORDS.has(last)) return [candidate(ts, 'place', LEXICAL)];
  // Streets named the way other languages name them, the street word first ("Avenida Paulista", "Calle Ocho").
  if (many && ts.some((t) => STREET_FIRST_WORDS.has(t.lower))) return [candidate(ts, 'place', LEXICAL)];
  const of = ts.findIndex((t, i) => i > 0 && t.lower === 'of');
  if (of > 0) {
    const head = ts[of - 1]!.lower;
    // "National Institutes of Health" as "Institute of …": the plural heads a body's name as well.
    if (ORG_FIRST_WORDS.has(head) || (head.endsWith('s') && ORG_FIRST_WORDS.has(head.slice(0, -1)))) return [candidate(ts, 'organisation', LEXICAL)];
    if (PLACE_FIRST_WORDS.has(head)) return [candidate(ts, 'place', LEXICAL)];
    const after = ts[of + 1]?.lower === 'the' ? of + 2 : of + 1;
    return [...classifyRun(ts.slice(0, of), inCaps), ...classifyRun(ts.slice(after), inCaps)];
  }
  if (many && NAME_FIRST_PLACES.has(first) && !factsOf(ts[1]!).given) return [candidate(ts, 'place', CONTEXT)];
  const lead = knownAt(ts, 0);
  if (lead && lead[1].kind === 'demonym') return classifyRun(ts.slice(lead[0]), inCaps);
  const firstFacts = factsOf(ts[0]!);
  const lastFacts = factsOf(ts[ts.length - 1]!);
  if (many && (firstFacts.given || /^\p{Lu}\.$/u.test(ts[0]!.text)) && !(lead && lead[0] > 1)) return [candidate(ts, 'person', LEXICAL)];
  if (many && lastFacts.surname && !lastFacts.phrase) return [candidate(ts, 'person', CONTEXT)];
  // A name ending in an ordinary word ("Asset Management", "Hard Rock Cafes") is no person's.
  const ordinaryEnd = lastFacts.common && !lastFacts.given && (!last.endsWith('s') || lex.commonWords.has(last.slice(0, -1)));
  if (many && ordinaryEnd && !ts.every((t) => factsOf(t).common || t.lower.includes("'"))) {
    return [candidate(ts, 'organisation', GUESS)];
  }
  if (lead && lead[0] < ts.length) {
    // Two or more known names side by side ("Japan South Korea" in a table) stay apart.
    const parts: Candidate[] = [];
    for (let i = 0; i < ts.length; ) {
      const hit = knownAt(ts, i);
      const type = hit ? typeOfKnown(hit[1]) : undefined;
      if (!hit || !type) break;
      parts.push(candidate(ts.slice(i, i + hit[0]), type, LEXICAL, hit[1]));
      i += hit[0];
      if (i === ts.length) return parts;
    }
    if (lead[1].kind === 'country' || lead[1].kind === 'place') return [candidate(ts, 'organisation', GUESS)];
    if (lead[1].kind === 'organisation') return [candidate(ts, 'organisation', CONTEXT)];
  }
  if (many) {
    // A known place after other words: "East Jerusalem" is a place, "Dynamo Moscow" or "Air France" a team or firm.
    const inner = ts.findIndex((_, i) => i > 0 && ['country', 'place', 'organisation'].includes(knownAt(ts, i)?.[1].kind ?? ''));
    if (inner > 0) return [candidate(ts, inner === 1 && COMPASS_WORDS.has(first) ? 'place' : 'organisation', GUESS)];
  }
  const single = ts[0]!;
  const bare = single.text.replace(/\./g, '');
  if (!many && single.upper && !inCaps && bare.length >= 2 && bare.length <= 6) return [candidate(ts, 'organisation', CONTEXT)];
  if (!many && firstFacts.given) return [candidate(ts, 'person', GUESS)];
  if (!many && firstFacts.surname) return [candidate(ts, 'person', GUESS)];
  return [candidate(ts, undefined, GUESS)];
}

/**
 * "US-Mexico border", "Israel-Hamas war", "US-China talks": two known names joined to describe something
 * else, no body of that name ("Coca-Cola" joins no two known names).
 */
function joinsKnownNames(word: string): boolean {
  const parts = word.split('-');
  if (parts.length !== 2) return false;
  return parts.every((part) => {
    const kind = lexicon().phrases.get(part.toLowerCase())?.kind;
    return kind === 'country' || kind === 'place' || kind === 'organisation';
  });
}

/** One member of a party, said of a person ("a Texas Democrat"). */
const PARTY_MEMBER = new Set(['democrat', 'republican']);

/** Words a credit opens with: a run opening with none holds no credit, and is read without `creditAt`. */
const CREDIT_FIRST_WORDS = new Set([...CREDIT_NAMES].map((name) => name.split(' ')[0]!));

/** "U.S." → "us", "NGOs" → "ngo": a word as the list of acronyms that are no entity holds it. */
function acronymKey(word: string): string {
  const bare = word.includes('.') ? word.replace(/\./g, '') : word;
  return bare.endsWith('s') ? bare.replace(/(?<=\p{L}{2})s$/u, '') : bare;
}


/** `isGroupWord` of a token's word, kept with its other facts. */
function isGroupToken(t: Token): boolean {
  const facts = factsOf(t);
  return (facts.group ??= readGroupWord(t.lower));
}

/**
 * Plural or unlisted nationality and group words ("Chechens", "Afrikaners", "Zaireans"): MISC, no entity.
 * Kept once read: the same words come back in every article (up to six lookups in large tables each).
 */
const isGroupWord = boundedMemo((lower) => readGroupWord(lower));

function readGroupWord(lower: string): boolean {
  const phrases = lexicon().phrases;
  const singular = lower.endsWith('es') ? lower.slice(0, -2) : lower.endsWith('s') ? lower.slice(0, -1) : lower;
  if (phrases.get(lower)?.kind === 'demonym' || phrases.get(singular)?.kind === 'demonym' || phrases.get(lower.slice(0, -1))?.kind === 'demonym') return true;
  const lex = lexicon();
  if (lex.givenNames.has(lower) || lex.surnames.has(lower) || phrases.has(lower)) return false;
  return (lower.length > 5 && GROUP_ENDING.test(lower)) || namedForHome(lower);
}

/**
 * "Westerners", "New Yorkers", "Londoners", "New Jerseyans", "Texans": people named for where they live, no
 * place ("Where: Oslo, Westerners" was shown, and "vetoed a bill · at New Jerseyans"). Only the plural, as
 * "The New Yorker" is a magazine.
 */
function namedForHome(lower: string): boolean {
  const homes = lower.endsWith('ers') ? [lower.slice(0, -3)] : lower.endsWith('ans') ? [lower.slice(0, -3), lower.slice(0, -2), `${lower.slice(0, -2)}s`] : [];
  return homes.some((home) => {
    const kind = lexicon().phrases.get(home)?.kind;
    return kind === 'place' || kind === 'country' || COMPASS_WORDS.has(home);
  });
}
const GROUP_ENDING = /(?:ians?|eans?|ese)$/;
