import { describe, expect, it } from 'vitest';
import { isGenericName } from '../src/briefing/generic-names.js';

describe('names too generic for a list of who is in the news', () => {
  it('leaves out one word that names a kind of body ("Office", "Committee", "People")', () => {
    expect(['Office', 'Committee', 'People', 'Government', 'Title'].filter(isGenericName)).toEqual(['Office', 'Committee', 'People', 'Government', 'Title']);
  });

  it('keeps bodies news names by one word, and every longer name', () => {
    expect(['House', 'Senate', 'Congress', 'Kremlin', 'Pentagon', 'Hamas', 'White House Counsel’s Office', '1922 Committee'].filter(isGenericName)).toEqual([]);
  });
});
