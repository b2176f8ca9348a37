import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordPieceBounds } from '../src/language/entities/word-pieces.js';

/** The pattern the entities' hand-written piece scanner stands for. */
const PIECE = /['’]s(?![\p{L}\p{N}])|(?:\p{L}\.){2,}|[\p{L}\p{M}\p{N}]+(?:[-'’.&][\p{L}\p{M}\p{N}]+)*\.?|\S/gu;
const byPattern = (text: string): number[] => [...text.matchAll(PIECE)].flatMap((m) => [m.index, m.index + m[0].length]);

const TEXTS = [
  'The U.S.-backed plan, U.S.A. and A.B.C. talks; Mr. Smith’s and O’Neill’s aides met AT&T at 3.5. p.m.',
  "it's 'S 's1 ’s’s x.&y ab-'cd l'été q's\u0301 a.b end.",
  'Zoë met Ngũgĩ in Şanlıurfa: 𝐁old 𝐀.𝐁. 𝟗s, 🙂 emoji\u00a0here\u2028there \ud800 lone',
  'e\u0301\u0301 \u0301lead ٣٤ numbers — “quoted” words… (brackets)',
];

describe('entity word pieces', () => {
  it('cuts text where the piece pattern does', () => {
    for (const text of TEXTS) expect(wordPieceBounds(text)).toEqual(byPattern(text));
  });

  it('agrees with the pattern on any mix of letters, marks, joiners, spaces and astral characters', () => {
    const alphabet = ['a', 'B', 'é', '\u0301', '1', '.', '-', "'", '’', '&', ' ', 's', 'S', '😀', '𝐀', '\u00a0', '\ud800', '٣', ','];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 14 }), (chars) => {
        const text = chars.join('');
        expect(wordPieceBounds(text)).toEqual(byPattern(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('cuts a stretch of a text as it cuts that stretch alone, whatever stands either side', () => {
    const alphabet = ['a', 'B', '.', '-', "'", '’', 's', ' ', '😀', '\ud800', '1'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 14 }), fc.nat(), fc.nat(), (chars, a, b) => {
        const text = chars.join('');
        const from = Math.min(a, b) % (text.length + 1);
        const to = from + (Math.max(a, b) % (text.length - from + 1));
        expect(wordPieceBounds(text, from, to)).toEqual(wordPieceBounds(text.slice(from, to)).map((x) => x + from));
      }),
      { numRuns: 3000 },
    );
  });
});
