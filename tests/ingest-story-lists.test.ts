import { describe, expect, it } from 'vitest';
import { extractPage } from '../src/feeds/page-extractor.js';
import { parsePageText } from '../src/ingest/page-text.js';
import { toArticle } from '../src/ingest/to-article.js';

// A harbour story of about 140 words, in five paragraphs, as the lists below interrupt or follow it.
const STORY = [
  'Aalborg will get its first new ferry terminal in forty years after a vote that split the city council and the harbour board down the middle.',
  'The harbour authority in Aalborg approved a new ferry terminal on Tuesday, ending a dispute that had delayed the project for three years.',
  'Mayor Jonas Brandt said the terminal would open in the spring and bring two hundred jobs to the waterfront district.',
  'Residents had objected to the noise of night crossings, and the authority agreed to limit departures after eleven in the evening.',
  'Construction firms will be invited to bid next month, and the first piles are due to be driven before the end of the summer.',
];
const ENDING = 'The authority will publish the full plans on its website later this week.';

const page = (inner: string): string =>
  `<html><head><title>Aalborg approves ferry terminal</title><meta property="article:published_time" content="2024-06-04T09:00:00Z"></head><body><article><h1>Aalborg approves ferry terminal</h1>${inner}</article></body></html>`;
const p = (text: string): string => `<p>${text}</p>`;

describe('lists of other stories on a saved page', () => {
  it('leaves out "Popular Stories" after the story: other articles\' headlines, stamps and teasers', () => {
    const teasers = [
      '<h3>Popular Stories</h3>',
      '<h3><a href="/2026/02/07/refurbished-laptops">Shop Now Selling Refurbished Laptops</a></h3>',
      p('Wednesday February 7, 2026 4:51 pm PST by Ida Lunn'),
      p('The shop today began offering refurbished laptops at a discount for the first time since their October 2025 launch.'),
      '<h3><a href="/2026/02/08/phone-update">Maker Releases Phone Update With Fix for Text Bug</a></h3>',
      p('Thursday February 8, 2026 10:25 am PST by Ida Lunn'),
      p('The maker today released a minor update for its phones that were released in September 2025.'),
    ].join('');
    const { paragraphs } = extractPage(page([...STORY, ENDING].map(p).join('') + teasers));
    expect(paragraphs.at(-1)).toBe(ENDING);
    expect(paragraphs.join(' ')).not.toMatch(/refurbished|Popular Stories|Ida Lunn/);
  });

  it('takes out a "Related coverage" box of headlines set inside the story, and keeps the story after it', () => {
    const text = [
      'Aalborg approves ferry terminal',
      '',
      ...STORY.slice(0, 4),
      'RELATED COVERAGE',
      'Copenhagen opens new metro line to the airport',
      'Ferry strike ends after two weeks',
      ...STORY.slice(4),
      ENDING,
    ].join('\n');
    const { paragraphs } = parsePageText(text);
    expect(paragraphs).toEqual([...STORY, ENDING]);
  });

  it('drops a widget\'s heading left between two of the story\'s paragraphs, and nothing else', () => {
    const { paragraphs } = extractPage(page([...STORY.slice(0, 4).map(p), '<h2>Most Popular</h2>', ...[STORY[4]!, ENDING].map(p)].join('')));
    expect(paragraphs).toEqual([...STORY, ENDING]);
  });

  it('leaves a heading above the story\'s first sentences to the page\'s other rules', () => {
    const { paragraphs } = extractPage(page([p('Trending'), ...STORY.map(p)].join('')));
    expect(paragraphs).toContain(STORY[0]);
    expect(paragraphs).toContain(STORY[4]);
  });
});

describe('what a page prints under the story\'s closing line', () => {
  const teasers = ['Ferry strike ends after two weeks as pilots accept new pay offer from the harbour board.', 'Copenhagen opens new metro line to the airport, a year later than planned by the city.'];

  it('leaves out everything after the writer\'s box or a wire\'s credit, and keeps the closing line', () => {
    const bio = 'Ida Lunn is a politics reporter for Harbour News.';
    const { paragraphs } = parsePageText(['Aalborg approves ferry terminal', '', ...STORY, ENDING, bio, ...teasers].join('\n'));
    expect(paragraphs).toEqual([...STORY, ENDING, bio]);
    const credit = 'With files from The Associated Press';
    expect(parsePageText(['Aalborg approves ferry terminal', '', ...STORY, credit, ...teasers].join('\n')).paragraphs).toEqual([...STORY, credit]);
  });

  it('reads such a line before half the page\'s sentences as the story\'s own ("… is a reporter for …" may open it)', () => {
    const opening = 'Ida Lunn is a Harbour News reporter for the city desk, and she spent a week on the ferries.';
    const { paragraphs } = parsePageText(['Aalborg approves ferry terminal', '', ...STORY.slice(0, 2), opening, ...STORY.slice(2), ENDING].join('\n'));
    expect(paragraphs).toEqual([...STORY.slice(0, 2), opening, ...STORY.slice(2), ENDING]);
  });
});

describe('a picture\'s caption in a saved page', () => {
  it('is no paragraph of the story', () => {
    const figure = '<figure><img src="/ferry.jpg" alt=""><figcaption>Mayor Jonas Brandt cuts a ribbon at the harbour in Aalborg on July 29.</figcaption></figure>';
    const { paragraphs } = extractPage(page([...STORY.slice(0, 2).map(p), figure, ...STORY.slice(2).map(p)].join('')));
    expect(paragraphs).toEqual(STORY);
  });
});

describe('links to other stories set into a story', () => {
  it('drops "MORE: …" and "READ NEXT: …" lines from any text, and keeps a sentence that opens with the word', () => {
    const body = [STORY[0], 'MORE: Copenhagen opens new metro line to the airport', STORY[1], 'READ NEXT: Ferry strike ends after two weeks', 'More than forty residents attended the meeting.'].join('\n\n');
    const { article } = toArticle({ origin: 'test:links', fallbackTime: new Date(0), title: 'Aalborg approves ferry terminal', body, date: '2024-06-04' }, new Date('2024-06-10T00:00:00Z'));
    expect(article.paragraphs).toEqual([STORY[0], STORY[1], 'More than forty residents attended the meeting.']);
  });
});
