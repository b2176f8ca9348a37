import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import { ManualClock } from '../src/clock.js';
import { loadConfig } from '../src/config.js';
import { nodeSeedFs, type SeedFs } from '../src/ingest/seed-fs.js';
import { createCapturingLogger } from '../src/logger.js';
import { tempFolder } from './temp-folder.js';

const FROST = '{"title":"Orchard growers count losses after late frost","date":"2025-03-05","source":"Valley Times","paragraphs":["Growers in the upper valley said a late frost on Tuesday night destroyed most of the apple blossom."]}';
const CIDER = '{"title":"Cider makers look abroad for apples","date":"2025-03-06","source":"Valley Times","paragraphs":["Cider makers in the valley said they would buy apples from abroad after the frost ruined the local harvest."]}';

/** A seed file system that notes every file it reads. */
function countingFs(): { fs: SeedFs; reads: string[] } {
  const reads: string[] = [];
  return { reads, fs: { ...nodeSeedFs, readFile: (path) => (reads.push(path.split('/').pop()!), nodeSeedFs.readFile(path)) } };
}

async function start(seeds: string, data: string, fs: SeedFs) {
  const config = loadConfig({ SEEDS_DIR: seeds, DATA_DIR: data });
  return createApp({ config, logger: createCapturingLogger(), clock: new ManualClock('2025-03-10T12:00:00Z'), seedFs: fs });
}

const articles = (app: Awaited<ReturnType<typeof start>>) => app.services.archive.all().map((a) => `${a.id} ${a.origin}`).sort();

describe('seed files with duplicates at a warm start', () => {
  it('leaves unread a file whose only skipped documents repeat stored articles', async () => {
    const seeds = tempFolder('newsdesk-seeddup-seeds-');
    const data = tempFolder('newsdesk-seeddup-data-');
    writeFileSync(join(seeds, 'a.jsonl'), `${FROST}\n`);
    writeFileSync(join(seeds, 'b.jsonl'), `${FROST}\n${CIDER}\n${CIDER}\n`);
    const first = await start(seeds, data, nodeSeedFs);
    const before = articles(first);
    await first.close();
    expect(before).toHaveLength(2);

    const warm = countingFs();
    const second = await start(seeds, data, warm.fs);
    expect(warm.reads).toEqual([]);
    expect(articles(second)).toEqual(before);
    await second.close();
  });

  it("reads a file with a duplicate again when its twin's file is gone, so the duplicate comes back", async () => {
    const seeds = tempFolder('newsdesk-seeddup-seeds-');
    const data = tempFolder('newsdesk-seeddup-data-');
    writeFileSync(join(seeds, 'a.jsonl'), `${FROST}\n`);
    writeFileSync(join(seeds, 'b.jsonl'), `${FROST}\n${CIDER}\n`);
    await (await start(seeds, data, nodeSeedFs)).close();

    rmSync(join(seeds, 'a.jsonl'));
    const again = countingFs();
    const second = await start(seeds, data, again.fs);
    expect(again.reads).toEqual(['b.jsonl']);
    const origins = second.services.archive.all().map((a) => a.origin).sort();
    expect(origins).toHaveLength(2);
    expect(origins.every((o) => o.includes('b.jsonl'))).toBe(true);
    await second.close();

    const third = countingFs();
    await (await start(seeds, data, third.fs)).close();
    expect(third.reads).toEqual([]);
  });
});
