import { describe, expect, it } from 'vitest';
import { triggerSpans } from '../src/language/times/chrono-triggers.js';

const starts = (spans: number[]) => spans.filter((_, i) => i % 2 === 0);

describe('trigger words of chrono parsers, found in one pass', () => {
  it('find words inside others, case-blind, and digit runs whole', () => {
    const text = 'Since 12MARCH the Mayor met at MIDNIGHT, 2 years ago: +5.';
    const spans = triggerSpans(text, 16)!;
    const at = (word: string) => text.indexOf(word);
    expect(starts(spans.month)).toEqual([at('MARCH'), at('Mayor')]);
    expect(starts(spans.casualTime)).toEqual([at('MIDNIGHT'), at('NIGHT')]);
    expect(starts(spans.ago)).toEqual([at('ago')]);
    expect(spans.digits).toEqual([at('12'), at('12') + 2, at('2 '), at('2 ') + 1, at('5'), at('5') + 1]);
    expect(starts(spans.relative)).toEqual([at('+')]);
  });

  it('give up on a text with a whitespace or digit run longer than allowed', () => {
    expect(triggerSpans(`five${' '.repeat(17)}years ago`, 16)).toBeNull();
    expect(triggerSpans(`code ${'1'.repeat(17)}`, 16)).toBeNull();
    expect(triggerSpans(`five${'\u00a0'.repeat(16)}years ago`, 16)).not.toBeNull();
  });
});
