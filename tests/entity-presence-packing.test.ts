import { describe, expect, it } from 'vitest';
import { packPresence, unpackPresence } from '../src/briefing/entity-record.js';

describe('A packed presence', () => {
  it('gives back what was packed, in one sentence or many, leader or not', () => {
    for (const p of [
      { mentions: 1, sentences: [0], leader: false },
      { mentions: 3, sentences: [12], leader: true },
      { mentions: 300, sentences: [4], leader: false },
      { mentions: 4, sentences: [1, 5, 9], leader: true },
      { mentions: 9, sentences: [0, 17, 30, 43], leader: false },
      { mentions: 2, sentences: [3, 44], leader: true },
      { mentions: 2, sentences: [7, 3], leader: false },
      { mentions: 0, sentences: [], leader: false },
    ])
      expect(unpackPresence(packPresence(p))).toEqual(p);
  });
});
