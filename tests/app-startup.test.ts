import { copyFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article } from '../src/articles/article.js';
import { createApp } from '../src/app.js';
import { ManualClock } from '../src/clock.js';
import { loadConfig } from '../src/config.js';
import { analyze } from '../src/language/pipeline.js';
import { createCapturingLogger } from '../src/logger.js';
import { tempFolder } from './temp-folder.js';

const SECOND = `Harbour News

Seal numbers rise along the coast

Esbjerg, 12 June 2024 /NORDWIRE/

Volunteers counted more than two hundred harbour seals on the sandbanks near Esbjerg on Wednesday, the highest number in a decade.
`;

async function start(seedsDir: string, dataDir: string) {
  const analysed: string[] = [];
  const counting = (article: Article) => {
    analysed.push(article.id);
    return analyze(article);
  };
  const config = loadConfig({ SEEDS_DIR: seedsDir, DATA_DIR: dataDir });
  const app = await createApp({ config, logger: createCapturingLogger(), clock: new ManualClock('2026-11-29T12:00:00Z'), analyze: counting });
  return { app, analysed };
}

describe('start-up', () => {
  it('analyses each seed once: a restart reads the stored analysis', async () => {
    const seeds = tempFolder('newsdesk-start-seeds-');
    const data = tempFolder('newsdesk-start-data-');
    copyFileSync('seeds/000_1eac8ca87cd292f6.txt', join(seeds, 'seed.txt'));
    writeFileSync(join(seeds, 'seals.txt'), SECOND);

    const first = await start(seeds, data);
    expect(first.analysed).toHaveLength(2);
    await first.app.close();

    const second = await start(seeds, data);
    expect(second.analysed).toEqual([]);
    expect(second.app.services.archive.size).toBe(2);
    expect(second.app.services.search.search('harbour seals').hits[0]?.article.title).toBe('Seal numbers rise along the coast');
    await second.app.close();
  });

  it('drops a seed article whose file is gone, and keeps the rest', async () => {
    const seeds = tempFolder('newsdesk-start-seeds-');
    const data = tempFolder('newsdesk-start-data-');
    copyFileSync('seeds/000_1eac8ca87cd292f6.txt', join(seeds, 'seed.txt'));
    writeFileSync(join(seeds, 'seals.txt'), SECOND);
    await (await start(seeds, data)).app.close();

    rmSync(join(seeds, 'seals.txt'));
    const again = await start(seeds, data);
    expect(again.app.services.archive.all().map((a) => a.title)).toEqual(['Putin, Kim Jong Un meet at space launch facility in Russia: Tass']);
    await again.app.close();
    const third = await start(seeds, data);
    expect(third.app.services.archive.size).toBe(1);
    await third.app.close();
  });
});
