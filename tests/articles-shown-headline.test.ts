import { describe, expect, it } from 'vitest';
import { shownHeadline } from '../src/articles/shown-headline.js';

describe('headlines as replies show them', () => {
  it('moves a source’s "..." cut back to the last clause break', () => {
    expect(shownHeadline('Harbour council sues ferry firm over late sailings: ‘We were left on the quay ...')).toBe('Harbour council sues ferry firm over late sailings');
    expect(shownHeadline('Mayor Orlov opens the new ferry pier in Brest; 5 things to ...')).toBe('Mayor Orlov opens the new ferry pier in Brest');
    expect(shownHeadline('Ferry strike ends after 12 days — what changes for …')).toBe('Ferry strike ends after 12 days');
  });

  it('keeps a cut headline with no break whole, ending in one ellipsis', () => {
    expect(shownHeadline('Mayor Orlov promises $1,776 for every dock worker this ...')).toBe('Mayor Orlov promises $1,776 for every dock worker this…');
  });

  it('does not cut at a kicker or touch a whole headline', () => {
    expect(shownHeadline('Analysis: the ferry strike has cost the harbour its summer ...')).toBe('Analysis: the ferry strike has cost the harbour its summer…');
    expect(shownHeadline('Ferry strike ends: what changes for travellers')).toBe('Ferry strike ends: what changes for travellers');
  });
});
