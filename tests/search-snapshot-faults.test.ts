import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Archive } from '../src/articles/archive.js';
import { createCapturingLogger } from '../src/logger.js';
import { createArticleIndex } from '../src/search/article-index.js';
import { enriched } from './fixtures/search/fixture-articles.js';
import { putTogether, SECTION, takeApart, type SnapshotParts, type Tampering } from './snapshot-craft.js';

/**
 * A snapshot is never trusted: crafted sizes, a torn or foreign file, sections that disagree though the
 * checksum is right, a folder where the file should be. Each is one warning and a rebuilt index, never a
 * crash; temp files a crash left beside it are removed at start.
 */
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const snapshotPath = () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-snapshot-faults-'));
  dirs.push(dir);
  return join(dir, 'search-index.bin');
};

const archive = () =>
  new Archive([
    enriched({ title: 'Ferry crossings resume after two days of storms', date: '2026-02-03', source: 'Harbour Gazette', place: 'Oban', paragraphs: ['Ferry crossings to the islands resumed on Tuesday after two days of storms, the operator said.'] }),
    enriched({ title: 'Lighthouse keepers open their tower to visitors', date: '2026-02-04', source: 'Coast Weekly', place: 'Ullapool', paragraphs: ['The keepers of the old lighthouse opened its tower to visitors on Wednesday for the first time in a decade.'] }),
  ]);

async function savedParts(articles: Archive, path: string): Promise<SnapshotParts> {
  await createArticleIndex(articles, { snapshotPath: path }).close();
  return takeApart(readFileSync(path));
}

/** Opens the index over a snapshot file; it must be rebuilt with one warning naming `reason`. */
function expectRebuilt(articles: Archive, path: string, reason: RegExp) {
  const logger = createCapturingLogger();
  const index = createArticleIndex(articles, { snapshotPath: path, logger });
  expect(index.origin).toBe('built');
  const warnings = logger.lines.filter((l) => l.level === 'warn' || l.level === 'error');
  expect(warnings.map((w) => w.message)).toHaveLength(1);
  expect(warnings[0]!.message).toMatch(reason);
  expect(index.search('lighthouse').hits.map((h) => h.article.title)).toEqual(['Lighthouse keepers open their tower to visitors']);
  return { index, logger };
}

describe('a crafted or damaged search snapshot is rebuilt, never trusted', () => {
  it('refuses a section size of a terabyte balanced by a negative one, without allocating it', async () => {
    const articles = archive();
    const path = snapshotPath();
    const parts = await savedParts(articles, path);
    const sizes = parts.sections.map((s) => s.length);
    sizes[SECTION.terms]! += 2 ** 40;
    sizes[SECTION.docIds]! -= 2 ** 40;
    writeFileSync(path, putTogether(parts, { sizes }));
    expectRebuilt(articles, path, /section sizes that are not sizes/).index.dispose();
  });

  it('refuses a header length of four gigabytes in a small file', async () => {
    const articles = archive();
    const path = snapshotPath();
    writeFileSync(path, putTogether(await savedParts(articles, path), { headLength: 0xfffffff0 }));
    expectRebuilt(articles, path, /torn file \(a 4294967280-byte header/).index.dispose();
  });

  it.each<[string, Tampering, RegExp]>([
    ['a header that is JSON null', { headerText: 'null' }, /unreadable header/],
    ['a header that is a list', { headerText: '[1,2,3]' }, /unreadable header/],
    ['sizes that are words', { sizes: Array.from({ length: 12 }, () => 'many' as unknown as number) }, /section sizes that are not sizes/],
  ])('refuses %s', async (_, tampering, reason) => {
    const articles = archive();
    const path = snapshotPath();
    writeFileSync(path, putTogether(await savedParts(articles, path), tampering));
    expectRebuilt(articles, path, reason).index.dispose();
  });

  it('refuses a file cut inside its header, and one of another format', async () => {
    const articles = archive();
    const path = snapshotPath();
    const parts = await savedParts(articles, path);
    writeFileSync(path, putTogether(parts).subarray(0, 40));
    expectRebuilt(articles, path, /torn file/).index.dispose();
    writeFileSync(path, putTogether({ ...parts, version: 2 }));
    expectRebuilt(articles, path, /format 2, this build reads 3/).index.dispose();
  });

  it('refuses postings offsets that point outside the postings, though the checksum is right', async () => {
    const articles = archive();
    const path = snapshotPath();
    const parts = await savedParts(articles, path);
    const offsets = parts.sections[SECTION.offsets]!;
    offsets.writeUInt32LE(0xffffff00, offsets.length - 8);
    writeFileSync(path, putTogether(parts));
    expectRebuilt(articles, path, /inconsistent sections \(postings offsets\)/).index.dispose();
  });

  it('refuses terms out of order, which lookups would silently miss', async () => {
    const articles = archive();
    const path = snapshotPath();
    const parts = await savedParts(articles, path);
    parts.sections[SECTION.terms] = Buffer.from(parts.sections[SECTION.terms]!.toString('utf8').split('\n').reverse().join('\n'));
    writeFileSync(path, putTogether(parts));
    expectRebuilt(articles, path, /terms out of order/).index.dispose();
  });

  it('rebuilds when a folder stands where the snapshot should be, and does not try to save over it', async () => {
    const articles = archive();
    const path = snapshotPath();
    mkdirSync(join(path, 'inside'), { recursive: true });
    const { index, logger } = expectRebuilt(articles, path, /search-index\.bin is a folder; remove it/);
    await index.save();
    await index.close();
    expect(logger.lines.filter((l) => l.level === 'error')).toEqual([]);
    expect(readdirSync(path)).toEqual(['inside']);
  });
});

describe('snapshot temp files left by a crash', () => {
  it('are removed at start, unless another live process may still be writing one', async () => {
    const path = snapshotPath();
    const name = (pid: number, tag: string) => `search-index.bin.${pid}.${tag}.tmp`;
    const deadPid = 2 ** 30; // above any pid_max: no such process
    const crashed = name(deadPid, 'a1');
    const ours = name(process.pid, 'b2'); // the same pid as a previous run (a container restarts as pid 1)
    const writing = name(process.ppid, 'c3');
    const abandoned = name(process.ppid, 'd4');
    for (const file of [crashed, ours, writing, abandoned, 'unrelated.tmp']) writeFileSync(join(path, '..', file), 'half a snapshot');
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60_000);
    utimesSync(join(path, '..', abandoned), twoHoursAgo, twoHoursAgo);
    const logger = createCapturingLogger();
    const index = createArticleIndex(archive(), { snapshotPath: path, logger });
    expect(readdirSync(join(path, '..')).sort()).toEqual([writing, 'unrelated.tmp'].sort());
    expect(logger.text()).toMatch(/removed search snapshot temp files left by a crash/);
    index.dispose();
  });
});
