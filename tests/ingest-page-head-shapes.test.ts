import { describe, expect, it } from 'vitest';
import { LEAD } from './harbour-lead.js';
import { chromeReason } from '../src/ingest/chrome.js';
import { namesPrintIssue } from '../src/ingest/date-lines.js';
import { parsePageText } from '../src/ingest/page-text.js';

const CONTEXT = { repeated: new Set<string>(), siteNames: [] };
const SHARE_ROW = ['Share', 'Facebook', 'Email', 'Print', 'Copy link', 'Link copied', 'Subscribe'];

describe('reading the head of a saved page by its shape', () => {
  it('reaches a headline above a long run of share buttons and menus', () => {
    const chrome = Array.from({ length: 12 }, () => [...SHARE_ROW, '']).flat();
    const page = parsePageText(['Mapleford Herald', '', 'Harbour and quay news', '', 'Board delays the ferry terminal by two years', '', ...chrome, ...LEAD].join('\n'));
    expect(page.title).toBe('Board delays the ferry terminal by two years');
  });

  it('does not let teaser headlines listed under the story outvote its own headline', () => {
    const teasers = ['Mayor opens a fishing museum by the quay', 'Rowing club wins the autumn regatta', 'Lifeboat crew rescues two sailors'];
    const lines = ['Mapleford Herald', '', 'Harbour news', '', teasers[0]!, '', 'Board delays new terminal', '', 'By Jane Doe', '', ...LEAD, 'More stories', '', ...teasers.flatMap((t) => [t, ''])];
    expect(parsePageText(lines.join('\n')).title).toBe('Board delays new terminal');
  });

  it('takes a long question as a headline, not as the story', () => {
    const question = 'Who is the engineer who found the ferry terminal sea wall too weak and what happens to the quay now?';
    const page = parsePageText(['Mapleford Herald', '', 'Harbour news', '', question, '', ...LEAD].join('\n'));
    expect(page.title).toBe(question);
  });

  it('never takes a line wholly in brackets (a credit) for the headline', () => {
    const page = parsePageText(['Mapleford Herald', '', 'Board delays the ferry terminal', '', '(Photos of the ferry terminal sea wall and the cranes by harbour board engineers)', '', ...LEAD].join('\n'));
    expect(page.title).toBe('Board delays the ferry terminal');
  });
});

describe('links glued together by a text dump', () => {
  it('reads a glued row of section links as chrome', () => {
    expect(chromeReason('FootballCricketRugbyTennisGolfSailing', CONTEXT)).toBe('glued links');
  });

  it('reads a widget glued to its buttons as chrome', () => {
    expect(chromeReason('Skip to navigationSkip to content', CONTEXT)).toBeDefined();
    expect(chromeReason('Please log in to bookmark this story.Log InCreate Free Account', CONTEXT)).toBeDefined();
  });

  it('keeps a headline with a brand name in it', () => {
    expect(chromeReason('YouTube pulls the harbour board video after complaints', CONTEXT)).toBeUndefined();
    expect(chromeReason('McDonald’s opens on the old ferry quay', CONTEXT)).toBeUndefined();
  });
});

describe('dates in a wrapped paragraph', () => {
  it('does not take a date on a run-on line of a wrapped paragraph for the page stamp', () => {
    const wrapped = [
      'Board delays the ferry terminal',
      '',
      'June 26, 2023',
      '',
      'The harbour board has a long history with the quay, which it first rebuilt after the great storm that broke the old wall and sank half of the little fishing fleet moored',
      'in the harbour on March 3, 1921.',
      '',
      ...LEAD,
    ];
    expect(wrapped[4]!.length).toBeGreaterThanOrEqual(160);
    const page = parsePageText(wrapped.join('\n'));
    expect([page.statedDate, page.dateConflict]).toEqual(['2023-06-26', undefined]);
  });
});

describe('a menu blurb above the headline', () => {
  it('passes over menu blurbs with no headline above them to the story under its headline', () => {
    const sections = ['Town', 'Harbour', 'Schools', 'Sport', 'Weather', 'Letters', 'Farming', 'Arts'].flatMap((name) => [`• ${name}`, `  □ ${name} news`, `  □ ${name} pictures`, '']);
    const menu = ['Skip to navigationSkip to content', '', ...sections, '• Discover', '• Latest', '',
      'These are the big themes that drive our newsroom, topics of great importance to the town.', '', '• Featured', '',
      'These are some of our most ambitious editorial projects, told with photographs and maps.', '', '• Emails', '',
      'Our emails are made to shine in your inbox, with something fresh every morning and evening.', ''];
    const page = parsePageText([...menu, 'Board delays the ferry terminal by two years', '', ...LEAD].join('\n'));
    expect(page.title).toBe('Board delays the ferry terminal by two years');
  });
});

