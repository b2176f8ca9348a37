import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { phaseRecorder } from '../src/bench/_scale-phases.js';
import { sampleArticles, scaleArticle, scaleCorpus, writeSeedExports } from '../src/bench/_scale-seeds.js';
import { readSeedFolder } from '../src/ingest/seed-folder.js';
import { createCapturingLogger } from '../src/logger.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('scale bench seed exports', () => {
  it('splits the articles over several .jsonl exports that the seed reader reads back whole', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scale-seeds-'));
    dirs.push(dir);
    const corpus = scaleCorpus();
    const written = writeSeedExports(dir, 7, corpus, 3);
    expect(written.files).toBe(3);
    expect(readdirSync(dir).sort()).toEqual(['export-001.jsonl', 'export-002.jsonl', 'export-003.jsonl']);
    const logger = createCapturingLogger();
    const documents = await readSeedFolder(dir, { logger });
    expect(documents.map((d) => d.title)).toEqual(Array.from({ length: 7 }, (_, i) => scaleArticle(corpus, i).title));
    expect(documents[4]!.date).toBe(scaleArticle(corpus, 4).date);
    expect(documents[4]!.place).toBe(scaleArticle(corpus, 4).place);
  });

  it('samples articles from across the archive, all within it', () => {
    const corpus = scaleCorpus();
    const sample = sampleArticles(corpus, 5, 100);
    expect(sample.map((a) => a.origin)).toEqual(['bench#7', 'bench#27', 'bench#47', 'bench#67', 'bench#87']);
  });
});

describe('scale bench phase recorder', () => {
  it('marks only the watched log lines, with the time the app reported', () => {
    const phases = phaseRecorder(['archive ready']);
    phases.logger.info('search index built', { ms: 5 });
    phases.logger.info('archive ready', { ms: 12 });
    phases.logger.warn('skipped something');
    expect(phases.marks.map((m) => [m.event, m.ms])).toEqual([['archive ready', 12]]);
    expect(phases.warnings).toBe(1);
    expect(phases.marks[0]!.atMs).toBeLessThanOrEqual(phases.now());
  });
});
