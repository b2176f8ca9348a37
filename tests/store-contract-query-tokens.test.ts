import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../src/clock.js';
import { SavedQueries, type QueryTokens } from '../src/search/saved-queries.js';
import { createPgQueryTokens } from '../src/store/postgres/pg-query-tokens.js';
import { storeBackends, type OpenedBackend } from './store-backends.js';

const HOUR = 60 * 60 * 1000;
const clock = new ManualClock('2026-06-01T12:00:00Z');

// Without PostgreSQL each process keeps its tokens in memory (SavedQueries): that is the other row.
const backends = storeBackends<QueryTokens>({ postgres: (db) => createPgQueryTokens(db, clock, 50), memory: () => new SavedQueries(clock, 50) });

describe.each(backends)('the paging tokens on $name', (backend) => {
  let opened: OpenedBackend<QueryTokens>;
  let tokens: QueryTokens;
  beforeEach(async () => {
    clock.set(new Date('2026-06-01T12:00:00Z'));
    opened = await backend.open();
    tokens = opened.connect();
  });
  afterEach(async () => opened.close());

  it('gives a long search a short token, the same one when it is saved again', () => {
    const text = `harbour ferry ${'valdora '.repeat(20)}from:2026-01-01`;
    const token = tokens.save(text);
    expect(token).toMatch(/^[\w-]{8}$/);
    expect(tokens.save(text)).toBe(token);
    expect(tokens.save('another long search')).not.toBe(token);
    expect(tokens.recall(token)).toBe(text);
    expect(tokens.recall('unknown1')).toBeUndefined();
    expect(tokens.size).toBe(2);
  });

  it('forgets a token after an hour unless the search was saved again', () => {
    const kept = tokens.save('kept search');
    const dropped = tokens.save('dropped search');
    clock.set(new Date(clock.now().getTime() + HOUR - 1000));
    tokens.save('kept search');
    clock.set(new Date(clock.now().getTime() + 2000));
    expect(tokens.recall(dropped)).toBeUndefined();
    expect(tokens.recall(kept)).toBe('kept search');
  });

  it('stays bounded, dropping the least recently saved first', () => {
    const oldest = tokens.save('the oldest search');
    for (let i = 0; i < 400; i++) {
      clock.set(new Date(clock.now().getTime() + 1000));
      tokens.save(`search number ${i}`);
    }
    const latest = tokens.save('search number 399');
    expect(tokens.recall(latest)).toBe('search number 399');
    expect(tokens.recall(oldest)).toBeUndefined();
    // The shared store trims in batches, so it may hold up to one batch more than its capacity.
    expect(tokens.size).toBeLessThanOrEqual(150);
    expect(tokens.size).toBeGreaterThanOrEqual(50);
  });

  it('lets one process page a search another one saved', () => {
    const token = tokens.save('a search made on one process');
    expect(opened.connect().recall(token)).toBe('a search made on one process');
  });
});
