import { describe, expect, it } from 'vitest';
import { LEAD } from './harbour-lead.js';
import { parsePageText } from '../src/ingest/page-text.js';

/** Pages written for these tests: a harbour town's paper, its menus, and one story. */
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

describe('pieces of lines that are never a headline', () => {
  it('passes over a gallery counter, a byline cut at a slash and a player’s controls', () => {
    // Each piece shares more of the lead's words than the short headline does.
    const headline = 'Board delays terminal';
    const pieces = ['Ferry terminal: 9 of 12 |', 'Ferry terminal delay by Jane Doe/', 'Ferry terminal delay · Listen · 24:37 · Add to Playlist', 'See All Episodes of Ferry Terminal Talk'];
    for (const piece of pieces) {
      const page = parsePageText([...MASTHEAD, headline, '', 'June 3, 2024', '', piece, '', ...LEAD].join('\n'));
      expect(page.title).toBe(headline);
    }
  });
});

describe('captions, prompts and standfirsts around the headline', () => {
  it('takes a line closed by a bare name after its sentence for a caption with its photographer', () => {
    const caption = 'The sea wall too weak for the cranes at the ferry terminal. Ann Poe';
    const page = parsePageText([...MASTHEAD, 'Ferry plans put off again', '', 'By Jane Doe', '', caption, '', ...LEAD].join('\n'));
    expect(page.title).toBe('Ferry plans put off again');
  });

  it('still reads a headline ending on a title and a name as a headline', () => {
    const headline = 'Ferry terminal delayed by weak sea wall, says harbour Rep. Ann Poe';
    const page = parsePageText([...MASTHEAD, headline, '', 'Board members blame the cranes', '', 'By Jane Doe', '', ...LEAD].join('\n'));
    expect(page.title).toBe(headline);
  });

  it('takes a question answered by dialog buttons for the site\'s prompt, not the headline', () => {
    const prompt = 'Want the Herald to tell you when the ferry terminal news breaks?';
    const page = parsePageText([...MASTHEAD, prompt, 'No, thank you', 'Accept', '', 'Ferry terminal delayed', '', 'By Jane Doe', '', ...LEAD].join('\n'));
    expect(page.title).toBe('Ferry terminal delayed');
  });

  it('takes the line right above a standfirst of as many words for the headline', () => {
    const headline = 'Ferry terminal put off for two more years as Mapleford waits on its sea wall';
    const standfirst = 'The harbour board voted on Monday to delay the new ferry terminal by two years';
    const page = parsePageText([...MASTHEAD, 'News', '', headline, '', standfirst, '', 'By Jane Doe', '', ...LEAD].join('\n'));
    expect(page.title).toBe(headline);
  });

  it('takes the shorter line right above a standfirst of a dozen words for the headline', () => {
    const headline = 'Ferry terminal put off for two years after engineers warn';
    const standfirst = 'Engineers say the sea wall is too weak for the new cranes';
    const page = parsePageText([...MASTHEAD, headline, '', standfirst, '', 'By Jane Doe', '', ...LEAD].join('\n'));
    expect(page.title).toBe(headline);
  });
});

describe('where the story starts', () => {
  it('does not take the first line of a paragraph the dump wrapped for the headline', () => {
    const first = 'Mapleford harbour-board members unanimously postponed construction of the long-awaited passenger-ferry terminal indefinitely yesterday afternoon, citing engineering';
    expect(first.length).toBeGreaterThanOrEqual(160);
    const run = 'engineers who discovered that the sea wall beneath the quay was too weak for the cranes the operators wanted to bring in.';
    const page = parsePageText([...MASTHEAD, 'Plans put off again', '', 'Share', 'Facebook', '', 'By Jane Doe', '', first, run, '', ...LEAD.slice(2)].join('\n'));
    expect(page.title).toBe('Plans put off again');
  });

  it('reads on through a caption printed twice in the story', () => {
    const caption = 'The ferry terminal sea wall seen from the harbour board offices';
    const page = parsePageText([
      ...MASTHEAD, 'Who will pay for the ferry terminal?', '', 'Published 3 June 2024', '',
      LEAD[0]!, '', LEAD[2]!, '', caption, '2', '', caption, '', 'What happens to the old quay?', '', LEAD[4]!, '',
      'The old quay will stay open for the ferry operators until the new sea wall is finished, the harbour board said.', '',
    ].join('\n'));
    expect(page.title).toBe('Who will pay for the ferry terminal?');
    expect(page.paragraphs[0]).toBe(LEAD[0]);
  });

  it('passes over a banner with only a button above it to the story under its headline', () => {
    const page = parsePageText([
      '  • News', '  • Contact', '', 'Get in touch', '', 'Planning the harbour? Join the board on Friday for a talk on the new ferry terminal. Book a seat.', '',
      'Harbour', '', 'Board delays the ferry terminal by two years', '', 'Engineers found the sea wall too weak for the new cranes, the harbour board said.', '',
      'A crane on the quay next to the old sea wall, with the ferry terminal site behind it and boats moored in the harbour on a grey afternoon.', '', ...LEAD,
    ].join('\n'));
    expect(page.title).toBe('Board delays the ferry terminal by two years');
  });
});

