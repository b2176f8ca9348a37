import { describe, expect, it } from 'vitest';
import type { EnrichedArticle } from '../src/articles/article.js';
import { summarySentences } from '../src/articles/summary.js';
import type { Entity } from '../src/language/analysis.js';
import { splitSentences } from '../src/language/sentences.js';
import { rankSentences } from '../src/language/summary/rank-sentences.js';
import { canStandAlone } from '../src/language/summary/standalone.js';
import { fixtureArticle, fixtureNames } from './summary-fixtures.js';

function ranked(name: string, entities: Entity[] = []) {
  const { article, text } = fixtureArticle(name);
  const sentences = splitSentences(text);
  const summaryRank = rankSentences(sentences, entities);
  const enriched: EnrichedArticle = { ...article, analysis: { version: 0, sentences, entities, times: [], events: [], summaryRank } };
  return { text, sentences, summaryRank, summary: (n: number) => summarySentences(enriched, n) };
}

describe('summary ranking', () => {
  it('ranks every sentence exactly once', () => {
    for (const name of fixtureNames()) {
      const { sentences, summaryRank } = ranked(name);
      expect([...summaryRank].sort((a, b) => a - b)).toEqual(sentences.map((_, i) => i));
    }
  });

  it('gives summaries of any length made of verbatim sentences in article order', () => {
    for (const name of fixtureNames()) {
      const { text, sentences, summary } = ranked(name);
      for (let n = 0; n <= sentences.length + 2; n++) {
        const picked = summary(n);
        expect(picked).toHaveLength(Math.min(n, sentences.length));
        for (const s of picked) expect(text.slice(s.start, s.end)).toBe(s.text);
        const starts = picked.map((s) => s.start);
        expect(starts).toEqual([...starts].sort((a, b) => a - b));
      }
    }
  });

  it('does not pick a repeated sentence twice', () => {
    const { summary, sentences } = ranked('port-strike.json');
    const repeated = sentences.filter((s) => s.text.startsWith('More than 2,000 dockworkers'));
    expect(repeated).toHaveLength(2);
    const picked = summary(sentences.length - 3).filter((s) => s.text === repeated[0]!.text);
    expect(picked).toHaveLength(1);
  });

  it('opens with a sentence that stands alone, never a pronoun, quote fragment or headline', () => {
    for (const name of fixtureNames()) {
      const { sentences, summaryRank } = ranked(name);
      const first = sentences[summaryRank[0]!]!.text;
      expect(canStandAlone(first), `${name}: ${first}`).toBe(true);
    }
    // Each of these fixtures opens with a line that cannot stand alone.
    expect(ranked('rate-decision.json').summary(1)[0]!.text).toMatch(/^The Bank of Estoria kept/);
    expect(ranked('port-strike.json').summary(1)[0]!.text).toMatch(/^More than 2,000 dockworkers/);
    expect(ranked('river-flood.json').summary(1)[0]!.text).toMatch(/^Hundreds of residents were evacuated/);
  });

  it('leaves bylines, credits and subheads out until nothing else is left', () => {
    const { summary, sentences } = ranked('port-strike.json');
    const texts = summary(sentences.length - 2).map((s) => s.text);
    expect(texts).not.toContain('By Clara Nyberg, Business Reporter');
    expect(texts).not.toContain('Photo: Reuters/Anders Holm');
    expect(ranked('river-flood.json').summary(5).map((s) => s.text)).not.toContain('Flood warning');
  });

  it('names the main actors in a short summary', () => {
    const texts = ranked('port-strike.json').summary(3).map((s) => s.text).join(' ');
    expect(texts).toContain('Halvorsen');
    expect(texts).toContain('Eklund');
    const rates = ranked('rate-decision.json').summary(2).map((s) => s.text).join(' ');
    expect(rates).toContain('Bank of Estoria');
    expect(rates).toContain('Varga');
  });
});
