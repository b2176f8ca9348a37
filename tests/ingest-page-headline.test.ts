import { describe, expect, it } from 'vitest';
import { chromeReason } from '../src/ingest/chrome.js';
import { toArticle } from '../src/ingest/to-article.js';

const TODAY = new Date('2026-11-29T12:00:00Z');
const FILE_TIME = new Date('2026-01-02T03:04:05Z');
const page = (lines: string[]) => toArticle({ origin: 'test.txt', fallbackTime: FILE_TIME, pageText: lines.join('\n') }, TODAY).article;
const LEAD = [
  'The harbour board voted on Monday to delay the new ferry terminal by two years, after engineers found the sea wall too weak for the cranes.',
  '',
  'Board members said the ferry operators had been told of the terminal delay and would keep the old quay open until the sea wall is rebuilt.',
  '',
  'The cost of strengthening the wall has not been published, but the board said it would ask the council for help with the ferry terminal.',
];
const MENU = ['Mapleford Herald', '', 'News', 'Sport', 'Weather', '', 'Harbour and quay news', ''];

describe('the headline of a saved page', () => {
  it('takes a headline that asks a question', () => {
    const article = page([...MENU, 'Why is the ferry terminal two years late and who pays for it?', '', 'By Jane Doe', '', ...LEAD]);
    expect(article.title).toBe('Why is the ferry terminal two years late and who pays for it?');
  });

  it('takes a headline that opens with an emoji', () => {
    const article = page([...MENU, '🚢 Ferry terminal delayed by two years 🚢', '', 'By Jane Doe', '', ...LEAD]);
    expect(article.title).toBe('🚢 Ferry terminal delayed by two years 🚢');
  });

  it('takes the line over the byline, not a photo caption between the byline and the lead', () => {
    const article = page([
      ...MENU,
      'Board delays ferry terminal',
      '',
      'By Jane Doe',
      '',
      'Cranes wait on the harbour quay for the ferry terminal sea wall, Monday. Sam Rivera/The Herald',
      '',
      ...LEAD,
    ]);
    expect(article.title).toBe('Board delays ferry terminal');
  });
});

describe('where the story starts', () => {
  const story = Array.from({ length: 12 }, (_, i) => [`Paragraph ${i + 1}: the harbour board said the ferry terminal sea wall would be rebuilt before the cranes arrive at the quay.`, '']).flat();

  it('passes over a site blurb of a few sentences at the top of the page, far above the story', () => {
    const menu = Array.from({ length: 30 }, (_, i) => `Section ${i + 1}`);
    const blurb = [
      'The Mapleford Herald is a community newspaper run by volunteers who care about the town and its harbour.',
      'We publish every week and online every day, and we welcome letters from readers of every age.',
      'Our reporters cover the council, the schools, the harbour and the sports clubs of the whole valley.',
      '',
    ];
    const article = page(['Mapleford Herald', '', ...blurb, ...menu, 'Sign up', '', 'Board delays ferry terminal', '', 'By Jane Doe', '', ...story]);
    expect(article.title).toBe('Board delays ferry terminal');
  });

  it.each(['Published 3 seconds ago', 'Follow Mapleford', 'Forgot Password?', 'Link copied', 'Special offer: one month for only $1', 'Add to Home Screen', 'Do Not Sell My Personal Information', 'Image for post'])(
    'reads "%s" as site chrome',
    (line) => {
      expect(chromeReason(line, { repeated: new Set(), siteNames: [] })).toBeDefined();
    },
  );
});

describe('labels around the headline', () => {
  it('takes the sharing label off a headline it was read from', () => {
    const article = page([...MENU, 'Share this Story : Board delays ferry terminal by two years', '', ...LEAD]);
    expect(article.title).toBe('Board delays ferry terminal by two years');
  });
});

describe('a page with little shape', () => {
  it('takes a headline-shaped line over a list item or a name', () => {
    const article = page(['• Photography', 'Jane Doe', 'Board delays ferry terminal', '', 'notes: cranes, sea wall, quay, ferry, council, budget, spring']);
    expect(article.title).toBe('Board delays ferry terminal');
  });
});

describe('a section label above the headline', () => {
  it('takes the headline, not a short section label that shares the lead\'s words', () => {
    const article = page([...MENU, 'Ferry terminal delay', '', 'Two more years of waiting at Mapleford', '', 'By Jane Doe', '', ...LEAD]);
    expect(article.title).toBe('Two more years of waiting at Mapleford');
  });
});

describe('a photo caption under the byline', () => {
  it('passes over a caption that shares more of the lead\'s words than the headline does', () => {
    const article = page([
      'Mapleford Herald',
      '',
      'Two more years of waiting at Mapleford',
      '',
      'By Jane Doe',
      '',
      'Harbour board ferry terminal cranes at the quay sea wall (Photo: Harbour Board)',
      '',
      ...LEAD,
    ]);
    expect(article.title).toBe('Two more years of waiting at Mapleford');
  });
});
