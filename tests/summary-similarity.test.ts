import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lexRank } from '../src/language/summary/centrality.js';
import { similarityMatrix } from '../src/language/summary/similarity.js';
import { contentTerms, wordCount } from '../src/language/summary/terms.js';

const SENTENCES = [
  'The harbour workers union called a strike at the port of Aberdeen on Monday.',
  'Dock managers said the strike at the port would delay ferries.',
  'A new library opened in the town centre.',
  'Union leaders said the strike would last a week at the port.',
];

describe('sentence similarity for the summariser', () => {
  it('scores shared content words, not function words, and is symmetric with a zero diagonal', () => {
    const { n, values } = similarityMatrix(SENTENCES);
    expect(n).toBe(4);
    const at = (i: number, j: number) => values[i * n + j]!;
    expect(at(0, 0)).toBe(0);
    expect(at(0, 1)).toBeCloseTo(at(1, 0), 12);
    expect(at(0, 3)).toBeGreaterThan(0.2);
    expect(at(0, 2)).toBe(0);
    expect(at(1, 3)).toBeGreaterThan(at(1, 2));
  });

  it('a sentence no other resembles is the least central', () => {
    const rank = lexRank(similarityMatrix(SENTENCES));
    expect(rank.indexOf(Math.min(...rank))).toBe(2);
    expect(rank.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 6);
  });

  it('function words and short numbers are no terms; possessives of function words neither', () => {
    expect(contentTerms("It's the one’s Ukraine's 12 talks in 2024")).toEqual(['ukraine', 'talk', '2024']);
  });

  it('counts words as the word pattern does, for any text', () => {
    const pattern = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
    const piece = fc.constantFrom('a', 'Zé', '12', "'", '’', '-', ' ', '—', '.', '中', '𝒜', 'ß', '\n', '“');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }).map((p) => p.join('')), (text) => {
        expect(wordCount(text)).toBe(text.match(pattern)?.length ?? 0);
      }),
      { numRuns: 300 },
    );
  });
});
