import { describe, expect, it } from 'vitest';
import { withoutBodyHead } from '../src/ingest/body-head.js';
import { toArticle } from '../src/ingest/to-article.js';

const STORY = [
  'GDANSK – The port reopened on Tuesday after a three-day strike by crane operators over pay.',
  'The union said talks would resume next week, and ships began unloading within hours.',
  'Port officials said the backlog would take a fortnight to clear.',
];

const read = (body: string, date?: string) =>
  toArticle({ origin: 'test:body-head', title: 'Gdansk port reopens after strike', body, source: 'Baltic Daily', ...(date ? { date } : {}), fallbackTime: new Date('2024-01-01T00:00:00Z') }, new Date('2024-06-01T00:00:00Z'));

describe('the lines an export keeps above a body', () => {
  it('sets aside the byline and the agency, which becomes who the story came through', () => {
    const { article, chrome } = read(['Marta Nowak and Piotr Zielinski', 'Associated Press', ...STORY].join('\n\n'), '2024-05-14');
    expect(article.paragraphs[0]).toMatch(/^GDANSK – The port reopened/);
    expect(article.via).toBe('Associated Press');
    expect(chrome.map((c) => c.line)).toEqual(['Marta Nowak and Piotr Zielinski', 'Associated Press']);
    expect(article.paragraphs.join(' ')).not.toContain('Marta Nowak');
  });

  it('sets aside an update stamp', () => {
    const { article } = read(['May 14, 2024 Updated May 15, 2024, 9:10 a.m. ET', ...STORY].join('\n\n'), '2024-05-14');
    expect(article.paragraphs[0]).toMatch(/^GDANSK/);
  });

  it('keeps a heading with words of its own, a sentence, and the story\'s last two paragraphs', () => {
    expect(withoutBodyHead(['Why the strike ended', ...STORY]).dropped).toEqual([]);
    expect(withoutBodyHead(['Talks resumed.', ...STORY]).dropped).toEqual([]);
    expect(withoutBodyHead(['Marta Nowak', 'Associated Press', STORY[0]!]).kept).toEqual(['Associated Press', STORY[0]]);
  });
});
