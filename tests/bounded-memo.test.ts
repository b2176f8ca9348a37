import { describe, expect, it } from 'vitest';
import { boundedMemo } from '../src/language/bounded-memo.js';

describe('bounded memo', () => {
  it('works a word out once and answers again from what it kept', () => {
    const asked: string[] = [];
    const upper = boundedMemo((w) => {
      asked.push(w);
      return w.toUpperCase();
    });
    expect([upper('putin'), upper('putin'), upper('kyiv')]).toEqual(['PUTIN', 'PUTIN', 'KYIV']);
    expect(asked).toEqual(['putin', 'kyiv']);
  });

  it('empties itself when full, so a long-running bot keeps a bounded number of answers', () => {
    const asked: string[] = [];
    const length = boundedMemo((w) => {
      asked.push(w);
      return w.length;
    }, 2);
    length('a');
    length('bb');
    length('ccc'); // full: emptied before this one is kept
    length('a');
    expect(asked).toEqual(['a', 'bb', 'ccc', 'a']);
  });
});
