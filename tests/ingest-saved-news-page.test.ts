import { describe, expect, it } from 'vitest';
import { datesInLine } from '../src/ingest/date-lines.js';
import { toArticle } from '../src/ingest/to-article.js';

const TODAY = new Date('2026-11-29T12:00:00Z');
const FILE_TIME = new Date('2026-01-02T03:04:05Z');
const page = (text: string) => toArticle({ origin: 'test.txt', fallbackTime: FILE_TIME, pageText: text }, TODAY).article;
const STORY = [
  'MAPLEFORD – The county council voted on Tuesday to close two of its four public libraries, citing a budget gap it blamed on falling property taxes.',
  'Residents packed the chamber for more than three hours, and several read letters from children who use the branches after school.',
  'The council said the buildings would be sold and the collections moved to the remaining branches by the end of the year.',
].join('\n\n');

describe('a news story saved as text: outlet line, headline, story, stamp', () => {
  it('takes a headline that opens with "From" as the headline, not as a byline', () => {
    const article = page(['Mapleford Herald', '', 'From story hours to study rooms, council closes two libraries', '', STORY, '', 'Published 13 January 2019'].join('\n'));
    expect(article.title).toBe('From story hours to study rooms, council closes two libraries');
    expect(article.date).toBe('2019-01-13');
    expect(article.source).toBe('Mapleford Herald');
  });

  it('reads a "Published" stamp whose time stands before the date, and lets it win over a later update', () => {
    expect(datesInLine('Published 11:14 a.m. EDT April 28, 2020')).toEqual([{ day: '2020-04-28', kind: 'published', line: 0 }]);
    expect(datesInLine('Updated 5:30 p.m. ET April 29, 2020')).toEqual([{ day: '2020-04-29', kind: 'updated', line: 0 }]);
    const article = page(['MAPLEFORD HERALD', '', 'Council closes two libraries', '', 'By Jane Doe, MAPLEFORD HERALD', '', 'Updated 5:30 p.m. ET April 29, 2020', '', STORY, '', 'Published on 11:14 a.m. EDT April 28, 2020'].join('\n'));
    expect(article.title).toBe('Council closes two libraries');
    expect(article.date).toBe('2020-04-28');
    expect(article.dateSource).toBe('stated');
  });

  it('still reads a real byline as a byline', () => {
    const article = page(['Mapleford Herald', '', 'Council closes two libraries', '', 'By Sam Rivera', '', STORY, '', 'Published Jan. 13, 2019'].join('\n'));
    expect(article.title).toBe('Council closes two libraries');
    expect(article.paragraphs.join(' ')).not.toContain('Sam Rivera');
  });
});

describe('which date stamps speak for the story', () => {
  const related = (n: number) => Array.from({ length: n }, (_, i) => [`Harbour crane contract goes to tender again number ${i + 1}`, `March ${i + 2}, 2018`, '']).flat();

  it('takes the stamp under the headline, not the dates of the related stories listed below', () => {
    const lines = ['Mapleford Herald', '', 'Council closes two libraries', '', 'By Jane Doe | June 19, 2023 | 4 min read', '', STORY, '', 'More from the Herald', '', ...related(6), 'Contact the newsroom'];
    const article = page(lines.join('\n'));
    expect(article.date).toBe('2023-06-19');
    expect(article.dateSource).toBe('stated');
  });

  it('still gives no date when the stamps around the story disagree', () => {
    const lines = ['Mapleford Herald', '', 'Council closes two libraries', '', 'June 19, 2023', '', STORY, '', 'March 3, 2021', ''];
    expect(page(lines.join('\n')).dateSource).toBe('unknown');
  });
});
