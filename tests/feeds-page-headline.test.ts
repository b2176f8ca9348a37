import { describe, expect, it } from 'vitest';
import { chooseHeadline } from '../src/feeds/page-headline.js';
import type { PageMetadata } from '../src/feeds/page-metadata.js';

const meta = (headlines: PageMetadata['headlines'], siteNames: string[] = []): PageMetadata => ({ headlines, published: [], modified: [], siteNames });

describe("choosing a web page's headline", () => {
  it("takes the article's h1 when the <title> confirms it, over a social-media title", () => {
    const headline = chooseHeadline(meta([
      { text: 'Six months of delays have tested the harbour board', from: 'og' },
      { text: 'Six months of delays have tested the harbour board', from: 'twitter' },
      { text: 'Why is the ferry terminal late?', from: 'h1' },
      { text: 'Why is the ferry terminal late? | Harbour Herald', from: 'title' },
    ], ['Harbour Herald']));
    expect(headline).toBe('Why is the ferry terminal late?');
  });

  it('takes the h1 over a section-prefixed og:title that contains it', () => {
    const headline = chooseHeadline(meta([
      { text: 'Opinion | Enough delays: open the terminal', from: 'og' },
      { text: 'Enough delays: open the terminal', from: 'h1' },
    ]));
    expect(headline).toBe('Enough delays: open the terminal');
  });

  it('takes a long h1 that nothing else repeats', () => {
    const headline = chooseHeadline(meta([
      { text: 'Terminal late again', from: 'og' },
      { text: 'Terminal late again', from: 'title' },
      { text: 'The harbour board admits the ferry terminal will open a year late', from: 'h1' },
    ]));
    expect(headline).toBe('The harbour board admits the ferry terminal will open a year late');
  });

  it('lets a short unconfirmed h1 (a series name) give way to what the metadata agrees on', () => {
    const headline = chooseHeadline(meta([
      { text: 'Ferry terminal delayed by two years', from: 'og' },
      { text: 'Harbour Notebook', from: 'h1' },
      { text: 'Ferry terminal delayed by two years', from: 'title' },
    ]));
    expect(headline).toBe('Ferry terminal delayed by two years');
  });

  it('reads "Blog name: Post title" titles as the site and the headline, and drops the blog name in an h1', () => {
    const headline = chooseHeadline(meta([
      { text: 'A map that is good enough', from: 'og' },
      { text: 'Notes from the quay?', from: 'h1' },
      { text: 'Notes from the quay?: A map that is good enough', from: 'title' },
    ]));
    expect(headline).toBe('A map that is good enough');
  });
});
