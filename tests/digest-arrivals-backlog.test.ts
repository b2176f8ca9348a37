import { describe, expect, it } from 'vitest';
import { Archive } from '../src/articles/archive.js';
import { ManualClock } from '../src/clock.js';
import type { Arrival, ArrivalStore } from '../src/digest/arrival-store.js';
import { arrivalTime, createArrivals } from '../src/digest/digest-arrivals.js';
import { fixtureArticle, fixtureFiles } from './brief-fixtures.js';

/** An arrival store in memory that keeps each note call, first sighting winning as in the real ones. */
function capturingStore(): ArrivalStore & { calls: number; at: Map<string, string> } {
  const at = new Map<string, string>();
  const store = {
    calls: 0,
    at,
    note(arrivals: readonly Arrival[]) {
      store.calls += 1;
      for (const a of arrivals) if (!at.has(a.articleId)) at.set(a.articleId, a.at);
    },
    between: (start: string, end: string) => [...at].filter(([, t]) => t > start && t <= end).map(([id]) => id),
  };
  return store;
}

const turn = () => new Promise((resolve) => setImmediate(resolve));
const START = '2024-06-12T09:00:00Z';

describe('the articles already in the archive at start, noted as arrivals', () => {
  it('are noted in the background, a chunk per turn, so the start does not wait for them', async () => {
    const archive = new Archive(fixtureFiles().map(fixtureArticle));
    const store = capturingStore();
    const arrivals = createArrivals(store, archive, new ManualClock(START), 3);
    expect(store.calls).toBe(0);
    await turn();
    expect(store.at.size).toBe(3);
    for (let i = 0; i < 20 && store.at.size < archive.size; i++) await turn();
    expect(store.at.size).toBe(archive.size);
    expect(store.calls).toBe(Math.ceil(archive.size / 3));
    arrivals.close();
  });

  it('are all noted, as seen at start, before a digest asks what arrived, however far the clock has moved', async () => {
    const archive = new Archive(fixtureFiles().map(fixtureArticle));
    const store = capturingStore();
    const clock = new ManualClock(START);
    const arrivals = createArrivals(store, archive, clock, 1);
    clock.advance(30 * 24 * 3_600_000);
    const found = arrivals.between(new Date('2000-01-01T00:00:00Z'), clock.now());
    expect(found.length).toBe(archive.size);
    for (const article of archive.all()) expect(store.at.get(article.id)).toBe(arrivalTime(article, new Date(START)));
    arrivals.close();
    // Nothing is left for a background turn to note after the close.
    const calls = store.calls;
    await turn();
    expect(store.calls).toBe(calls);
  });

  it('are all noted at close when the bot stops before the background got to them', () => {
    const archive = new Archive(fixtureFiles().map(fixtureArticle));
    const store = capturingStore();
    createArrivals(store, archive, new ManualClock(START), 2).close();
    expect(store.at.size).toBe(archive.size);
  });
});
