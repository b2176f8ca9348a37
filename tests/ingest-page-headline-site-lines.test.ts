import { describe, expect, it } from 'vitest';
import { LEAD } from './harbour-lead.js';
import { chromeReason } from '../src/ingest/chrome.js';
import { parsePageText } from '../src/ingest/page-text.js';

/** Pages written for these tests: a harbour town's paper, its menus, and one story. */
const MASTHEAD = ['Mapleford Herald', '', '  • Town', '  • Harbour', '  • Sport', ''];
const HEADLINE = 'Board delays the ferry terminal';
const NO_CONTEXT = { repeated: new Set<string>(), siteNames: [] };

describe('the site\'s offers and prompts', () => {
  it('takes an offer to subscribe for chrome, however long', () => {
    for (const advert of ['Special offer: Summer reading package.3 months for $10. Subscribe', 'Read the Herald every morning: 30 days free, then cancel any time', 'Keep up with every harbour story. Subscribe now']) {
      expect(chromeReason(advert, NO_CONTEXT)).toBeDefined();
    }
    expect(chromeReason('Please upgrade your browser', NO_CONTEXT)).toBeDefined();
  });

  it('still reads a headline about a sum of money as a headline', () => {
    expect(chromeReason('Council asks for $33 billion to rebuild the harbour wall', NO_CONTEXT)).toBeUndefined();
    expect(chromeReason('Ferry operators pay for 3 months of repairs', NO_CONTEXT)).toBeUndefined();
  });

  it('passes over an offer to subscribe that shares the lead\'s words', () => {
    const advert = 'Special offer: the ferry terminal package, 3 months for $10. Subscribe';
    const page = parsePageText(['You are using an outdated browser.', 'Please upgrade your browser', advert, '', ...MASTHEAD, HEADLINE, '', 'June 3, 2024', '', ...LEAD].join('\n'));
    expect(page.title).toBe(HEADLINE);
  });
});

describe('credits and section headings above the story', () => {
  it('reads "Produced by" a quoted show\'s name as a credit, not a headline', () => {
    const page = parsePageText([...MASTHEAD, HEADLINE, '', 'June 3, 2024', '', 'Produced by ‘Harbour Hour’', '', ...LEAD].join('\n'));
    expect(page.title).toBe(HEADLINE);
  });

  it('counts no emoji as a word: a section heading of two words and an emoji is a label', () => {
    const headline = 'Harbour weekly issue #12: ferries, cranes and the sea wall';
    const page = parsePageText([...MASTHEAD, headline, '', 'June 3, 2024', '', 'Terminal news 🗞', '', ...LEAD].join('\n'));
    expect(page.title).toBe(headline);
  });

  it('passes over the links listed under "Related content" for the headline under the list', () => {
    const related = ['RELATED CONTENT', 'Ferry terminal delay: what the harbour board voted for', 'Sea wall too weak for the cranes, engineers say', ''];
    const page = parsePageText([...MASTHEAD, ...related, HEADLINE, '', ...LEAD].join('\n'));
    expect(page.title).toBe(HEADLINE);
  });
});

describe('lists of other stories beside the story', () => {
  it('passes over the links of a list whose label stands over a blank line, for a short headline above', () => {
    const lists = ['WE RECOMMEND', '', '  • [pic]', '    Ferry operators say the terminal delay costs them two years', '', 'MORE FROM THE AUTHOR', '', '  • [pic]', '    Harbour board delays the new ferry terminal two years', ''];
    const page = parsePageText([...MASTHEAD, 'Waiting at the quay', '', 'Cranes, quays and a sea wall: the board hears the engineers.', '', ...lists, ...LEAD].join('\n'));
    expect(page.title).toBe('Waiting at the quay');
  });
});

describe('the site\'s tagline', () => {
  const footer = ['', 'Sign up for HarbourWeek newsletters', 'About HarbourWeek', 'HarbourWeek is part of the Mapleford Group', ''];

  it('passes over "Sitename: tagline" when the page names the site again and again and the lead does not', () => {
    const tagline = 'HarbourWeek: Connecting the ferry and harbour community';
    const page = parsePageText([tagline, '', ...MASTHEAD, HEADLINE, '', ...LEAD, ...footer].join('\n'));
    expect(page.title).toBe(HEADLINE);
  });

  it('still reads a headline labelled by a topic in capitals as the headline', () => {
    const headline = 'FERRIES: Board delays the terminal two years';
    const mentions = ['', 'More FERRIES news', 'FERRIES timetable', 'FERRIES fares', ''];
    const page = parsePageText([...MASTHEAD, ...mentions, headline, '', 'June 3, 2024', '', ...LEAD].join('\n'));
    expect(page.title).toBe(headline);
  });
});

describe('a blog\'s tagline over the headline', () => {
  it('takes the shorter line right over the date for the headline, not the tagline over it sharing more of the lead', () => {
    const tagline = 'Ferry news, harbour board stories, and tips on the Mapleford ferry terminal';
    const headline = 'The terminal waits two more years';
    const page = parsePageText(['Mapleford Harbour Blog', '', tagline, '', headline, '', 'Monday, June 3, 2024', 'Posted by Jane Doe, harbour editor', '', ...LEAD].join('\n'));
    expect(page.title).toBe(headline);
  });
});
