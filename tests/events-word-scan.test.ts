import { describe, expect, it } from 'vitest';
import { wordsOf } from '../src/language/events/words.js';

/** The word pattern the events' hand-written scanner stands for. */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.%-]*[\p{L}\p{N}%]|[\p{L}\p{N}]|[,;:()“”"—–]/gu;

const TEXTS = [
  'The U.S. and al-Assad’s forces met on Jan. 4, 2010 (in Geneva) — “briefly”.',
  'Rates rose 3.5% to 4.25%; O’Neill said "no" -- twice... x.',
  'Zoë met Ngũgĩ in Şanlıurfa: 𝐁old 𝟗s, 🙂 emoji; end-. trail\' and ’quoted’ words’s',
  'A 10-Q filing, the 2nd-quarter figures, and U.S.-led talks–briefly.',
];

describe('event word scanning', () => {
  it('finds the words and marks the word pattern finds, at the same offsets', () => {
    for (const text of TEXTS) {
      const expected = [...text.matchAll(WORD)].map((m) => ({ start: 100 + m.index, end: 100 + m.index + m[0].length }));
      expect(wordsOf(text, 100).map((w) => ({ start: w.start, end: w.end }))).toEqual(expected);
    }
  });

  it('drops a possessive ending from the word but not from its span', () => {
    const [word] = wordsOf('Ukraine’s army', 0);
    expect(word).toEqual({ text: 'Ukraine', lower: 'ukraine', start: 0, end: 9 });
  });
});
