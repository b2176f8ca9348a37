import { describe, expect, it } from 'vitest';
import { FilterSyntaxError, parseFilter } from '../src/feeds/item-filter.js';

describe('feed filters cannot stall the bot', () => {
  it('runs a catastrophic-backtracking pattern over a long line and answers (linear engine)', () => {
    const filter = parseFilter('/(\\w+\\s?)+$/')!;
    // On a backtracking engine this line takes longer than the age of the universe; the test would hang.
    expect(filter.matches(`${'a'.repeat(40)}!`)).toBe(false);
    expect(filter.matches(`${'word '.repeat(3000)}!`)).toBe(false);
    expect(filter.matches('harbour closes early')).toBe(true);
  });

  it('refuses backreferences and lookaround with words that say why', () => {
    for (const pattern of ['/(ab)\\1/', '/storm(?=warning)/', '/(?<!no )storm/']) {
      expect(() => parseFilter(pattern)).toThrow(FilterSyntaxError);
      expect(() => parseFilter(pattern)).toThrow(/backreferences or lookaround/);
    }
  });

  it('keeps flags and ordinary patterns working', () => {
    expect(parseFilter('/^ferry/im')!.matches('Notice\nFERRY times change')).toBe(true);
    expect(parseFilter('/a.b/s')!.matches('a\nb')).toBe(true);
    expect(parseFilter('/a.b/')!.matches('a\nb')).toBe(false);
    expect(() => parseFilter('/(unclosed/')).toThrow(/does not compile/);
  });

  it('refuses a filter over the length cap', () => {
    expect(() => parseFilter(`/${'a'.repeat(400)}/`)).toThrow(/at most 300 characters/);
  });
});
