import { utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeSeedFs } from '../src/ingest/seed-fs.js';
import { CIDER, FROST, countingFs, startOnSeeds as start } from './seed-start-helpers.js';
import { tempFolder } from './temp-folder.js';

const FERRY = `Ferry service to the islands resumes after storm

Kirkwall, 3 March 2025 /ISLEWIRE/

The ferry operator restarted sailings to the northern islands on Monday after three days of gales kept every boat in harbour.
`;

const BRIDGE = `Town council approves new footbridge over the river

Lindholm, 4 March 2025 /RIVERPOST/

The council voted to build a footbridge between the market square and the station, paid for from the transport budget.
`;

const ORCHARD = `${FROST}\n${CIDER}\n`;

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

  it('stores again what a file\'s articles say besides their text when it is read under new rules (a dateline\'s place)', async () => {
    const seeds = tempFolder('newsdesk-seedstart-seeds-');
    const data = tempFolder('newsdesk-seedstart-data-');
    const record = { title: 'Ferries resume after the gales', date: '2025-03-03', source: 'Isle Wire', paragraphs: ['Kirkwall CNN — The ferry operator restarted sailings to the northern islands on Monday after three days of gales.'] };
    writeFileSync(join(seeds, 'ferries.jsonl'), `${JSON.stringify(record)}\n`);
    const first = await start(seeds, data, nodeSeedFs);
    const ferry = first.services.archive.all()[0]!;
    expect(ferry.place).toBe('Kirkwall');
    // As the rules before places were read from such datelines stored it: the same text, no place.
    const { place: _place, ...before } = first.stores.articles.byHash(ferry.hash)!;
    first.stores.articles.put(before, 'seed');
    await first.close();

    utimesSync(join(seeds, 'ferries.jsonl'), new Date('2025-03-09T00:00:00Z'), new Date('2025-03-09T00:00:00Z'));
    await (await start(seeds, data, nodeSeedFs)).close();
    const unchanged = countingFs();
    const third = await start(seeds, data, unchanged.fs);
    expect(unchanged.reads).toEqual([]);
    expect(third.services.archive.all()[0]?.place).toBe('Kirkwall');
    await third.close();
  });
});