describe('a headline the page prints again', () => {
  const dek = 'The harbour board voted to delay the new ferry terminal after engineers found the sea wall too weak';
  const page = (echo: string[]) => parsePageText([...MASTHEAD, ...echo, 'Ferry plans put off for two years', '', dek, '', 'By Jane Doe', '', ...LEAD, ...echo].join('\n'));

  it('prefers the headline the breadcrumb ends on over a standfirst sharing more of the lead', () => {
    expect(page(['Home News Harbour Ferry plans put off for two years', '']).title).toBe('Ferry plans put off for two years');
  });

  it('prefers the headline the share buttons repeat', () => {
    expect(page(['Ferry plans put off for two years on facebook (opens in a new window)', '']).title).toBe('Ferry plans put off for two years');
  });

  it('takes a share button\'s label for chrome, however long', () => {
    const label = 'Ferry plans put off for two years after the harbour board vote on linkedin (opens in a new window)';
    expect(parsePageText([...MASTHEAD, 'Ferry plans put off', '', label, '', ...LEAD].join('\n')).chrome.map((c) => c.line)).toContain(label);
  });

  it('never takes a list of authors for the headline, however often the page prints it', () => {
    const lines = [...MASTHEAD, 'Plans put off again', '', 'Jane Doe, John Roe and Ann Poe', '', ...LEAD, 'Jane Doe, John Roe and Ann Poe', ''];
    expect(parsePageText(lines.join('\n')).title).toBe('Plans put off again');
  });
});

describe('lines set apart in the head that are no headline', () => {
  // A short headline sharing few of the lead's words, under lines that share many.
  const headline = 'Terminal put off again';
  const page = (line: string, stamp = 'By Jane Doe') => parsePageText([...MASTHEAD, headline, '', stamp, '', line, '', ...LEAD].join('\n'));

  it('passes over a pull quote and the story\'s own quotation', () => {
    expect(page('"The sea wall is too weak for the cranes at the ferry terminal"').title).toBe(headline);
    expect(page('The harbour board said: "The ferry terminal will wait two years"').title).toBe(headline);
  });

  it('passes over a reporter\'s head shot, a producer\'s and an editor\'s credit', () => {
    expect(page('Head shot of the harbour board chair at the ferry terminal').title).toBe(headline);
    expect(page('Produced by Ann Poe with the harbour board at the ferry terminal', 'June 3, 2024').title).toBe(headline);
    expect(page('Edited by Ann Poe on the sea wall and ferry terminal delay', 'June 3, 2024').title).toBe(headline);
  });

  it('passes over the rows of a fact box between the headline and the story', () => {
    const box = ['Terminal: New passenger ferry terminal, quay 2', 'Harbour sea wall: too weak for cranes', 'Delay voted by the harbour board: two years', 'Ferry operators told: Monday'];
    expect(parsePageText([...MASTHEAD, headline, '', 'By Jane Doe', ...box, '', ...LEAD].join('\n')).title).toBe(headline);
  });

  it('still reads a headline with a colon as a headline when no rows stand beside it', () => {
    const colon = 'Ferry terminal: board delays it by two years';
    expect(parsePageText([...MASTHEAD, colon, '', 'June 3, 2024', '', ...LEAD].join('\n')).title).toBe(colon);
  });

  it('finds the headline above a gallery longer than the usual reach', () => {
    const menu = ['Harbour news from the board', 'Tide tables for the quay', 'Letters to the Herald editor', 'Sport on the harbour front'];
    const gallery = Array.from({ length: 25 }, (_, n) => [`${n + 1} of 25 |`, '', `The harbour board at the ferry terminal on Monday, picture ${n + 1}. (AP Photo/Ann Poe)`, 'Read More', 'Image', '']).flat();
    expect(parsePageText([...MASTHEAD, ...menu, '', 'Board delays the ferry terminal', '', ...gallery, ...LEAD].join('\n')).title).toBe('Board delays the ferry terminal');
  });
});
