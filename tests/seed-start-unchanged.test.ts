import { utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import { ManualClock } from '../src/clock.js';
import { loadConfig } from '../src/config.js';
import { nodeSeedFs, type SeedFs } from '../src/ingest/seed-fs.js';
import { createCapturingLogger } from '../src/logger.js';
import { tempFolder } from './temp-folder.js';

const FERRY = `Ferry service to the islands resumes after storm

Kirkwall, 3 March 2025 /ISLEWIRE/

The ferry operator restarted sailings to the northern islands on Monday after three days of gales kept every boat in harbour.
`;

const BRIDGE = `Town council approves new footbridge over the river

Lindholm, 4 March 2025 /RIVERPOST/

The council voted to build a footbridge between the market square and the station, paid for from the transport budget.
`;

const ORCHARD = `{"title":"Orchard growers count losses after late frost","date":"2025-03-05","source":"Valley Times","paragraphs":["Growers in the upper valley said a late frost on Tuesday night destroyed most of the apple blossom."]}
{"title":"Cider makers look abroad for apples","date":"2025-03-06","source":"Valley Times","paragraphs":["Cider makers in the valley said they would buy apples from abroad after the frost ruined the local harvest."]}
`;

/** A seed file system that notes every file it reads. */
function countingFs(): { fs: SeedFs; reads: string[] } {
  const reads: string[] = [];
  return { reads, fs: { ...nodeSeedFs, readFile: (path) => (reads.push(path.split('/').pop()!), nodeSeedFs.readFile(path)) } };
}

async function start(seeds: string, data: string, fs: SeedFs) {
  const config = loadConfig({ SEEDS_DIR: seeds, DATA_DIR: data });
  return createApp({ config, logger: createCapturingLogger(), clock: new ManualClock('2025-03-10T12:00:00Z'), seedFs: fs });
}

const titles = (app: Awaited<ReturnType<typeof start>>) => app.services.archive.all().map((a) => `${a.id} ${a.title}`).sort();

describe('seed files at a warm start', () => {
  it('reads no seed file a second time when none changed, and keeps every article', async () => {
    const seeds = tempFolder('newsdesk-seedstart-seeds-');
    const data = tempFolder('newsdesk-seedstart-data-');
    writeFileSync(join(seeds, 'ferry.txt'), FERRY);
    writeFileSync(join(seeds, 'bridge.txt'), BRIDGE);
    writeFileSync(join(seeds, 'orchard.jsonl'), ORCHARD);

    const cold = countingFs();
    const first = await start(seeds, data, cold.fs);
    const before = titles(first);
    await first.close();
    expect(cold.reads.sort()).toEqual(['bridge.txt', 'ferry.txt', 'orchard.jsonl']);
    expect(before).toHaveLength(4);

    const warm = countingFs();
    const second = await start(seeds, data, warm.fs);
    expect(warm.reads).toEqual([]);
    expect(titles(second)).toEqual(before);
    expect(second.services.search.search('footbridge').hits[0]?.article.title).toBe('Town council approves new footbridge over the river');
    await second.close();
  });

  it('reads again a file whose content or modification time changed, and only that one', async () => {
    const seeds = tempFolder('newsdesk-seedstart-seeds-');
    const data = tempFolder('newsdesk-seedstart-data-');
    writeFileSync(join(seeds, 'ferry.txt'), FERRY);
    writeFileSync(join(seeds, 'bridge.txt'), BRIDGE);
    await (await start(seeds, data, nodeSeedFs)).close();

    writeFileSync(join(seeds, 'bridge.txt'), BRIDGE.replace('station', 'old railway station'));
    const edited = countingFs();
    const second = await start(seeds, data, edited.fs);
    expect(edited.reads).toEqual(['bridge.txt']);
    expect(second.services.archive.all().find((a) => a.title.startsWith('Town council'))?.paragraphs.join(' ')).toContain('old railway station');
    expect(second.services.archive.size).toBe(2);
    await second.close();

    utimesSync(join(seeds, 'ferry.txt'), new Date('2025-03-09T00:00:00Z'), new Date('2025-03-09T00:00:00Z'));
    const touched = countingFs();
    const third = await start(seeds, data, touched.fs);
    expect(touched.reads).toEqual(['ferry.txt']);
    expect(third.services.archive.size).toBe(2);
    await third.close();
  });

  it('reads a file again when its stored articles are gone, and forgets a removed file', async () => {
    const seeds = tempFolder('newsdesk-seedstart-seeds-');
    const data = tempFolder('newsdesk-seedstart-data-');
    writeFileSync(join(seeds, 'ferry.txt'), FERRY);
    writeFileSync(join(seeds, 'bridge.txt'), BRIDGE);
    const first = await start(seeds, data, nodeSeedFs);
    const ferry = first.services.archive.all().find((a) => a.title.startsWith('Ferry'))!;
    first.stores.articles.remove(ferry.id);
    await first.close();

    const again = countingFs();
    const second = await start(seeds, data, again.fs);
    expect(again.reads).toEqual(['ferry.txt']);
    expect(second.services.archive.size).toBe(2);
    await second.close();
  });
});
