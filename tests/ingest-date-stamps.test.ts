import { describe, expect, it } from 'vitest';
import { datesInLine, datesInLines, publicationDay } from '../src/ingest/date-lines.js';
import { toArticle } from '../src/ingest/to-article.js';

const TODAY = new Date('2026-11-29T12:00:00Z');
const FILE_TIME = new Date('2026-01-02T03:04:05Z');
const page = (text: string) => toArticle({ origin: 'test.txt', fallbackTime: FILE_TIME, pageText: text }, TODAY).article;
const STORY = [
  'The harbour authority said on Monday that the new ferry terminal would open to passengers next spring, two years later than planned.',
  'Engineers found that the sea wall needed strengthening before the cranes could be installed, the authority said in a statement.',
  'Local businesses, which had hoped for the extra trade this summer, said the delay would cost them dearly.',
].join('\n\n');

describe('date stamps on a saved page', () => {
  it.each([
    ['Published 6 September 2022', '2022-09-06', 'published'],
    ['Updated: Tue 21 Mar 2023 09.14 GMT', '2023-03-21', 'updated'],
    ['By Jane Doe | December 22, 2022 | 4 min read', '2022-12-22', 'plain'],
    ['September 6, 2022 at 2:10 p.m. EDT', '2022-09-06', 'plain'],
    ['2022-09-06T14:10:00Z', '2022-09-06', 'plain'],
    ['Harbour DeskMarch 3, 2021 GMT', '2021-03-03', 'plain'],
  ])('reads "%s" as %s (%s)', (line, day, kind) => {
    expect(datesInLine(line)).toEqual([{ day, kind, line: 0 }]);
  });

  it('does not take a date out of a sentence of the story', () => {
    expect(datesInLine('The war began on February 24, 2022, when troops crossed the border from three sides at dawn.')).toEqual([]);
  });

  it('takes the publication over an update on one line', () => {
    expect(publicationDay(datesInLine('Feb. 5, 2019 Updated Feb. 6, 2019'))).toEqual({ day: '2019-02-05', why: 'a date stamp' });
  });

  it('gives no date when plain stamps disagree, and an update alone only when it is all there is', () => {
    expect(publicationDay(datesInLines(['March 3, 2021', 'June 9, 2020']))).toEqual({ conflict: 'stamps disagree (2021-03-03, 2020-06-09)' });
    expect(publicationDay(datesInLines(['Updated June 9, 2020']))).toMatchObject({ day: '2020-06-09' });
  });

  it('dates a page by a "Published" line at its foot, and names the outlet of its masthead as the source', () => {
    const article = page(`USA Today\n\nFerry terminal delayed by two years\n\nBy Jane Doe\nAssociated Press\n\n${STORY}\n\nPublished 13 January 2019`);
    expect(article).toMatchObject({ title: 'Ferry terminal delayed by two years', date: '2019-01-13', dateSource: 'stated', source: 'USA Today' });
    expect(article.paragraphs.join(' ')).not.toMatch(/Jane Doe|Associated Press|Published 13/);
  });

  it('never takes the site name, a byline, a credit or a stamp for the headline', () => {
    const article = page(`The Harbour Herald\n\nFerry terminal delayed by two years\n\nBy Jane Doe\nPhoto: Harbour Authority\nUpdated Feb. 6, 2019, 2:07 a.m. ET\n\n${STORY}`);
    expect(article.title).toBe('Ferry terminal delayed by two years');
    expect(article.source).toBe('The Harbour Herald');
    expect(article.date).toBe('2019-02-06');
  });

  it('leaves the date unknown when the stamps on the page disagree', () => {
    const article = page(`Ferry terminal delayed by two years\n\nMarch 3, 2021\n\n${STORY}\n\nJune 9, 2020`);
    expect(article.dateSource).toBe('unknown');
  });

  it('takes the site suffix off a "Headline | Site" title and keeps it as the source', () => {
    const article = page(`Ferry terminal delayed by two years | The Harbour Herald\n\n${STORY}`);
    expect(article).toMatchObject({ title: 'Ferry terminal delayed by two years', source: 'The Harbour Herald' });
  });

  it('finds the headline under a long menu, past the standfirst, byline and caption', () => {
    const menu = Array.from({ length: 40 }, (_, i) => `  • Section ${i}`).join('\n');
    const article = page(`${menu}\nFerry terminal delayed by two years as sea wall fails\nThe harbour authority blames the sea wall\nJane Doe\nMarch 3, 2021\nA crane stands idle at the harbour (Photo: Harbour Authority)\n${STORY}`);
    expect(article.title).toBe('Ferry terminal delayed by two years as sea wall fails');
    expect(article.date).toBe('2021-03-03');
  });
});
