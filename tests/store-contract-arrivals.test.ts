import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSqliteArrivalStore, type ArrivalStore } from '../src/digest/arrival-store.js';
import { createPgArrivalStore } from '../src/store/postgres/pg-arrival-store.js';
import { storeBackends, type OpenedBackend } from './store-backends.js';

const backends = storeBackends<ArrivalStore>({ sqlite: createSqliteArrivalStore, postgres: createPgArrivalStore });

describe.each(backends)('the digest arrival store on $name', (backend) => {
  let opened: OpenedBackend<ArrivalStore>;
  let arrivals: ArrivalStore;
  beforeEach(async () => {
    opened = await backend.open();
    arrivals = opened.connect();
  });
  afterEach(async () => opened.close());

  it('keeps the first sighting of an article, also when another process sees it later', () => {
    arrivals.note([{ articleId: 'ferry', at: '2026-10-24T08:00:00.000Z' }]);
    opened.connect().note([{ articleId: 'ferry', at: '2026-10-25T08:00:00.000Z' }]);
    expect(arrivals.between('2026-10-24T07:00:00.000Z', '2026-10-24T09:00:00.000Z')).toEqual(['ferry']);
    expect(arrivals.between('2026-10-25T07:00:00.000Z', '2026-10-25T09:00:00.000Z')).toEqual([]);
  });

  it('gives what arrived after the start and up to the end, newest first', () => {
    arrivals.note([
      { articleId: 'b-at-start', at: '2026-10-24T06:00:00.000Z' },
      { articleId: 'c-mid', at: '2026-10-24T07:00:00.000Z' },
      { articleId: 'a-mid', at: '2026-10-24T07:00:00.000Z' },
      { articleId: 'd-at-end', at: '2026-10-24T08:00:00.000Z' },
      { articleId: 'e-after', at: '2026-10-24T08:00:00.001Z' },
    ]);
    expect(arrivals.between('2026-10-24T06:00:00.000Z', '2026-10-24T08:00:00.000Z')).toEqual(['d-at-end', 'a-mid', 'c-mid']);
  });

  it('notes a large archive at once', () => {
    const many = Array.from({ length: 12_000 }, (_, i) => ({ articleId: `article-${i}`, at: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString() }));
    arrivals.note(many);
    arrivals.note([]);
    expect(arrivals.between('2025-12-31T00:00:00.000Z', '2027-01-01T00:00:00.000Z')).toHaveLength(12_000);
  });
});
