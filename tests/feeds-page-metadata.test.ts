import { describe, expect, it } from 'vitest';
import { extractPage } from '../src/feeds/page-extractor.js';
import { urlDate } from '../src/feeds/page-date.js';

const STORY = Array.from({ length: 4 }, (_, i) => `<p>Paragraph ${i + 1}: the harbour authority said the new ferry terminal would open to passengers next spring, two years later than planned, after engineers found the sea wall too weak.</p>`).join('');
const html = (head: string, body = '') => `<!doctype html><html><head>${head}</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>${body}<article>${STORY}</article><footer>© The Harbour Herald</footer></body></html>`;

describe('reading a web page\'s headline, date and site', () => {
  it('takes the headline the metadata agrees on, without the site suffix of <title>', () => {
    const page = extractPage(html('<title>Ferry terminal delayed by two years | The Harbour Herald</title><meta property="og:title" content="Ferry terminal delayed by two years"><meta property="og:site_name" content="The Harbour Herald">', '<h1>Ferry terminal delayed by two years</h1>'));
    expect(page).toMatchObject({ title: 'Ferry terminal delayed by two years', siteName: 'The Harbour Herald' });
  });

  it('reads JSON-LD headline and datePublished inside an @graph, over dateModified', () => {
    const ld = { '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite', name: 'Herald' }, { '@type': 'NewsArticle', headline: 'Sea wall too weak for cranes', datePublished: '2023-04-28T17:40:08+00:00', dateModified: '2023-05-02T09:00:00+00:00' }] };
    const page = extractPage(html(`<title>Herald</title><script type="application/ld+json">${JSON.stringify(ld)}</script>`));
    expect(page).toMatchObject({ title: 'Sea wall too weak for cranes', date: '2023-04-28' });
  });

  it('takes the headline og:title and twitter:title agree on over a short gallery h1 that only <title> repeats', () => {
    const page = extractPage(html('<title>Balcony Garden Ideas | Harbour Living</title><meta property="og:title" content="Seven Ways to Keep a Balcony Garden Alive Through August"><meta name="twitter:title" content="Seven Ways to Keep a Balcony Garden Alive Through August"><meta property="og:site_name" content="Harbour Living">', '<h1>Balcony Garden Ideas</h1>'));
    expect(page.title).toBe('Seven Ways to Keep a Balcony Garden Alive Through August');
  });

  it('never takes a logo or the site name in an h1 for the headline', () => {
    const page = extractPage(html('<title>Ferry terminal delayed by two years - The Harbour Herald</title><meta name="application-name" content="The Harbour Herald">', '<h1>The Harbour Herald</h1>'));
    expect(page.title).toBe('Ferry terminal delayed by two years');
  });

  it('dates by article:published_time written as value= (as some saved pages have it), and by <time datetime>', () => {
    expect(extractPage(html('<title>Ferry delay</title><meta name="article:published_time" value="2016-12-22T18:47:31-05:00">')).date).toBe('2016-12-22');
    expect(extractPage(html('<title>Ferry delay</title>', '<header><time datetime="2021-03-03T08:00:00Z">3 March</time></header>')).date).toBe('2021-03-03');
  });

  it('dates by the address when the page says nothing else, and by a stamp on the page', () => {
    expect(extractPage(html('<title>Ferry delay</title><link rel="canonical" href="https://herald.example/2019/04/15/ferry-delay/">')).date).toBe('2019-04-15');
    expect(extractPage(html('<title>Ferry delay</title>', '<p class="byline">By Jane Doe | December 22, 2022 | 4 min read</p>')).date).toBe('2022-12-22');
  });

  it('leaves the date unknown when the metadata and the address disagree', () => {
    const page = extractPage(html('<title>Ferry delay</title><meta property="article:published_time" content="2018-03-06T19:49:32-05:00"><link rel="canonical" href="https://herald.example/2016/12/21/ferry-delay/">'));
    expect(page.date).toBeUndefined();
    expect(page.dateNote).toMatch(/address/);
  });

  it('reads a date from an address only in one consistent shape', () => {
    expect(urlDate('https://x.example/2023/04/28/story')).toEqual({ day: '2023-04-28', month: '2023-04' });
    expect(urlDate('https://x.example/news/20230428-story')).toEqual({ day: '2023-04-28', month: '2023-04' });
    expect(urlDate('https://x.example/articles/194709-13-ways')).toEqual({});
    expect(urlDate('https://x.example/2019/04/story')).toEqual({ month: '2019-04' });
    expect(urlDate('https://x.example/2010/POLITICS/08/13/harbour.vote/index.html')).toEqual({ day: '2010-08-13', month: '2010-08' });
    expect(urlDate('https://x.example/2010/POLITICS/14/13/harbour/')).toEqual({});
  });
});
