import { describe, expect, it } from 'vitest';
import type { EnrichedArticle } from '../src/articles/article.js';
import { summarySentences, summaryText } from '../src/articles/summary.js';
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
        // As long as asked for short summaries; longer ones run out of sentences that may stand there.
        if (n <= 3) expect(picked).toHaveLength(n);
        else expect(picked.length).toBeLessThanOrEqual(Math.min(n, sentences.length));
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

  it('passes over a sentence that points back unless the one before it is in the summary too', () => {
    const text = [
      'Harbour Mayor Anton Orlov opened the new ferry pier in Brest on Tuesday after two years of work.',
      'The pier cost 40 million euros and can take three ferries at once.',
      'Dock worker Mira Sen said the crews had waited a long time for it.',
      'She called the opening “a day the whole harbour will remember” and thanked the builders.',
    ].join(' ');
    const sentences = splitSentences(text);
    const article = (summaryRank: number[]): EnrichedArticle => ({ ...fixtureArticle('port-strike.json').article, analysis: { version: 0, sentences, entities: [], times: [], events: [], summaryRank } });
    // "She called…" ranks second, but without "Dock worker Mira Sen said…" before it no one knows who she is.
    expect(summarySentences(article([0, 3, 1, 2]), 2).map((s) => s.text.slice(0, 12))).toEqual(['Harbour Mayo', 'The pier cos']);
    // Once the sentence before it is in, it fits.
    expect(summarySentences(article([0, 3, 2, 1]), 3).map((s) => s.text.slice(0, 12))).toEqual(['Harbour Mayo', 'Dock worker ', 'She called t']);
  });

  it('takes sentences that end as sentences do over a heading or a line cut mid-sentence, unless there is nothing else', () => {
    const text = [
      'Ousted harbour chief Orlov says he urged the mayor to fire the pilot',
      'Harbour Mayor Anton Orlov opened the new ferry pier in Brest on Tuesday after two years of work.',
      'Critics recall the strike that Orlov led, Sen',
      'The pier cost 40 million euros and can take three ferries at once.',
    ].join('\n\n');
    const sentences = splitSentences(text);
    const article = (summaryRank: number[], from = sentences): EnrichedArticle => ({ ...fixtureArticle('port-strike.json').article, analysis: { version: 0, sentences: from, entities: [], times: [], events: [], summaryRank } });
    expect(summarySentences(article([0, 2, 1, 3]), 2).map((s) => s.text.slice(0, 12))).toEqual(['Harbour Mayo', 'The pier cos']);
    const linesOnly = splitSentences('Harbour Mayor Anton Orlov opened the new ferry pier in Brest on Tuesday, Sen\n\nsaid after two years of work the crews');
    expect(summarySentences(article([0, 1], linesOnly), 1).map((s) => s.text.slice(0, 12))).toEqual(['Harbour Mayo']);
  });

  it('leaves the dateline out of the summary text, whatever dash it uses', () => {
    for (const opener of ['BREST — ', 'BREST ‒ ', 'BREST − ', 'Brest, France (Harbour Wire) ', '— ']) {
      const text = `${opener}Harbour Mayor Anton Orlov opened the new ferry pier on Tuesday after two years of work. The pier cost 40 million euros and can take three ferries at once.`;
      const sentences = splitSentences(text);
      const article: EnrichedArticle = { ...fixtureArticle('port-strike.json').article, analysis: { version: 0, sentences, entities: [], times: [], events: [], summaryRank: [0, 1] } };
      expect(summaryText(article, 2)).toMatch(/^Harbour Mayor Anton Orlov opened/);
    }
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
