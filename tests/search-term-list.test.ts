import { describe, expect, it } from 'vitest';
import { JoinedTerms, termsText } from '../src/search/term-list.js';

const TERMS = ['\u0001at:kyiv', '\u0001e:person:volodymyr-zelensky', 'grain', 'kyiv', 'zaporizhzhia'];

describe('Terms held as one text', () => {
  it('give each term back by its place, and nothing past the ends', () => {
    const joined = JoinedTerms.of(TERMS);
    expect(joined.length).toBe(5);
    expect(Array.from({ length: joined.length }, (_, i) => joined.at(i))).toEqual(TERMS);
    expect([joined.at(-1), joined.at(5)]).toEqual([undefined, undefined]);
  });

  it('read back from the text the snapshot writes, which must hold as many terms as it says', () => {
    const read = JoinedTerms.read(termsText(TERMS), TERMS.length);
    expect(Array.from({ length: read.length }, (_, i) => read.at(i))).toEqual(TERMS);
    expect(termsText(read)).toBe(TERMS.join('\n'));
    expect(() => JoinedTerms.read(termsText(TERMS), 4)).toThrow(/expected 4 strings, found 5/);
    expect(() => JoinedTerms.read(termsText(TERMS), 6)).toThrow(/expected 6 strings, found 5/);
    expect(JoinedTerms.read('', 0).length).toBe(0);
  });

  it('keep an empty term and a term of one letter apart', () => {
    const read = JoinedTerms.read(['', 'a', ''].join('\n'), 3);
    expect([read.at(0), read.at(1), read.at(2)]).toEqual(['', 'a', '']);
  });
});
