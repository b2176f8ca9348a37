import { boundedMemo } from '../bounded-memo.js';
import { dictionaryWords } from '../gazetteer/dictionary-words.js';
import { lexicon, type Known } from '../gazetteer/lexicon.js';
import { ALL_TITLES } from '../gazetteer/titles.js';
import type { Token } from './tokens.js';

/** What the lexicon says of one word alone: each answer a lookup in a large table. */
export interface WordFacts {
  /** The word as a known name by itself ("Moscow", "Reuters"). */
  phrase: Known | undefined;
  /** Opens a longer known name ("United" of "United Nations"). */
  prefix: boolean;
  given: boolean;
  surname: boolean;
  common: boolean;
  /** In an English dictionary in lower case (`dictionary-words.ts`): wider than `common`. */
  dictionary: boolean;
  /** Words in the longest title this word opens ("secretary" → 3, "secretary of state"); 0 for none. */
  longestTitle: number;
  /** A nationality or group word ("Chechens"): read by classify-run on its first question. */
  group: boolean | undefined;
}

/** Titles by their words' keys, and the most words of any title each word opens. */
export const TITLES = new Set(ALL_TITLES);
export const LONGEST_TITLE_FROM = new Map<string, number>();
for (const t of ALL_TITLES) {
  const words = t.split(' ');
  LONGEST_TITLE_FROM.set(words[0]!, Math.max(LONGEST_TITLE_FROM.get(words[0]!) ?? 0, words.length));
}

/**
 * Facts already read, by word: a capitalised word is asked about many times (and news repeats its names
 * across articles), so its lookups are made together once. Emptied when full, so a long-running bot stays
 * bounded. The lexicon never changes at run time, so answers never go stale.
 */
export const readFacts: (lower: string) => WordFacts = boundedMemo((lower) => {
  const lex = lexicon();
  return {
    phrase: lex.phrases.get(lower),
    prefix: lex.prefixes.has(lower),
    given: lex.givenNames.has(lower),
    surname: lex.surnames.has(lower),
    common: lex.commonWords.has(lower),
    dictionary: dictionaryWords().has(lower),
    longestTitle: LONGEST_TITLE_FROM.get(lower) ?? 0,
    group: undefined,
  };
});

/**
 * A run of capitalised words that are each an ordinary word in the dictionary and no name the lexicon knows
 * ("Your Dream Job", "Data Science", "Connectivity Lab", "AI in Finance"): a heading, a course or a product,
 * never by itself a person or a place. Connecting words ("of", "and") may stand between.
 */
export function dictionaryRun(tokens: readonly Token[], connectors: ReadonlySet<string>): boolean {
  return tokens.some((t) => !connectors.has(t.lower)) && tokens.every((t) => {
    if (connectors.has(t.lower)) return true;
    const facts = factsOf(t);
    return facts.dictionary && !facts.given && !facts.surname && !facts.phrase && facts.longestTitle === 0;
  });
}

/** A plain capitalised word's key and facts, as `capitalised` keeps them. */
export interface CapitalisedWord {
  lower: string;
  facts: WordFacts;
}

/**
 * Plain capitalised words as written ("Trump", "The") → their key and facts: nearly every one is asked
 * about, and this one lookup replaces a new lower-case string per token and the lookup of its facts.
 * The key string is shared, so every later lookup with it reuses its hash. Emptied when full.
 */
export const capitalisedWord: (word: string) => CapitalisedWord = boundedMemo((word) => {
  const lower = word.toLowerCase();
  return { lower, facts: readFacts(lower) };
});

/** The lexicon's facts about a token's word, kept on the token after the first question. */
export function factsOf(t: Token): WordFacts {
  return (t.facts ??= readFacts(t.lower));
}

/**
 * Prefixes after which a capital inside a surname or given name is usual: "McConnell", "MacArthur",
 * "DeSantis", "LeBron", "DiCaprio", "LaGuardia", "DuBois", "VanDyke", "FitzGerald", "DeAndre", "JaMarcus",
 * "AbouZeid", "AbdelRahman", "ElBaradei", "BenAmi".
 */
const NAME_PREFIXES = /^(?:mc|mac|de|di|da|du|le|la|van|von|fitz|ja|ka|ke|ta|st|abu|abou|abd|abdel|abdul|al|el|ben|bin|ibn)$/;

/**
 * A brand's shape: a capital inside the word after lower-case letters that are no name prefix and no given
 * name ("SpaceX", "TikTok", "YouTube", "OpenAI", "BlackRock"; not "AnneClaire"). People's names are not
 * written so; firms and products are.
 */
export function brandShaped(word: string): boolean {
  const inner = /^\p{Lu}?\p{Ll}+(?=\p{Lu})/u.exec(word);
  if (inner === null) return false;
  const prefix = inner[0].toLowerCase();
  return !NAME_PREFIXES.test(prefix) && !readFacts(prefix).given;
}

/**
 * A run of words with a brand-shaped one and no given name: "SpaceX Starlink", not "Alaa AbouZeid". A
 * handle ("@WindsorPolice", "#GotaGoHome", "VinaySr18286715") names an account, not a firm.
 */
export const brandRun = (tokens: readonly Token[]): boolean =>
  tokens.some((t) => brandShaped(t.text)) && !tokens.some((t) => factsOf(t).given || /\d/.test(t.text));
