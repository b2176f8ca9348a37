import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article } from '../src/articles/article.js';
import { createApp } from '../src/app.js';
import { ManualClock } from '../src/clock.js';
import { loadConfig } from '../src/config.js';
import { nodeSeedFs } from '../src/ingest/seed-fs.js';
import { analyze } from '../src/language/pipeline.js';
import { createCapturingLogger } from '../src/logger.js';
import { CIDER, FROST } from './seed-start-helpers.js';
import { tempFolder } from './temp-folder.js';

const FERRY = `Ferry service to the islands resumes after storm

Kirkwall, 3 March 2025 /ISLEWIRE/

The ferry operator restarted sailings to the northern islands on Monday after three days of gales kept every boat in harbour.
`;

describe('seed files at a first start', () => {
  it('reads the next file only once the one before is ingested, so one file\'s documents are held at a time', async () => {
    const seeds = tempFolder('newsdesk-seedorder-seeds-');
    writeFileSync(join(seeds, 'a-orchard.jsonl'), `${FROST}\n${CIDER}\n`);
    writeFileSync(join(seeds, 'b-ferry.txt'), FERRY);
    const events: string[] = [];
    const app = await createApp({
      config: loadConfig({ SEEDS_DIR: seeds, DATA_DIR: tempFolder('newsdesk-seedorder-data-') }),
      logger: createCapturingLogger(),
      clock: new ManualClock('2025-03-10T12:00:00Z'),
      seedFs: { ...nodeSeedFs, readFile: (path) => (events.push(`read ${path.split('/').pop()}`), nodeSeedFs.readFile(path)) },
      analyze: (article: Article) => (events.push(`analyse ${article.title}`), analyze(article)),
    });
    await app.close();
    expect(events).toEqual([
      'read a-orchard.jsonl',
      'analyse Orchard growers count losses after late frost',
      'analyse Cider makers look abroad for apples',
      'read b-ferry.txt',
      'analyse Ferry service to the islands resumes after storm',
    ]);
  });
});