describe('the stamp beside the headline', () => {
  it('takes the stamp between the headline and the lead over the site header day and a related story above', () => {
    const lines = [
      'Mapleford Herald',
      'June 20, 2023',
      '',
      'Rowing club wins the autumn regatta',
      'June 12, 2023',
      '',
      'Board delays the ferry terminal by two years',
      '',
      'By Jane Doe',
      'June 19, 2023',
      '',
      ...LEAD,
    ];
    const page = parsePageText(lines.join('\n'));
    expect([page.title, page.statedDate]).toEqual(['Board delays the ferry terminal by two years', '2023-06-19']);
  });
});

describe('labels around the headline', () => {
  it('drops a section link glued to the headline by the dump', () => {
    const page = parsePageText(['Mapleford Herald', '', 'Harbour|Board delays the ferry terminal by two years', '', ...LEAD].join('\n'));
    expect(page.title).toBe('Board delays the ferry terminal by two years');
  });

  it('keeps a headline with a spaced bar for the site-suffix rule to judge', () => {
    const page = parsePageText(['Board delays the ferry terminal by two years | Mapleford Herald', '', ...LEAD].join('\n'));
    expect(page.title).toBe('Board delays the ferry terminal by two years | Mapleford Herald');
  });

  it('reads a magazine issue line as a stamp line, not as a headline', () => {
    expect(namesPrintIssue('Cover of December 25, 2023/January 1, 2024, Issue')).toBe(true);
    expect(namesPrintIssue('December 5, 2016 Issue')).toBe(true);
    expect(namesPrintIssue('Board gives the ferry terminal its own issue')).toBe(false);
  });
});

describe('captions and exclamations', () => {
  it('takes a headline that exclaims, not the lead under it', () => {
    const page = parsePageText(['Mapleford Herald', '', 'Harbour news', '', 'Take a tour of the new ferry terminal — it opens in two years!', '', ...LEAD].join('\n'));
    expect(page.title).toBe('Take a tour of the new ferry terminal — it opens in two years!');
  });

  it('reads a line over a credit line as a caption, not the headline', () => {
    const lines = ['Mapleford Herald', '', 'Board delays the ferry terminal', '', 'By Jane Doe', '', 'Harbour board engineers inspect the sea wall of the ferry terminal on Monday', 'Credit: Harbour Board', '', ...LEAD];
    expect(parsePageText(lines.join('\n')).title).toBe('Board delays the ferry terminal');
  });
});

describe('headlines about networks, and teasers cut short', () => {
  it('keeps a headline that names a social network', () => {
    expect(chromeReason('Facebook Veteran Joins the Harbour Board As Chair', CONTEXT)).toBeUndefined();
    expect(chromeReason('Follow us on Facebook and Twitter', CONTEXT)).toBeDefined();
  });

  it('does not start the story at a teaser cut short with an ellipsis', () => {
    const teasers = [
      ['Rowing club captain reveals what made her forever cross with the regatta judges', 'Rowing club captain reveals what made her forever cross with the regatta...'],
      ['Lifeboat crew share the moment they found the two missing sailors at sea', 'Lifeboat crew share the moment they found the two missing sailors...'],
      ['Mayor opens a fishing museum by the old quay after ten years of work', 'Mayor opens a fishing museum by the old quay after ten years...'],
    ].flatMap(([full, cut]) => [full!, '', cut!, '']);
    const page = parsePageText(['Mapleford Herald', '', 'Trending now', '', ...teasers, 'Board delays the ferry terminal', '', 'By Jane Doe', '', ...LEAD].join('\n'));
    expect(page.title).toBe('Board delays the ferry terminal');
  });
});

describe('a glued menu row that looks like a dateline', () => {
  it('is no wire dateline, so the headline over the story is still found', () => {
    const lines = ['Mapleford Herald', '', 'All HarbourFerry-newsQuaysBoatsWeather (X)', '', 'Board delays the ferry terminal by two years', '', 'By Jane Doe', '', ...LEAD];
    const page = parsePageText(lines.join('\n'));
    expect([page.title, page.dateline]).toEqual(['Board delays the ferry terminal by two years', undefined]);
  });
});
