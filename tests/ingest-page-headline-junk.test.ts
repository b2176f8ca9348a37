import { describe, expect, it } from 'vitest';
import { LEAD } from './harbour-lead.js';
import { isFragment } from '../src/ingest/headline-junk.js';
import { parsePageText } from '../src/ingest/page-text.js';

/** Pages written for these tests: a harbour town's paper, its menus, and one story. */
const MASTHEAD = ['Mapleford Herald', '', '  • Town', '  • Harbour', '  • Sport', ''];
const HEADLINE = 'Board delays the ferry terminal';

describe('pieces of lines that are never a headline', () => {
  it('takes a dateline stub, a clip with its length, a teaser cut before "more" and a hanging label for pieces', () => {
    expect(isFragment('Mapleford Herald —')).toBe(true);
    expect(isFragment('Ferry Terminal Talk 24:37')).toBe(true);
    expect(isFragment('The board says the sea wall is too weak for the cranes… more')).toBe(true);
    expect(isFragment('Latest in')).toBe(true);
    expect(isFragment('More from')).toBe(true);
  });

  it('still reads a headline ending on a time or a long one cut on a preposition as a headline', () => {
    expect(isFragment('Ferry terminal opens at 9:30')).toBe(false);
    expect(isFragment('Harbour board delays the new ferry terminal by two years in')).toBe(false);
    expect(isFragment('Mapleford - Kingsport ferry returns')).toBe(false);
  });

  it('passes over a section label hanging on a preposition above the headline', () => {
    const page = parsePageText([...MASTHEAD, 'Latest in', '', HEADLINE, '', 'June 3, 2024', '', ...LEAD].join('\n'));
    expect(page.title).toBe(HEADLINE);
  });

  it('passes over a caption cut before its "more" link for the headline above it', () => {
    const caption = 'The harbour board voted to delay the ferry terminal after engineers found the sea wall too weak… more';
    const page = parsePageText([...MASTHEAD, HEADLINE, '', 'June 3, 2024', '', caption, '', ...LEAD].join('\n'));
    expect(page.title).toBe(HEADLINE);
  });
});

describe('a playlist of clips between the headline and the story', () => {
  /** A clip as a player lists it: its picture's label, the player's slot, its title, its length, its mark. */
  const clip = (title: string) => ['harbour board split', 'Video Ad Feedback', title, '02:12', 'Now playing', ''];

  it('takes no clip title for the headline, however many of the lead\'s words it shares', () => {
    const clips = [
      ...clip('Watch the harbour board vote to delay the ferry terminal'),
      ...clip('Engineers explain why the sea wall is too weak for the cranes'),
      ...clip('Ferry operators react to the terminal delay'),
    ];
    const page = parsePageText([...MASTHEAD, HEADLINE, '', 'By Jane Doe', 'June 3, 2024', '', ...clips, ...LEAD].join('\n'));
    expect(page.title).toBe(HEADLINE);
  });
});

describe('a video player between the headline and the story', () => {
  it('takes the clip\'s title printed under the player\'s controls for no headline, even over the byline', () => {
    const headline = 'Harbour board delays the ferry terminal by two years';
    const clipTitle = 'Harbour Watch: the ferry terminal and the sea wall';
    const player = ['Video Player is loading.', 'Play Video', 'Unmute', 'Current Time 0:00', '/', 'Duration 0:00', 'Close Modal Dialog', 'End of dialog window.'];
    const head = [headline, '  • Engineers found the sea wall too weak', ...player, clipTitle, clipTitle, 'Share', 'Unmute', clipTitle, 'By', 'Jane Doe', 'June 3, 2024', ''];
    const page = parsePageText([...MASTHEAD, ...head, ...LEAD].join('\n'));
    expect(page.title).toBe(headline);
  });
});

describe('a headline of two sentences ending on a question', () => {
  const question = 'Harbour Brief: the ferry terminal waits. Can the sea wall hold?';

  it('reads it as the headline when the page prints it again apart (a sticky header)', () => {
    const page = parsePageText([...MASTHEAD, question, '', 'Newsletter', '', question, '', 'Jane Doe', 'June 3, 2024', '', ...LEAD].join('\n'));
    expect(page.title).toBe(question);
  });

  it('leaves it a story sentence when it stands once', () => {
    const page = parsePageText([...MASTHEAD, HEADLINE, '', 'June 3, 2024', '', question, '', ...LEAD].join('\n'));
    expect(page.title).toBe(HEADLINE);
  });
});

describe('the headline above its standfirst', () => {
  it('prefers the headline the page prints again below over a standfirst sharing far more of the lead', () => {
    const headline = 'Harbour Notes: two more years to wait at the quay';
    const standfirst = 'The harbour board voted to delay the ferry terminal by two years, engineers found the sea wall too weak for the cranes';
    const footer = ['', 'Related', '', `${headline} Back to video`, ''];
    const page = parsePageText([...MASTHEAD, headline, '', standfirst, '', 'Jane Doe', 'June 3, 2024', '', ...LEAD, ...footer].join('\n'));
    expect(page.title).toBe(headline);
  });

  it('still takes a standfirst sharing far more of the lead when the headline-like line above stands once', () => {
    const label = 'Harbour Notes: two more years to wait at the quay';
    const standfirst = 'Harbour board delays the ferry terminal two years as the sea wall is too weak for the cranes';
    const page = parsePageText([...MASTHEAD, label, '', standfirst, '', 'Jane Doe', 'June 3, 2024', '', ...LEAD].join('\n'));
    expect(page.title).toBe(standfirst);
  });
});

describe('a sidebar beside the story', () => {
  it('passes over a link indented in a sidebar above a flush story', () => {
    const sidebar = ['Related', '', '    Ferry operators say the terminal delay will cost them two years', ''];
    const page = parsePageText([...MASTHEAD, HEADLINE, '', 'June 3, 2024', '', ...sidebar, ...LEAD].join('\n'));
    expect(page.title).toBe(HEADLINE);
  });
});

describe('a subtitle set under the signature', () => {
  const subtitle = 'Why the harbour board voted to delay the ferry terminal by two years';

  it('takes the line over the writer\'s name and the date for the headline, not the subtitle under them', () => {
    const head = ['Ferry terminal: what next for the harbour?', '', 'Jane Doe', 'Jane Doe', 'Follow', 'Jun 3, 2024 · 4 min read', '', subtitle, ''];
    const page = parsePageText([...MASTHEAD, ...head, ...LEAD].join('\n'));
    expect(page.title).toBe('Ferry terminal: what next for the harbour?');
  });

  it('keeps the line under a name with no date when it shares far more of the lead', () => {
    const head = ['Ferry terminal: what next for the harbour?', '', 'Jane Doe', '', subtitle, ''];
    const page = parsePageText([...MASTHEAD, ...head, ...LEAD].join('\n'));
    expect(page.title).toBe(subtitle);
  });
});
