import { describe, expect, it } from 'vitest';
import { byteColumn, countColumn } from '../src/search/number-column.js';
import { JoinedTerms, TextColumn, termsText } from '../src/search/term-list.js';

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

describe('Texts by number that grow', () => {
  it('read the joined texts first, then the ones added, and write them out as one text', () => {
    const column = new TextColumn(JoinedTerms.of([' putin meets kim', ' floods in kherson']));
    column.push(' grain deal signed');
    expect(column.length).toBe(3);
    expect([column.at(0), column.at(1), column.at(2), column.at(3)]).toEqual([' putin meets kim', ' floods in kherson', ' grain deal signed', undefined]);
    expect(termsText(column)).toBe(' putin meets kim\n floods in kherson\n grain deal signed');
  });

  it('read a line break inside a text as a space, so the joined text keeps one text a line', () => {
    const joined = JoinedTerms.of(['two\nlines', 'one']);
    expect([joined.at(0), joined.at(1)]).toEqual(['two lines', 'one']);
    expect(termsText(new TextColumn(undefined, ['a\r\nb']))).toBe('a  b');
  });
});

describe('Numbers by index that grow', () => {
  it('keep what was read and what was pushed past the first size, and change in place', () => {
    const counts = countColumn([3, 0, 7]);
    for (let i = 0; i < 40; i++) counts.push(100_000 + i);
    counts.set(1, 5);
    expect(counts.length).toBe(43);
    expect([counts.get(0), counts.get(1), counts.get(2), counts.get(3), counts.get(42)]).toEqual([3, 5, 7, 100_000, 100_039]);
    expect(Array.from(counts.view())).toHaveLength(43);
    const kinds = byteColumn();
    kinds.push(4);
    expect(Array.from(kinds.view())).toEqual([4]);
  });
});
