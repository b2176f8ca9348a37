import { mkdtempSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Archive } from '../src/articles/archive.js';
import { createCapturingLogger } from '../src/logger.js';
import { createArticleIndex } from '../src/search/article-index.js';
import { enriched, fixtureArticles, hailstormArticle, hailstormSpec, seedArticle } from './fixtures/search/fixture-articles.js';

const dirs: string[] = [];
function snapshotPath(): string {
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-search-'));
  dirs.push(dir);
  return join(dir, 'search-index.bin');
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const hailstorm = hailstormArticle();

async function savedIndex(archive: Archive, path: string) {
  const index = createArticleIndex(archive, { snapshotPath: path });
  expect(index.origin).toBe('built');
  await index.close();
  return readFileSync(path);
}

describe('search index lifecycle', () => {
  it('saves a snapshot and loads it on the next start, answering the same', async () => {
    const archive = new Archive([...fixtureArticles(), seedArticle()]);
    const path = snapshotPath();
    await savedIndex(archive, path);
    const logger = createCapturingLogger();
    const loaded = createArticleIndex(archive, { snapshotPath: path, logger });
    expect(loaded.origin).toBe('snapshot');
    expect(logger.text()).toMatch(/loaded from snapshot/);
    const fresh = createArticleIndex(archive);
    for (const query of ['kim jong un', 'putn', '"short-range ballistic"', 'person:kim', 'place:seoul sort:recency']) {
      expect(loaded.search(query).hits.map((h) => [h.article.id, h.kind]), query).toEqual(fresh.search(query).hits.map((h) => [h.article.id, h.kind]));
    }
    loaded.dispose();
  });

  it('detects a torn snapshot and rebuilds', async () => {
    const archive = new Archive([...fixtureArticles(), seedArticle()]);
    const path = snapshotPath();
    await savedIndex(archive, path);
    truncateSync(path, Math.floor(statSync(path).size / 2));
    const logger = createCapturingLogger();
    const index = createArticleIndex(archive, { snapshotPath: path, logger });
    expect(index.origin).toBe('built');
    expect(logger.text()).toMatch(/WARN +search snapshot not used: torn file/);
    expect(index.search('vladivostok').hits[0]!.article.title).toMatch(/Vladivostok/);
    // The rebuilt index is saved again, whole.
    await index.close();
    expect(createArticleIndex(archive, { snapshotPath: path }).origin).toBe('snapshot');
  });

  it('detects a corrupt snapshot (same length, one byte changed) and rebuilds', async () => {
    const archive = new Archive([...fixtureArticles(), seedArticle()]);
    const path = snapshotPath();
    const bytes = await savedIndex(archive, path);
    bytes[bytes.length - 100] = bytes[bytes.length - 100]! ^ 0xff;
    writeFileSync(path, bytes);
    const logger = createCapturingLogger();
    expect(createArticleIndex(archive, { snapshotPath: path, logger }).origin).toBe('built');
    expect(logger.text()).toMatch(/checksum mismatch/);
    writeFileSync(path, 'not a snapshot at all');
    expect(createArticleIndex(archive, { snapshotPath: path, logger }).origin).toBe('built');
    expect(logger.text()).toMatch(/not a search snapshot/);
  });

  it('catches a snapshot up with articles added since it was written, and saves it again', async () => {
    const archive = new Archive([...fixtureArticles(), seedArticle()]);
    const path = snapshotPath();
    await savedIndex(archive, path);
    archive.add(hailstorm);
    const logger = createCapturingLogger();
    const index = createArticleIndex(archive, { snapshotPath: path, logger, saveDelayMs: 60_000 });
    expect(index.origin).toBe('snapshot');
    expect(logger.lines.find((l) => l.message === 'search index loaded from snapshot')?.fields).toMatchObject({ caughtUp: 1 });
    expect(index.search('burgundy hailstorm').hits[0]!.article.id).toBe(hailstorm.id);
    // The same answers as an index built from the whole archive.
    const built = createArticleIndex(archive);
    for (const query of ['burgundy hailstorm', 'kim jong un', 'vineyards']) expect(index.search(query).hits.map((h) => h.article.id)).toEqual(built.search(query).hits.map((h) => h.article.id));
    built.dispose();
    await index.close();
    // Saved on close with the article it took in: the next start has nothing to catch up.
    const again = createCapturingLogger();
    createArticleIndex(archive, { snapshotPath: path, logger: again }).dispose();
    expect(again.lines.find((l) => l.message === 'search index loaded from snapshot')?.fields).not.toHaveProperty('caughtUp');
  });

  it('rebuilds a stale snapshot when an article it holds was removed or rewritten since', async () => {
    const archive = new Archive([...fixtureArticles(), seedArticle(), hailstorm]);
    const path = snapshotPath();
    await savedIndex(archive, path);
    archive.remove(hailstorm.id);
    const logger = createCapturingLogger();
    const removed = createArticleIndex(archive, { snapshotPath: path, logger });
    expect(removed.origin).toBe('built');
    expect(logger.text()).toMatch(/stale/);
    expect(removed.search('burgundy hailstorm').total).toBe(0);
    removed.dispose();

    archive.add({ ...hailstorm, hash: `${hailstorm.hash}-rewritten` });
    const rewritten = createArticleIndex(archive, { snapshotPath: path, logger: createCapturingLogger() });
    expect(rewritten.origin).toBe('built');
    rewritten.dispose();
  });

  it('follows the archive: an added article is found at once, a removed one is gone', () => {
    const archive = new Archive([...fixtureArticles(), seedArticle()]);
    const index = createArticleIndex(archive);
    expect(index.search('hailstorm').total).toBe(0);
    archive.add(hailstorm);
    expect(index.search('hailstorm').hits.map((h) => h.article.id)).toEqual([hailstorm.id]);
    expect(index.search('source:afp burgundy').total).toBe(1);
    expect(index.suggest('hailstorm', 5).map((s) => s.id)).toEqual([hailstorm.id]);
    archive.remove(hailstorm.id);
    expect(index.search('hailstorm').total).toBe(0);
    expect(index.search('vineyards').total).toBe(0);
    expect(index.suggest('hailstorm', 5)).toEqual([]);
    index.dispose();
  });

  it('replaces an updated article: the old words go, the new ones are found', () => {
    const archive = new Archive([...fixtureArticles(), hailstorm]);
    const index = createArticleIndex(archive);
    const corrected = { ...enriched({ ...hailstormSpec(), paragraphs: ['A violent hailstorm tore through orchards in Burgundy on Tuesday, growers said.'] }), id: hailstorm.id };
    archive.add(corrected);
    expect(index.search('orchards').hits.map((h) => h.article.id)).toEqual([hailstorm.id]);
    expect(index.search('vineyards grape').total).toBe(0);
    index.dispose();
  });

  it('answers the same after compaction, and a snapshot written after live changes loads', async () => {
    const archive = new Archive([...fixtureArticles(), seedArticle()]);
    const path = snapshotPath();
    const index = createArticleIndex(archive, { snapshotPath: path, saveDelayMs: 5 });
    archive.add(hailstorm);
    archive.remove(fixtureArticles()[0]!.id);
    const before = ['kim', 'hailstorm', 'person:putin', 'submarine'].map((q) => index.search(q).hits.map((h) => h.article.id));
    expect(index.suggest('hailstorm', 5).map((s) => s.id)).toEqual([hailstorm.id]);
    index.index.compact();
    expect(['kim', 'hailstorm', 'person:putin', 'submarine'].map((q) => index.search(q).hits.map((h) => h.article.id))).toEqual(before);
    // Autocomplete caches document numbers: compaction renumbers them.
    expect(index.suggest('hailstorm', 5).map((s) => s.id)).toEqual([hailstorm.id]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await index.close();
    const loaded = createArticleIndex(archive, { snapshotPath: path });
    expect(loaded.origin).toBe('snapshot');
    expect(loaded.search('hailstorm').total).toBe(1);
    expect(loaded.search('submarine').total).toBe(0);
  });
});
