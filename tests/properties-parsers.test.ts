import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MalformedFeedError, parseFeedText } from '../src/feeds/feed-parser.js';
import { extractPage, NoArticleError } from '../src/feeds/page-extractor.js';
import { chronoPieces } from '../src/language/times/chrono-times.js';
import { formatQuery, parseQuery } from '../src/search/query-syntax.js';

const NOW = new Date('2026-01-15T12:00:00Z');
const RUNS = { numRuns: Number(process.env.PROPERTY_RUNS ?? 100) };
/** Text made of the characters the parsers care about, so short inputs reach their edge cases. */
const word = fc.stringMatching(/^[a-z"<>:/&;#0-9 -]{0,12}$/);
const text = fc.array(word, { maxLength: 12 }).map((w) => w.join(' '));

describe('properties of the readers', () => {
  it('query syntax: any text parses without throwing and formats back to text that parses the same', () => {
    fc.assert(
      fc.property(text, (q) => {
        const parsed = parseQuery(q, NOW);
        expect(parseQuery(formatQuery(parsed), NOW)).toEqual(parsed);
      }),
      RUNS,
    );
  });

  it('page parser: any markup gives a page or a NoArticleError, never another failure', () => {
    const tag = fc.constantFrom('div', 'p', 'span', 'article', 'h1', 'title', 'script');
    const markup = fc.array(fc.oneof(tag.map((t) => `<${t}>`), tag.map((t) => `</${t}>`), text), { maxLength: 30 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(markup, (html) => {
        try {
          const page = extractPage(html, 'http://127.0.0.1/p');
          expect(page.title.length).toBeGreaterThan(0);
        } catch (error) {
          expect(error).toBeInstanceOf(NoArticleError);
        }
      }),
      RUNS,
    );
  });

  it('page parser: a fragment whose document Readability takes away is no article, not a crash (found by the property above)', () => {
    expect(() => extractPage('<h1><title><script> < - 0 </div>', 'http://127.0.0.1/p')).toThrow(NoArticleError);
  });

  it('feed parser: any text gives a feed or a MalformedFeedError', () => {
    const body = fc.oneof(text, text.map((t) => `<rss version="2.0"><channel><title>${t}</title><item><title>${t}</title></item></channel></rss>`));
    fc.assert(
      fc.property(body, (t) => {
        try {
          expect(Array.isArray(parseFeedText(t, 'http://127.0.0.1/f').items)).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(MalformedFeedError);
        }
      }),
      RUNS,
    );
  });

  it('date rules: chrono pieces always cover the text exactly, each within the limit', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.integer({ min: 1, max: 60 }), (t, limit) => {
        const pieces = chronoPieces(t, limit);
        expect(pieces.map((p) => p.text).join('')).toBe(t);
        expect(pieces.every((p) => p.text.length > 0 && p.text.length <= limit)).toBe(true);
      }),
      RUNS,
    );
  });
});
