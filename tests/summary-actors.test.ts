import { describe, expect, it } from 'vitest';
import type { Entity, Sentence } from '../src/language/analysis.js';
import { splitSentences } from '../src/language/sentences.js';
import { ActorCoverage, mainActors } from '../src/language/summary/actors.js';

const text =
  'Talks between Norvik Steel and the Metalworkers Guild broke down on Friday. Norvik Steel said its offer of a 4% rise was final. ' +
  'Guild negotiator Ana Petrov called the offer an insult. Petrov said members would vote on strikes next week. ' +
  'The Metalworkers Guild represents 9,000 workers. Shares in Norvik Steel fell 2% in Oslo.';
const sentences = splitSentences(text);

function entity(name: string, sentenceIndices: number[], all: Sentence[] = sentences): Entity {
  const mentions = sentenceIndices.map((i) => {
    const s = all[i]!;
    const at = s.text.indexOf(name);
    return { start: s.start + at, end: s.start + at + name.length, text: name, sentence: i };
  });
  return { key: `organisation:${name.toLowerCase().replace(/\s+/g, '-')}`, type: 'organisation', name, aliases: [], mentions, roles: [], leader: false };
}

describe('main actors', () => {
  it('reads capitalised names, counting one at a sentence start when it is capitalised elsewhere too', () => {
    const actors = mainActors(sentences, []);
    // Norvik Steel: sentences 0, 1 (initial, but seen mid-sentence in 0), 5.
    expect(actors[0]).toEqual({ weight: 3, sentences: new Set([0, 1, 5]) });
    const petrov = actors.find((a) => a.sentences.has(2) && a.sentences.has(3));
    expect(petrov?.weight).toBe(2);
  });

  it('does not take a capitalised sentence opener for a name', () => {
    const actors = mainActors(splitSentences('Shares fell again. Shares rose later. Analysts shrugged.'), []);
    expect(actors).toEqual([]);
  });

  it('prefers the actors the entity stage found, most mentioned first, and drops single mentions', () => {
    const actors = mainActors(sentences, [entity('Oslo', [5]), entity('Metalworkers Guild', [0, 4]), entity('Norvik Steel', [0, 1, 5])]);
    expect(actors.map((a) => a.weight)).toEqual([3, 2]);
  });

  it('gains only for actors the summary does not cover yet', () => {
    const coverage = new ActorCoverage(mainActors(sentences, []));
    const before = coverage.gain(5);
    expect(before).toBeGreaterThan(0);
    coverage.add(0);
    expect(coverage.gain(5)).toBe(0); // Norvik Steel is already covered
    expect(coverage.gain(3)).toBeGreaterThan(0); // Petrov is not
  });
});
