import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Archive } from '../src/articles/archive.js';
import type { Article } from '../src/articles/article.js';
import { ManualClock } from '../src/clock.js';
import { ingestDocuments } from '../src/ingest/ingestion.js';
import { readSeedFolderReport } from '../src/ingest/seed-folder.js';
import { nodeSeedFs, type SeedFs } from '../src/ingest/seed-fs.js';
import type { Analysis } from '../src/language/analysis.js';
import { createCapturingLogger } from '../src/logger.js';
import { createMemoryArticleStore } from '../src/store/article-store.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-exports-'));
  dirs.push(dir);
  return dir;
}

const record = (i: number, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ title: `Ferry timetable ${i} changes for winter`, body: `The harbour office said ferry ${i} will sail twice a day from November until March.`, date: '2024-10-02', ...extra });

/** Analysis is not what these tests are about: a stand-in keeps thousands of articles fast. */
const stubAnalyze = (_article: Article) => ({ version: 1 }) as unknown as Analysis;

async function load(dir: string, fs?: SeedFs) {
  const logger = createCapturingLogger();
  const { documents, unreadable } = await readSeedFolderReport(dir, { logger, ...(fs ? { fs } : {}) });
  const archive = new Archive();
  const deps = { clock: new ManualClock('2026-11-29T12:00:00Z'), logger, store: createMemoryArticleStore(), archive, analyze: stubAnalyze, analysisVersion: 1 };
  const result = await ingestDocuments(documents, 'seed', deps);
  const warnings = logger.lines.filter((l) => l.level === 'warn').map((l) => l.message);
  return { archive, result, unreadable, warnings };
}

describe('seed exports and folders', () => {
  it('one bad line in a .jsonl loses only that line, named by its number', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'export.jsonl'), [record(1), '{"title": "broken', record(3), JSON.stringify({ title: 'No body here' })].join('\n'));
    const { archive, warnings } = await load(dir);
    expect(archive.size).toBe(2);
    expect(warnings.some((w) => w.includes('line 2') && w.includes('export.jsonl'))).toBe(true);
    expect(warnings.some((w) => w.includes('line 4'))).toBe(true);
  });

  it('one bad item in a .json array loses only that item, named by its index', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'export.json'), `[${record(1)}, 42, ${record(3)}]`);
    const { archive, warnings } = await load(dir);
    expect(archive.size).toBe(2);
    expect(warnings.some((w) => w.includes('index 1'))).toBe(true);
  });

  it('a 10 MB .jsonl export of 1,000 articles loads', { timeout: 60_000 }, async () => {
    const dir = tempDir();
    const padding = ' The crossing takes forty minutes in calm weather.'.repeat(200);
    const lines = Array.from({ length: 1000 }, (_, i) => record(i, { body: `Ferry ${i} will sail twice a day.${padding}` }));
    writeFileSync(join(dir, 'big.jsonl'), lines.join('\n'));
    expect(lines.join('\n').length).toBeGreaterThan(10 * 1000 * 1000);
    const { archive, warnings } = await load(dir);
    expect(warnings).toEqual([]);
    expect(archive.size).toBe(1000);
  });

  it('an impossible date is rejected with one line naming file and value; the article is kept undated', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'odd.json'), record(1, { date: '9999-99-99' }));
    const { archive, warnings } = await load(dir);
    expect(archive.all()[0]?.dateSource).toBe('unknown');
    expect(warnings.filter((w) => w.includes('9999-99-99'))).toHaveLength(1);
    expect(warnings[0]).toContain('odd.json');
  });

  it('an unreadable subfolder skips only itself, and is reported so its stored seeds are kept', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'locked'));
    mkdirSync(join(dir, 'open'));
    writeFileSync(join(dir, 'locked', 'a.jsonl'), record(1));
    writeFileSync(join(dir, 'open', 'b.jsonl'), record(2));
    const faulty: SeedFs = {
      ...nodeSeedFs,
      readdir: (path) => (path.endsWith('locked') ? Promise.reject(new Error('EACCES: permission denied')) : nodeSeedFs.readdir(path)),
    };
    const { archive, unreadable, warnings } = await load(dir, faulty);
    expect(archive.all().map((a) => a.title)).toEqual(['Ferry timetable 2 changes for winter']);
    expect(unreadable).toEqual([join(dir, 'locked')]);
    expect(warnings.some((w) => w.includes('locked') && w.includes('unreadable'))).toBe(true);
  });

  it('reads a symlinked seed file and folder; skips a link loop and a dangling link with a line each', async () => {
    const outside = tempDir();
    writeFileSync(join(outside, 'linked.jsonl'), record(1));
    mkdirSync(join(outside, 'shelf'));
    writeFileSync(join(outside, 'shelf', 'shelved.jsonl'), record(2));
    const dir = tempDir();
    symlinkSync(join(outside, 'linked.jsonl'), join(dir, 'file-link.jsonl'));
    symlinkSync(join(outside, 'shelf'), join(dir, 'folder-link'));
    symlinkSync(dir, join(dir, 'loop'));
    symlinkSync(join(outside, 'gone.jsonl'), join(dir, 'dangling.jsonl'));
    const { archive, warnings } = await load(dir);
    expect(archive.size).toBe(2);
    expect(warnings.some((w) => w.includes('loop'))).toBe(true);
    expect(warnings.some((w) => w.includes('dangling.jsonl'))).toBe(true);
  });

  it('10,000 seed files with the same headline on the same day give 10,000 articles with distinct ids', async () => {
    // The files as the folder reader hands them on (writing 10,000 real files would test the disk, not the ids).
    const documents = Array.from({ length: 10_000 }, (_, i) => ({
      origin: `seeds/s${i}.json`,
      fallbackTime: new Date('2024-10-02T09:00:00Z'),
      title: 'Council approves new budget',
      body: `Councillors voted ${i} times on the budget today.`,
      date: '2024-10-02',
    }));
    const logger = createCapturingLogger();
    const archive = new Archive();
    const deps = { clock: new ManualClock('2026-11-29T12:00:00Z'), logger, store: createMemoryArticleStore(), archive, analyze: stubAnalyze, analysisVersion: 1 };
    const result = await ingestDocuments(documents, 'seed', deps);
    expect(result.skipped).toEqual([]);
    expect(archive.size).toBe(10_000);
    expect(new Set(archive.all().map((a) => a.id)).size).toBe(10_000);
  });
});
