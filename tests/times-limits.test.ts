import { describe, expect, it } from 'vitest';
import { splitSentences } from '../src/language/sentences.js';
import { extractTimes } from '../src/language/times/extract-times.js';

/** The value of the expression whose text is `phrase`. */
function valueOf(text: string, articleDate: string, phrase: string): string | undefined {
  const found = extractTimes(text, splitSentences(text), articleDate);
  const hit = found.find((t) => t.text === phrase);
  if (!hit) throw new Error(`no "${phrase}" in ${found.map((t) => t.text).join(', ')}`);
  return hit.value;
}

describe('a period named as a limit ("before", "by", "until", "ahead of")', () => {
  // 2024-05-14: spring is running, summer, autumn and winter are still to come this year.
  const may = '2024-05-14';

  it('is this year\'s season when that season has not passed yet', () => {
    expect(valueOf('Opposition leader Sabine Roth called for a flood fund to be set up before the summer.', may, 'the summer')).toBe('2024-SU');
    expect(valueOf('Engineers said the dam had to be repaired ahead of the winter.', may, 'the winter')).toBe('2024-WI');
    expect(valueOf('The ministry wants the law passed by the autumn.', may, 'the autumn')).toBe('2024-FA');
    expect(valueOf('Farmers were promised the money before summer.', may, 'summer')).toBe('2024-SU');
  });

  it('is the running season when it has begun', () => {
    expect(valueOf('The ministry wanted the repairs finished by the spring.', may, 'the spring')).toBe('2024-SP');
  });

  it('looks back as usual when this year\'s has already passed', () => {
    expect(valueOf('The factory closed before the summer.', '2024-10-14', 'the summer')).toBe('2024-SU');
    expect(valueOf('Prices had already doubled by the spring.', '2024-10-14', 'the spring')).toBe('2024-SP');
  });

  it('is this year\'s month or quarter when it is still to come', () => {
    expect(valueOf('Ministers hope to agree a budget by July.', may, 'July')).toBe('2024-07');
    expect(valueOf('The carmaker expects to return to profit by the fourth quarter.', may, 'the fourth quarter')).toBe('2024-Q4');
  });

  it('leaves a season with no limit word to the tense of its sentence', () => {
    expect(valueOf('Fighting intensified in the summer.', may, 'the summer')).toBe('2023-SU');
  });
});
