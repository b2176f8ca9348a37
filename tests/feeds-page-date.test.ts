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
