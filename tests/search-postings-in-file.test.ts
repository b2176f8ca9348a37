import { readdirSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Archive } from '../src/articles/archive.js';
import { createArticleIndex } from '../src/search/article-index.js';
import { FileBytes } from '../src/search/file-bytes.js';
import { fixtureArticles, hailstormArticle, seedArticle } from './fixtures/search/fixture-articles.js';
import { tempFolder } from './temp-folder.js';

const snapshotPath = () => join(tempFolder('newsdesk-postings-'), 'search-index.bin');

/** Descriptors this process holds open on files under `dir` (Linux's /proc). */
const openIn = (dir: string) => readdirSync('/proc/self/fd').filter((fd) => {
  try {
    return readlinkSync(`/proc/self/fd/${fd}`).startsWith(dir);
  } catch {
    return false;
  }
}).length;

const QUERIES = ['kim jong un', 'putn', '"short-range ballistic"', 'person:kim', 'place:seoul sort:recency', 'hailstorm burgundy'];
const hits = (index: ReturnType<typeof createArticleIndex>, query: string) => index.search(query).hits.map((h) => [h.article.id, h.kind, h.score]);

const hailstorm = hailstormArticle();

describe('Search postings left in the snapshot file', () => {
  it('are read from the file once loaded, and answer as postings held in memory', async () => {
    const archive = new Archive([...fixtureArticles(), seedArticle()]);
    const path = snapshotPath();
    await createArticleIndex(archive, { snapshotPath: path }).close();
    const loaded = createArticleIndex(archive, { snapshotPath: path });
    expect(loaded.origin).toBe('snapshot');
    expect(loaded.index.terms.base.data).toBeInstanceOf(FileBytes);
    const inMemory = createArticleIndex(archive);
    for (const query of QUERIES) expect(hits(loaded, query), query).toEqual(hits(inMemory, query));
    loaded.dispose();
  });

  it('go back to a file after a save has folded new articles in, answering for them too', async () => {
    const archive = new Archive([...fixtureArticles(), seedArticle()]);
    const path = snapshotPath();
    await createArticleIndex(archive, { snapshotPath: path }).close();
    const loaded = createArticleIndex(archive, { snapshotPath: path });
    // The same index held in memory, taking the same article the same way.
    const inMemory = createArticleIndex(archive);
    archive.add(hailstorm);
    await loaded.save();
    inMemory.index.compact();
    expect(loaded.index.terms.base.data).toBeInstanceOf(FileBytes);
    expect(loaded.index.terms.delta.postings).toBe(0);
    for (const query of QUERIES) expect(hits(loaded, query), query).toEqual(hits(inMemory, query));
    expect(loaded.search('hailstorm burgundy').hits[0]!.article.id).toBe(hailstorm.id);
    loaded.dispose();
  });

  it('let go of the file when the index closes, and are not read after', async () => {
    const archive = new Archive([...fixtureArticles(), seedArticle()]);
    const path = snapshotPath();
    await createArticleIndex(archive, { snapshotPath: path }).close();
    const dir = join(path, '..');
    const before = openIn(dir);
    const loaded = createArticleIndex(archive, { snapshotPath: path });
    expect(openIn(dir)).toBe(before + 1);
    const postings = loaded.index.terms.base.data as FileBytes;
    await loaded.close();
    expect(openIn(dir)).toBe(before);
    expect(() => postings.range(0, 1)).toThrow(/closed/);
  });
});
