import { describe, expect, it } from 'vitest';
import { resolveDate } from '../src/search/date-filter.js';
import { formatQuery, parseQuery } from '../src/search/query-syntax.js';
import { snippet } from '../src/search/snippet.js';
import { stem, termsOf } from '../src/search/text-terms.js';

const now = new Date('2024-03-15T12:00:00Z');

describe('query syntax', () => {
  it('takes words, quoted phrases and filters apart', () => {
    const q = parseQuery('kim "short-range ballistic" from:2023-09-01 to:2023-09-30 source:Reuters person:"Kim Jong Un" place:seoul sort:recency', now);
    expect(q.words).toEqual(['kim']);
    expect(q.phrases).toEqual(['short-range ballistic']);
    expect([q.from, q.to]).toEqual(['2023-09-01', '2023-09-30']);
    expect([q.sources, q.persons, q.places, q.sort]).toEqual([['Reuters'], ['Kim Jong Un'], ['seoul'], 'recency']);
    expect(q.problems).toEqual([]);
  });

  it('leaves unknown keys and times as words', () => {
    expect(parseQuery('talks at 10:30 https://example.com', now).words).toEqual(['talks', 'at', '10:30', 'https://example.com']);
  });

  it('reads an unknown key with a quoted value as a word and a phrase, so the query survives being written back', () => {
    const q = parseQuery('title:"kim  jong" a:" ', now);
    expect([q.words, q.phrases]).toEqual([['title', 'a'], ['kim jong']]);
    expect(parseQuery(formatQuery(q), now)).toEqual(q);
  });

  it('turns unreadable filters into problems, in words', () => {
    expect(parseQuery('from:bluesday', now).problems[0]).toMatch(/could not read the date “bluesday”/);
    expect(parseQuery('from:2023-09-10 to:2023-09-01', now).problems[0]).toMatch(/after/);
    expect(parseQuery('sort:sideways', now).problems[0]).toMatch(/relevance or recency/);
  });

  it('writes a canonical text that parses back to the same query, relative dates fixed', () => {
    const q = parseQuery('summit "grain corridor" from:yesterday person:"Recep Tayyip Erdoğan" sort:newest', now);
    const text = formatQuery(q);
    expect(text).toBe('summit "grain corridor" from:2024-03-14 person:"Recep Tayyip Erdoğan" sort:recency');
    expect(parseQuery(text, new Date('2030-01-01'))).toEqual(q);
  });
});

describe('filter dates', () => {
  it('reads days, months, years and relative days', () => {
    expect(resolveDate('2023-09-01', now, 'start')).toBe('2023-09-01');
    expect(resolveDate('2023-02', now, 'end')).toBe('2023-02-28');
    expect(resolveDate('2024', now, 'end')).toBe('2024-12-31');
    expect(resolveDate('yesterday', now, 'end')).toBe('2024-03-14');
    expect(resolveDate('7d', now, 'start')).toBe('2024-03-08');
    expect(resolveDate('1m', now, 'start')).toBe('2024-02-15');
    expect(resolveDate('2023-02-30', now, 'start')).toBeUndefined();
  });

  it('reads written dates through chrono', () => {
    expect(resolveDate('1 September 2023', now, 'start')).toBe('2023-09-01');
    expect(resolveDate('September 2023', now, 'end')).toBe('2023-09-30');
    expect(resolveDate('purple', now, 'start')).toBeUndefined();
  });
});

describe('terms', () => {
  it('splits hyphens, folds case and accents, drops stop words and possessives', () => {
    expect(termsOf('Kim Jong-un met Erdoğan at the Kremlin')).toEqual(['kim', 'jong', 'un', 'met', 'erdogan', 'kremlin']);
    expect(termsOf("Moscow’s war and the U.S. sanctions")).toEqual(['moscow', 'war', 'us', 'sanction']);
  });

  it('meets plurals at their singular without touching short words', () => {
    expect(['missiles', 'countries', 'boxes', 'gas', 'bus', 'press'].map(stem)).toEqual(['missile', 'country', 'boxe', 'gas', 'bus', 'press']);
  });
});

describe('snippet', () => {
  const text =
    'Officials met in Geneva on Monday. The talks covered trade. North Korea fired two short-range ballistic missiles on Wednesday, and Kim Jong-un watched the launch from a boat. Markets barely moved.';

  it('bolds the matched words in their written form', () => {
    const out = snippet(text, ['missile', 'kim', 'jong', 'un'], 160);
    expect(out).toContain('**missiles**');
    expect(out).toContain('**Kim** **Jong**-**un**');
    expect(out).not.toContain('**Markets**');
  });

  it('starts near the best match and marks the cuts', () => {
    const out = snippet(text, ['launch', 'boat'], 80);
    expect(out.startsWith('…')).toBe(true);
    expect(out).toContain('**launch**');
    expect(out).not.toContain('Geneva');
  });

  it('escapes markup in the text', () => {
    expect(snippet('Shares of *Acme* rose 5% after the merger', ['merger'])).toBe('Shares of \\*Acme\\* rose 5% after the **merger**');
  });
});
