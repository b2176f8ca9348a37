import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeSeedFs } from '../src/ingest/seed-fs.js';
import { CIDER, FROST, countingFs, startOnSeeds as start } from './seed-start-helpers.js';
import { tempFolder } from './temp-folder.js';

type App = Awaited<ReturnType<typeof start>>;
const articles = (app: App) => app.services.archive.all().map((a) => `${a.id} ${a.origin}`).sort();

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
