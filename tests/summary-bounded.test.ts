import { describe, expect, it } from 'vitest';
import type { Sentence } from '../src/language/analysis.js';
import { MAX_RANKED, rankSentences } from '../src/language/summary/rank-sentences.js';
import { chronoPieces } from '../src/language/times/chrono-times.js';
import { longArticleText } from '../src/bench/_hostile-inputs.js';

function sentencesOf(texts: string[]): Sentence[] {
  let start = 0;
  return texts.map((text) => {
    const s = { text, start, end: start + text.length } as Sentence;
    start += text.length + 1;
    return s;
  });
}

describe('the summary step on a very long article', () => {
  it('ranks only the first sentences and keeps the rest in article order', () => {
    const texts = longArticleText(400_000).flatMap((p) => p.split(/(?<=\.) /));
    expect(texts.length).toBeGreaterThan(MAX_RANKED * 10);
    const rank = rankSentences(sentencesOf(texts), []);
    expect(rank).toHaveLength(texts.length);
    const head = rank.slice(0, MAX_RANKED);
    expect([...head].sort((a, b) => a - b)).toEqual(Array.from({ length: MAX_RANKED }, (_, i) => i));
    expect(rank.slice(MAX_RANKED)).toEqual(Array.from({ length: texts.length - MAX_RANKED }, (_, i) => MAX_RANKED + i));
  });

  it('ranks every sentence of an ordinary article', () => {
    const texts = ['Ferry service resumed on Tuesday.', 'The harbour reopened after the storm passed.', 'Officials said repairs would take a week.'];
    expect([...rankSentences(sentencesOf(texts), [])].sort()).toEqual([0, 1, 2]);
  });
});

describe('chrono reads bounded pieces', () => {
  it('cuts a long text at line breaks into pieces no longer than the limit that join back to the text', () => {
    const text = longArticleText(100_000).join('\n');
    const pieces = chronoPieces(text, 5000);
    expect(pieces.length).toBeGreaterThan(15);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
    for (const p of pieces) {
      expect(p.text.length).toBeLessThanOrEqual(5000);
      expect(text.slice(p.offset, p.offset + p.text.length)).toBe(p.text);
    }
    expect(pieces.slice(0, -1).every((p) => p.text.endsWith('\n'))).toBe(true);
  });

  it('cuts a text without line breaks at spaces', () => {
    const text = 'word '.repeat(3000);
    const pieces = chronoPieces(text, 1000);
    expect(pieces.every((p) => p.text.length <= 1000 && p.text.endsWith(' '))).toBe(true);
  });
});
