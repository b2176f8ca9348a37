import { describe, expect, it } from 'vitest';
import { choosePageDate } from '../src/feeds/page-date.js';
import { extractPage } from '../src/feeds/page-extractor.js';
import type { PageMetadata } from '../src/feeds/page-metadata.js';

const meta = (published: PageMetadata['published'], url?: string): PageMetadata => ({ headlines: [], published, modified: [], siteNames: [], ...(url ? { url } : {}) });

describe("choosing a web page's publication day", () => {
  it('lets named publication fields outrank a bare date meta that disagrees', () => {
    const dated = choosePageDate(meta([{ value: '2024-04-22T22:44:32Z', from: 'JSON-LD datePublished' }, { value: '2024-04-25T15:47:59Z', from: 'meta date' }]), undefined, []);
    expect(dated).toMatchObject({ day: '2024-04-22' });
  });

  it('still says unknown when two named publication fields disagree', () => {
    const dated = choosePageDate(meta([{ value: '2025-09-02T18:01:39-04:00', from: 'JSON-LD datePublished' }, { value: '2025-09-05T11:00:00Z', from: 'itemprop datePublished' }]), undefined, []);
    expect(dated).toHaveProperty('unknown');
  });

  it("takes the publisher's local day when a UTC stamp falls just past midnight", () => {
    const dated = choosePageDate(meta([{ value: '2016-12-23T00:47:31Z', from: 'meta article:published_time' }, { value: 'Thursday, December 22, 2016, 06:47 PM', from: 'meta sailthru.date' }]), undefined, []);
    expect(dated).toMatchObject({ day: '2016-12-22' });
  });

  it('keeps the UTC day when no local clue gives the day before', () => {
    const dated = choosePageDate(meta([{ value: '2016-12-23T00:47:31Z', from: 'meta article:published_time' }]), undefined, []);
    expect(dated).toMatchObject({ day: '2016-12-23' });
  });

  it("takes the stated day over a magazine issue's later cover date in the address", () => {
    const dated = choosePageDate(meta([{ value: '2016-11-28T00:00:00Z', from: 'meta article:published_time' }], 'https://weekly.example/magazine/2016/12/05/ferry-notes'), undefined, []);
    expect(dated).toMatchObject({ day: '2016-11-28' });
  });

  it('says unknown when the address is dated before the stated publication day', () => {
    const dated = choosePageDate(meta([{ value: '2016-12-05T00:00:00Z', from: 'meta article:published_time' }], 'https://weekly.example/2016/11/28/ferry-notes'), undefined, []);
    expect(dated).toHaveProperty('unknown');
  });

  it('reads a <time> outside the article when its words say Posted', () => {
    const story = Array.from({ length: 3 }, () => '<p>The harbour board said the ferry terminal would open next spring, later than planned.</p>').join('');
    const page = extractPage(`<html><head><title>Ferry delay</title></head><body><div class="meta"><time datetime="2022-10-14T13:27:00Z">Posted: Oct 14, 2022 9:27 AM ET | Last Updated: an hour ago</time></div><div>${story}</div></body></html>`);
    expect(page.date).toBe('2022-10-14');
  });
});

describe('publication over update on a whole page', () => {
  const story = Array.from({ length: 3 }, () => '<p>The harbour board said the ferry terminal would open next spring, later than planned.</p>').join('');
  const page = (head: string, body = '', url?: string) => extractPage(`<html><head><title>Ferry delay</title>${head}</head><body><article><h1>Ferry terminal to open a year late</h1>${body}${story}</article></body></html>`, url);

  it('takes article:published_time over a later modified time and an "Updated" <time>, with the address agreeing', () => {
    const dated = page('<meta property="article:published_time" content="2021-03-03T08:00:00+01:00"><meta property="article:modified_time" content="2021-03-09T10:00:00Z">', '<time datetime="2021-03-09T10:00:00Z">Updated 9 March 2021</time>', 'https://herald.example/2021/03/03/ferry-terminal-late');
    expect(dated.date).toBe('2021-03-03');
  });

  it('gives no date when the page states only when it was modified', () => {
    const dated = page('<meta property="article:modified_time" content="2021-03-09T10:00:00Z"><meta itemprop="dateModified" content="2021-03-09T10:00:00Z">');
    expect(dated.date).toBeUndefined();
    expect(dated.dateNote).toMatch(/no publication date/);
  });

  it('takes the "Published" stamp over the "Updated" one when the page has no metadata', () => {
    expect(page('', '<p>Published 3 March 2021 · Updated 9 March 2021</p>').date).toBe('2021-03-03');
  });
});
