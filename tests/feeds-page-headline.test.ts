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

  it('does not let <title> alone confirm a short h1 (a gallery name) over a longer headline og and twitter agree on', () => {
    const headline = chooseHeadline(meta([
      { text: 'Seven Ways to Keep a Balcony Garden Alive Through August', from: 'og' },
      { text: 'Seven Ways to Keep a Balcony Garden Alive Through August', from: 'twitter' },
      { text: 'Balcony Garden Ideas', from: 'h1' },
      { text: 'Balcony Garden Ideas | Harbour Living', from: 'title' },
    ], ['Harbour Living']));
    expect(headline).toBe('Seven Ways to Keep a Balcony Garden Alive Through August');
  });

  it('still takes a short h1 that the og:title repeats', () => {
    const headline = chooseHeadline(meta([
      { text: 'Ferry Strike Ends', from: 'og' },
      { text: 'Ferry Strike Ends', from: 'h1' },
      { text: 'Harbour board hails deal | Harbour Herald', from: 'title' },
    ], ['Harbour Herald']));
    expect(headline).toBe('Ferry Strike Ends');
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

describe('headings that are not the headline', () => {
  it('does not take a masthead h1 that only matches the site part of <title>', () => {
    const headline = chooseHeadline(meta([
      { text: 'quick pickled radishes', from: 'twitter' },
      { text: 'harbour kitchen', from: 'h1' },
      { text: 'quick pickled radishes | harbour kitchen', from: 'title' },
    ]));
    expect(headline).toBe('quick pickled radishes');
  });

  it('takes the h1 that another source confirms when the page has several', () => {
    const headline = chooseHeadline(meta([
      { text: 'Ferry workers at the harbour go on strike', from: 'og' },
      { text: 'thanks for visiting the herald', from: 'h1' },
      { text: 'Ferry workers at the harbour go on strike', from: 'h1' },
    ]));
    expect(headline).toBe('Ferry workers at the harbour go on strike');
  });

  it('lets a JSON-LD headline that the <title> repeats outrank a lone h1', () => {
    const headline = chooseHeadline(meta([
      { text: 'Ferry terminal: harbour board admits a second year of delay', from: 'json-ld' },
      { text: 'Terminal to open late', from: 'og' },
      { text: 'Harbour board says the ferry terminal will open a year late after all', from: 'h1' },
      { text: 'Ferry terminal: harbour board admits a second year of delay | Herald', from: 'title' },
    ], ['Herald']));
    expect(headline).toBe('Ferry terminal: harbour board admits a second year of delay');
  });
});
