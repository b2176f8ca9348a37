import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toArticle } from '../src/ingest/to-article.js';

const TODAY = new Date('2026-11-29T12:00:00Z');
const FILE_TIME = new Date('2026-01-02T03:04:05Z');

function read(path: string) {
  return toArticle({ origin: path, fallbackTime: FILE_TIME, pageText: readFileSync(path, 'utf8') }, TODAY);
}
const fixture = (name: string) => read(join('tests/fixtures/pages', name));

describe('reading the seed page', () => {
  const { article, chrome } = read('seeds/000_1eac8ca87cd292f6.txt');

  it('takes the headline with its attribution, and the attribution as "via"', () => {
    expect(article.title).toBe('Putin, Kim Jong Un meet at space launch facility in Russia: Tass');
    expect(article.via).toBe('Tass');
  });

  it('reads place and source from the dateline and infers the missing year from the weekday', () => {
    expect(article.place).toBe('Tokyo');
    expect(article.source).toBe('AJMEDIA');
    expect(article.date).toBe('2023-09-13');
    expect(article.dateSource).toBe('inferred');
    expect(article.dateNote).toMatch(/wednesday/);
  });

  it('drops the site chrome and keeps every story paragraph', () => {
    const all = [article.title, ...article.paragraphs].join('\n');
    expect(all).not.toMatch(/Site icon|Exit mobile version|\/AJMEDIA\//);
    expect(chrome.map((c) => c.line)).toEqual(['Site icon AJMEDIA English', 'Exit mobile version']);
    expect(article.paragraphs[0]).toMatch(/^Russian President Vladimir Putin/);
    expect(article.paragraphs.at(-1)).toMatch(/Panmunjeom\.$/);
  });

  it('gives a short, typeable id made of the date and headline words', () => {
    expect(article.id).toMatch(/^2023-09-13-putin-kim-jong-un-meet-[0-9a-f]{4}$/);
  });
});

describe('datelines and chrome of other sites', () => {
  it('reads a Reuters wire dateline that opens the first paragraph', () => {
    const { article } = fixture('reuters-wire.txt');
    expect(article).toMatchObject({ place: 'Washington', source: 'Reuters', date: '2023-03-03', dateSource: 'inferred' });
    expect(article.paragraphs[0]).toMatch(/^The U\.S\. Senate on Friday/);
  });

  it('drops menus, share prompts and wire credit lines', () => {
    const { article, chrome } = fixture('reuters-wire.txt');
    expect(chrome.map((c) => c.line)).toEqual(
      expect.arrayContaining(['Skip to main content', 'Menu', 'Home | World | Americas', 'Share this article', 'Reporting by Jane Doe; Editing by John Roe']),
    );
    expect(article.paragraphs).toHaveLength(3);
  });

  it('reads an AP dateline and a "Published" line, and drops a repeated site header', () => {
    const { article, chrome } = fixture('ap-style.txt');
    expect(article).toMatchObject({ place: 'Rome', source: 'AP', date: '2023-07-18', dateSource: 'stated' });
    expect(article.title).toBe('Heat wave breaks records across southern Europe');
    expect(chrome.filter((c) => c.reason === 'repeated line')).toHaveLength(2);
    expect(article.paragraphs.join(' ')).not.toMatch(/cookies|All rights reserved|Daily Ledger/);
  });

  it('takes a year the dateline states as stated, ignoring future years in the text', () => {
    const { article } = fixture('stated-year.txt');
    expect(article).toMatchObject({ place: 'Berlin', source: 'EUROWIRE', date: '2024-05-05', dateSource: 'stated' });
  });

  it('without a weekday, takes the latest year not before the years the text mentions and not after today', () => {
    const { article } = fixture('no-weekday.txt');
    expect(article).toMatchObject({ date: '2026-07-04', dateSource: 'inferred' });
    expect(article.dateNote).toMatch(/no weekday/);
  });

  it('lets a weekday in the lead rule out years that do not fit', () => {
    // 3 March was a Sunday in 2019 and first a Friday again in 2023.
    const { article } = fixture('weekday-rules-out.txt');
    expect(article.date).toBe('2023-03-03');
  });

  it('never dates an article after today', () => {
    const text = 'Local News\n\nCity opens new library\n\nOslo, 30 December /NORDWIRE/\n\nThe city opened a new public library on Monday, with room for 450,000 books and a cinema.';
    const { article } = toArticle({ origin: 'x', fallbackTime: FILE_TIME, pageText: text }, TODAY);
    expect(article.date <= '2026-11-29').toBe(true);
    expect(article.date.slice(5)).toBe('12-30');
  });

  it('falls back to the file time, marked unknown, when nothing dates the story', () => {
    const text = 'Harbour seals return to the estuary\n\nVolunteers counted more than two hundred harbour seals resting on the sandbanks, the highest number in a decade.';
    const { article } = toArticle({ origin: 'x', fallbackTime: FILE_TIME, pageText: text }, TODAY);
    expect(article).toMatchObject({ date: '2026-01-02', dateSource: 'unknown' });
  });
});
