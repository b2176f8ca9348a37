import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AnalysisShelf } from '../src/articles/analysis-shelf.js';
import { Archive } from '../src/articles/archive.js';
import { openBriefings } from '../src/briefing/briefings.js';
import type { Analysis } from '../src/language/analysis.js';
import { createArticleIndex } from '../src/search/article-index.js';
import { fixtureArticle, fixtureFiles } from './brief-fixtures.js';
import { tempFolder } from './temp-folder.js';

const ids = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `a${from + i}`);

/** A shelf over made-up analyses that counts its reads of the store. */
function countingShelf(capacity: number) {
  const reads: string[] = [];
  const shelf = new AnalysisShelf({ analysisOf: (id) => {
    reads.push(id);
    return { version: 1, id } as unknown as Analysis;
  } }, capacity);
  return { shelf, reads };
}

/** Spies on `readingInBulk`: how many bulk reads began, and how many of them ended. */
function bulkSpy() {
  const spy = { began: 0, ended: 0, readingInBulk: () => {
    spy.began += 1;
    return () => (spy.ended += 1);
  } };
  return spy;
}

describe('reading the whole archive once, in bulk', () => {
  it('holds only the last few analyses while it lasts, each read once however often it is asked for, then the full cache again', () => {
    const { shelf, reads } = countingShelf(30);
    for (const id of ids(30)) shelf.get(id);
    expect(shelf.size).toBe(30);

    const end = shelf.readingInBulk();
    expect(shelf.size).toBeLessThanOrEqual(16);
    reads.length = 0;
    // An article is read several times while it is taken in (entities, events, times): one read of the store.
    for (const id of ids(100, 100)) for (let n = 0; n < 4; n++) shelf.get(id);
    expect(reads).toEqual(ids(100, 100));
    expect(shelf.size).toBeLessThanOrEqual(16);
    end();
    end();

    for (const id of ids(40, 300)) shelf.get(id);
    expect(shelf.size).toBe(30);
  });

  it('stays small until the last of two overlapping bulk reads ends', () => {
    const { shelf } = countingShelf(30);
    const endIndex = shelf.readingInBulk();
    const endBriefings = shelf.readingInBulk();
    endIndex();
    for (const id of ids(40)) shelf.get(id);
    expect(shelf.size).toBeLessThanOrEqual(16);
    endBriefings();
    for (const id of ids(40, 100)) shelf.get(id);
    expect(shelf.size).toBe(30);
  });

  it('reads the analyses and texts of a batch in one read each, and only those it does not hold', () => {
    const reads: string[] = [];
    const shelf = new AnalysisShelf({
      analysisOf: (id) => (reads.push(`analysis ${id}`), { version: 1, id } as unknown as Analysis),
      analysesOfMany: (some) => (reads.push(`analyses ${some.join(',')}`), new Map(some.map((id) => [id, { version: 1, id } as unknown as Analysis]))),
      paragraphsOf: (id) => (reads.push(`text ${id}`), [id]),
      paragraphsOfMany: (some) => (reads.push(`texts ${some.join(',')}`), new Map(some.map((id) => [id, [id]]))),
    }, 30);
    shelf.get('a0');
    shelf.prefetch(ids(3));
    for (const id of ids(3)) expect(shelf.get(id)).toMatchObject({ id });
    expect(reads).toEqual(['analysis a0', 'analyses a1,a2', 'texts a0,a1,a2']);
  });

  it('is asked for by an index or briefings built from the archive, and not when they load from their snapshots', async () => {
    const folder = tempFolder('newsdesk-bulk-');
    const archive = new Archive(fixtureFiles().map(fixtureArticle));

    const builtIndex = bulkSpy();
    const index = createArticleIndex(archive, { snapshotPath: join(folder, 'search-index.bin'), readingInBulk: builtIndex.readingInBulk });
    expect([index.origin, builtIndex.began, builtIndex.ended]).toEqual(['built', 1, 1]);
    await index.close();
    const loadedIndex = bulkSpy();
    const again = createArticleIndex(archive, { snapshotPath: join(folder, 'search-index.bin'), readingInBulk: loadedIndex.readingInBulk });
    expect([again.origin, loadedIndex.began]).toEqual(['snapshot', 0]);
    await again.close();

    const builtBriefings = bulkSpy();
    const first = openBriefings(archive, { snapshotPath: join(folder, 'briefings.snap'), sliceMs: 0, readingInBulk: builtBriefings.readingInBulk });
    await first.ready;
    expect([first.origin, builtBriefings.began, builtBriefings.ended]).toEqual(['built', 1, 1]);
    await first.save();
    await first.close();
    const loadedBriefings = bulkSpy();
    const second = openBriefings(archive, { snapshotPath: join(folder, 'briefings.snap'), sliceMs: 0, readingInBulk: loadedBriefings.readingInBulk });
    await second.ready;
    expect([second.origin, loadedBriefings.began]).toEqual(['snapshot', 0]);
    await second.close();
  });

  it('reads the analyses an index or briefings build takes in runs read ahead in one go, not one by one', async () => {
    const folder = tempFolder('newsdesk-ahead-');
    // Copies under other ids: more articles than the bulk cache holds, so each pass reads them again.
    const whole = [0, 1, 2, 3].flatMap((copy) => fixtureFiles().map(fixtureArticle).map((a) => ({ ...a, id: `${a.id}-${copy}`, hash: `${a.hash}-${copy}` })));
    const byId = new Map(whole.map((a) => [a.id, a]));
    const reads = { one: 0, runs: [] as number[] };
    const shelf = new AnalysisShelf({
      analysisOf: (id) => (reads.one++, byId.get(id)?.analysis),
      analysesOfMany: (some) => (reads.runs.push(some.length), new Map(some.map((id) => [id, byId.get(id)!.analysis]))),
    }, 1);
    const archive = new Archive(whole.map(({ analysis, ...metadata }) => shelf.lean(metadata, analysis.version)));
    const bulk = { readingInBulk: () => shelf.readingInBulk(), prefetch: (ids: readonly string[]) => shelf.prefetch(ids) };

    const index = createArticleIndex(archive, { snapshotPath: join(folder, 'search-index.bin'), ...bulk });
    await index.close();
    const briefings = openBriefings(archive, { snapshotPath: join(folder, 'briefings.snap'), sliceMs: 0, ...bulk });
    await briefings.ready;
    await briefings.close();
    // Three passes (the index, then the directory and the stories): each article's analysis read once a pass, in runs of at most 8.
    // Four passes (the index's sample and build, then the directory and the stories), each reading ahead in runs of 8.
    expect(reads.one).toBe(0);
    expect(reads.runs.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(2 * whole.length);
    expect(Math.max(...reads.runs)).toBe(8);
  });
});
