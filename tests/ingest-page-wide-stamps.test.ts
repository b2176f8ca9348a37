import { describe, expect, it } from 'vitest';
import { datesInLine } from '../src/ingest/date-lines.js';
import { toArticle } from '../src/ingest/to-article.js';

const TODAY = new Date('2026-11-29T12:00:00Z');
const FILE_TIME = new Date('2026-01-02T03:04:05Z');
const page = (lines: string[]) => toArticle({ origin: 'test.txt', fallbackTime: FILE_TIME, pageText: lines.join('\n') }, TODAY).article;
/** A long story: stamps in its middle stand far from its headline, its lead and its end. */
const story = (n: number) =>
  Array.from({ length: n }, (_, i) => [`Paragraph ${i + 1} of the report says the harbour board met again to weigh the cost of the new sea wall and its cranes.`, '']).flat();
const HEAD = ['Mapleford Herald', '', 'Harbour board delays the new ferry terminal', ''];

describe('stamps away from the story', () => {
  it('does not date a story by a caption in its middle that mentions a date', () => {
    const body = story(30);
    body.splice(30, 0, 'Cranes arriving at the quay on 5 January 2025', '');
    expect(page([...HEAD, ...body, 'Contact the newsroom']).dateSource).toBe('unknown');
  });

  it('does not date a story by the bylines of other stories listed on the page, when their days differ', () => {
    const others = ['By Sam RiveraMarch 7, 2024', 'By Lee ChenMarch 6, 2024', 'By Jane DoeMarch 7, 2024'];
    const body = story(30);
    body.splice(30, 0, ...others.flatMap((o) => [o, '']));
    expect(page([...HEAD, ...body]).dateSource).toBe('unknown');
  });

  it('takes a "Published" stamp anywhere on the page, naming one day, over a bare date next to the story', () => {
    const body = story(30);
    body.splice(20, 0, 'Published February 24, 2020Last updated July 21, 2022', '');
    const article = page([...HEAD, ...body, 'Harbour news • May 31, 2022', '']);
    expect(article).toMatchObject({ date: '2020-02-24', dateSource: 'stated' });
  });
});

describe('stamps glued together by a text dump', () => {
  it('reads two dates glued at a year as two stamps', () => {
    expect(datesInLine('December 10, 2021April 9, 2019 by Jane Doe').map((d) => d.day)).toEqual(['2021-12-10', '2019-04-09']);
  });

  it('reads "Updated" glued to its time as an update', () => {
    expect(datesInLine('• Updated20:49, 5 Aug 2024')).toEqual([{ day: '2024-08-05', kind: 'updated', line: 0 }]);
  });
});

describe("a site header's date", () => {
  it('does not date the story by a bare date in the header far above the headline', () => {
    const header = ['Mapleford Herald', 'Friday, April 28, 2023', ...Array.from({ length: 20 }, (_, i) => `Section ${i + 1}`), ''];
    expect(page([...header, ...HEAD.slice(2), ...story(30)]).dateSource).toBe('unknown');
  });
});
