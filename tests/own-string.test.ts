import { describe, expect, it } from 'vitest';
import { ownString } from '../src/language/own-string.js';

describe('a word copied out of its article', () => {
  it('keeps every character: accents, quotes, backslashes, characters beyond the BMP, a lone surrogate', () => {
    const article = 'Zelenskyy’s “counter-offensive” \\ Kraków 🇺🇦 \ud800 internationalisation';
    for (const [start, end] of [[0, 10], [0, article.length], [12, 40], [article.indexOf('🇺'), article.length]]) {
      const word = article.slice(start, end);
      expect(ownString(word)).toBe(word);
    }
  });
});
