import { describe, expect, it } from 'vitest';
import { parsePageText } from '../src/ingest/page-text.js';

/** Pages written for these tests: a harbour town's paper, its menus, and one story. */
const LEAD = [
  'The harbour board voted on Monday to delay the new ferry terminal by two years, after engineers found the sea wall too weak for the cranes.',
  '',
  'Board members said the ferry operators had been told of the terminal delay and would keep the old quay open until the sea wall is rebuilt.',
  '',
  'The cost of strengthening the wall has not been published, but the board said it would ask the council for help with the ferry terminal.',
  '',
];
const MASTHEAD = ['Mapleford Herald', '', '  • Town', '  • Harbour', '  • Sport', ''];

describe('headline clues in a saved page', () => {
  it('reads a headline spanning "from … to …" as a headline, not as a byline', () => {
    const headline = 'From Harbour Street to the new ferry terminal, two more years of waiting';
    const page = parsePageText([...MASTHEAD, 'Harbour news', '', 'June 3, 2024', '', headline, '', ...LEAD].join('\n'));
    expect(page.title).toBe(headline);
  });

  it('still reads "From Jane Doe" as a byline', () => {
    const page = parsePageText([...MASTHEAD, 'Board delays the ferry terminal by two years', '', 'From Jane Doe', '', ...LEAD].join('\n'));
    expect(page.title).toBe('Board delays the ferry terminal by two years');
    expect(page.chrome.map((c) => c.line)).toContain('From Jane Doe');
  });

  it('takes the line under a picture\'s or a player\'s label for a caption or a clip, not the headline', () => {
    const caption = 'Engineers say the sea wall by the ferry terminal is too weak for the new cranes';
    for (const label of ['Image caption,', 'VIDEO2:1402:14']) {
      const page = parsePageText([...MASTHEAD, 'Board delays the ferry terminal', '', 'Published 3 June 2024', '', 'Share', '', label, caption, '', ...LEAD].join('\n'));
      expect(page.title).toBe('Board delays the ferry terminal');
    }
  });
});
