import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { slug } from '../src/language/entities/keys.js';

/** What the one-pass ASCII slug stands for: the replaces it was written as. */
const byReplaces = (name: string): string =>
  name.toLowerCase().replace(/['.`]/g, '').replace(/&/g, ' and ').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');

describe('slugs of plain ASCII names', () => {
  it('drop stops and apostrophes, read "&" as "and" and join words with one hyphen', () => {
    expect(slug('U.S.')).toBe('us');
    expect(slug('Harbour & Dock Co.')).toBe('harbour-and-dock-co');
    expect(slug("  O'Connell-Ruiz  ")).toBe('oconnell-ruiz');
    expect(slug('&')).toBe('and');
  });

  it('agree with the replaces on any mix of letters, digits and marks', () => {
    const chars = ['a', 'B', 'z', '0', '9', ' ', '-', '.', "'", '`', '&', '_', '/', '\t', ','];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 12 }), (picked) => {
        const name = picked.join('');
        expect(slug(name)).toBe(byReplaces(name));
      }),
      { numRuns: 3000 },
    );
  });
});
