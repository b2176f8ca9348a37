import { describe, expect, it } from 'vitest';
import { contentTerms, foldTerm, wordCount } from '../src/language/summary/terms.js';

/** The word pattern the summariser's hand-written scanner stands for. */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

const TEXTS = [
  'Plain words, and numbers like 42 or 3.5.',
  'The mayor’s office said rock’n’roll fans—and O’Brien’s—were “well-known”.',
  'Zoë Łukasiewicz met Ngũgĩ in Şanlıurfa; São Paulo’s 𝐁old 𝟗 and 🙂 emoji.',
  "Trailing hyphen- and apostrophe' end the 'quoted' ones' words",
  'Ａｒｅ full-width letters words? Ⅻ and ½ are numbers.',
];

describe('summary word scanning', () => {
  it('counts the same words as the word pattern, accents, astral letters and curly apostrophes included', () => {
    for (const text of TEXTS) expect(wordCount(text)).toBe(text.match(WORD)?.length ?? 0);
  });

  it('reads content terms from the same words the pattern finds', () => {
    expect(contentTerms(TEXTS[1]!)).toEqual(['mayor', 'office', 'rock’n’roll', 'fan', 'o’brien', 'well-known']);
    expect(contentTerms(TEXTS[2]!)).toEqual(['zoë', 'łukasiewicz', 'met', 'ngũgĩ', 'şanlıurfa', 'são', 'paulo', '𝐁old', 'emoji']);
  });

  it('lower-cases each word as it stands, where lower-casing the whole text would differ', () => {
    // "İ" lower-cases to two code units; "Σ" before "." and a letter is no final sigma in the whole text.
    expect(contentTerms('İstanbul ΟΔΟΣ.Α Kraków')).toEqual(['i̇stanbul', 'οδος', 'α', 'kraków']);
  });

  it('folds possessives and plural endings without a regex', () => {
    expect(['nation’s', "players'", 'talks', 'classes', 'cities', 'launched', 'meeting', 'status'].map(foldTerm)).toEqual([
      'nation', 'player', 'talk', 'class', 'city', 'launch', 'meet', 'status',
    ]);
  });
});
