import type compromise from 'compromise/two';
import { createRequire } from 'node:module';
import { CALENDAR_WORDS, EXTRA_DEMONYMS, FUNCTION_WORDS } from './common-words.js';
import { COUNTRIES, type CountryEntry } from './countries.js';
import { GIVEN_NAMES } from './given-names.js';
import { KNOWN_ORGANISATIONS } from './organisations.js';
import { CITIES, FEATURE_FORMS, FEATURES, US_STATES, WORLD_REGIONS, splitList } from './places.js';

/** What a known word or phrase is. `canonical` is the name that gives the entity key across articles. */
export interface Known {
  kind: 'country' | 'place' | 'organisation' | 'demonym' | 'person';
  canonical: string;
  country?: CountryEntry;
  /** Came from compromise's lexicon rather than our own lists: weaker evidence. */
  weak?: boolean;
}

export interface Lexicon {
  /** Lower-case phrase (tokens joined by one space, apostrophes straight) → what it is. */
  phrases: Map<string, Known>;
  longestPhrase: number;
  /** Every proper prefix of a known phrase ("united", "united arab"): a lookup goes on only while one matches. */
  prefixes: Set<string>;
  /** Lower-case capital → the country it may stand for ("moscow" → Russia). */
  capitals: Map<string, CountryEntry>;
  givenNames: Set<string>;
  /** Given names compromise lists as men's and never as women's ("keir", "joe"; not "kim", "jordan"). */
  menOnly: Set<string>;
  surnames: Set<string>;
  /** Ordinary English words: a capitalised one opening a sentence is no name. */
  commonWords: Set<string>;
}

/** Gazetteer phrases use the tokenizer's view: possessive split off, curly apostrophes straightened. */
export const phraseKey = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/([\p{L}.])'s\b/gu, "$1 's")
    .replace(/\s+/g, ' ')
    .trim();

type LexiconTags = Record<string, string | string[]>;

/**
 * Loaded on the first analysis, not at import: requiring compromise costs about a second, and a start
 * whose articles are all analysed already (read from the store) never needs it.
 */
function compromiseLexicon(): LexiconTags {
  const nlp = createRequire(import.meta.url)('compromise/two') as typeof compromise;
  const model = nlp.model() as { one?: { lexicon?: LexiconTags } };
  return model.one?.lexicon ?? {};
}

const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', 'City', 'Country', 'Region', 'Place', 'Organization', 'SportsTeam', 'Demonym', 'ProperNoun', 'Honorific', 'Abbreviation']);

function build(): Lexicon {
  const phrases = new Map<string, Known>();
  const capitals = new Map<string, CountryEntry>();
  const add = (text: string, known: Known, override = false): void => {
    const key = phraseKey(text);
    if (key && (override || !phrases.has(key))) phrases.set(key, known);
  };
  for (const c of COUNTRIES) {
    add(c.name, { kind: 'country', canonical: c.name, country: c });
    for (const alias of c.aliases) add(alias.replace(/^the /i, ''), { kind: 'country', canonical: c.name, country: c });
    const cap = phraseKey(c.capital);
    if (cap !== phraseKey(c.name) && !capitals.has(cap)) capitals.set(cap, c);
  }
  for (const c of COUNTRIES) {
    for (const d of c.demonyms) if (!phrases.has(phraseKey(d))) add(d, { kind: 'demonym', canonical: c.name, country: c });
    add(c.capital, { kind: 'place', canonical: c.capital });
  }
  for (const d of EXTRA_DEMONYMS) add(d, { kind: 'demonym', canonical: d });
  for (const line of KNOWN_ORGANISATIONS.trim().split('\n')) {
    const [name = '', forms] = line.split('|');
    add(name, { kind: 'organisation', canonical: name });
    for (const form of splitList(forms ?? '')) add(form, { kind: 'organisation', canonical: name });
  }
  for (const list of [WORLD_REGIONS, US_STATES, CITIES, FEATURES]) {
    for (const p of splitList(list)) add(p.replace(/^the /i, ''), { kind: 'place', canonical: p.replace(/^the /i, '') });
  }
  for (const pair of splitList(FEATURE_FORMS)) {
    const [form = '', name = ''] = pair.split('=');
    add(form, { kind: 'place', canonical: name }, true);
  }
  const givenNames = new Set(GIVEN_NAMES);
  const surnames = new Set<string>();
  const menOnly = new Set<string>();
  const commonWords = new Set([...FUNCTION_WORDS, ...CALENDAR_WORDS]);
  for (const [word, tagValue] of Object.entries(compromiseLexicon())) {
    const tags = Array.isArray(tagValue) ? tagValue : [tagValue];
    const has = (t: string) => tags.includes(t);
    const title = word.replace(/\b\p{L}/gu, (ch) => ch.toUpperCase());
    if (has('FirstName') || has('MaleName') || has('FemaleName')) {
      givenNames.add(word);
      if (has('MaleName') && !has('FemaleName')) menOnly.add(word);
    } else if (has('LastName')) surnames.add(word);
    else if (has('Person') && word.includes(' ')) add(word, { kind: 'person', canonical: title, weak: true });
    else if (has('Person')) surnames.add(word);
    else if (has('Country')) add(word, { kind: 'country', canonical: title, weak: true });
    else if (has('City') || has('Region') || (has('Place') && word.length > 3 && !has('Abbreviation'))) add(word, { kind: 'place', canonical: title, weak: true });
    else if (has('Organization') || has('SportsTeam')) {
      if (word.length > 2) add(word, { kind: 'organisation', canonical: title, weak: true });
    } else if (has('Demonym')) add(word, { kind: 'demonym', canonical: word, weak: true });
    if (!word.includes(' ') && !tags.some((t) => NAME_TAGS.has(t))) commonWords.add(word);
  }
  let longestPhrase = 1;
  const prefixes = new Set<string>();
  for (const key of phrases.keys()) {
    const words = key.split(' ');
    longestPhrase = Math.max(longestPhrase, words.length);
    for (let n = 1; n < words.length; n++) prefixes.add(words.slice(0, n).join(' '));
  }
  return { phrases, longestPhrase, prefixes, capitals, givenNames, menOnly, surnames, commonWords };
}

let built: Lexicon | undefined;

/** Built once per process (a few milliseconds), then shared: the lists never change at run time. */
export function lexicon(): Lexicon {
  built ??= build();
  return built;
}
