import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../commands/index.js';
import { createApp, type App } from '../src/app.js';
import { longArticleText } from '../src/bench/_hostile-inputs.js';
import { ManualClock } from '../src/clock.js';
import { loadConfig } from '../src/config.js';
import { ingestDocuments } from '../src/ingest/ingestion.js';
import { createCapturingLogger } from '../src/logger.js';
import { parseCommandLine } from '../src/transports/command-line.js';
import { CONSOLE_CONTEXT } from '../src/transports/console/console.js';
import { runExecute } from '../src/transports/run-command.js';
import { createWork } from '../src/work/work-pool.js';
import { fileTempFolder } from './temp-folder.js';

const SEED = `Lighthouse keepers return to Skerry Point

Skerry Point, 3 March 2025 /COASTWIRE/

Two keepers moved back into the Skerry Point lighthouse on Monday after the trust that owns it restored the tower.
`;

const story = (title: string, body: string) => ({ origin: `wire#${title}`, fallbackTime: new Date('2025-03-04T09:00:00Z'), title, body, date: '2025-03-04' });

const logger = createCapturingLogger();
const seedsFolder = fileTempFolder('newsdesk-pool-seeds-');
let app: App;

beforeAll(async () => {
  const seeds = seedsFolder();
  writeFileSync(join(seeds, 'lighthouse.txt'), SEED);
  // A roomy budget for ordinary articles on a busy machine (they take milliseconds: a new worker loads the
  // word lists in its warm-up, outside any budget). The hostile article (4.5 MB, just under the size cap) is
  // well beyond it: analysing it takes about 3 s on an idle machine here, so a budget of 3 s was met now and then.
  const work = createWork({ mode: 'pool', logger, threads: 1, budgetMs: 1500 });
  app = await createApp({ config: loadConfig({ SEEDS_DIR: seeds }), logger, clock: new ManualClock('2025-03-04T12:00:00Z'), inMemory: true, work });
}, 120_000);

afterAll(async () => {
  await app?.close();
});

async function ask(line: string) {
  const parsed = parseCommandLine(line, commands);
  if ('error' in parsed) throw new Error(parsed.error);
  return runExecute(parsed.command, parsed.invocation, CONSOLE_CONTEXT, app.services);
}

describe('the app with its worker pool', () => {
  it('analyses seeds in the pool at start-up', async () => {
    expect(app.services.archive.size).toBe(1);
    expect(JSON.stringify(await ask('/search lighthouse keepers'))).toMatch(/Skerry Point/);
  });

  it('answers a command while a huge article is analysed, then cancels it at its budget and ingests the rest', async () => {
    const docs = [
      story('Harbour ferry terminal delayed again', longArticleText(4_500_000).join('\n\n')),
      story('Seal count rises on the sandbanks', 'Volunteers counted more than two hundred harbour seals near Esbjerg on Wednesday, the most in a decade.'),
      story('Tram line reopens after repairs', 'The tram line to the old harbour reopened on Tuesday after six weeks of track repairs, the city said.'),
    ];
    const order: string[] = [];
    const ingesting = ingestDocuments(docs, 'feed', app.ingestion).then((result) => {
      order.push('ingested');
      return result;
    });
    const reply = await ask('/search lighthouse');
    order.push('answered');
    const result = await ingesting;

    expect(order).toEqual(['answered', 'ingested']);
    expect(JSON.stringify(reply)).toMatch(/Skerry Point/);
    expect(result.skipped.map((s) => s.origin)).toEqual(['wire#Harbour ferry terminal delayed again']);
    expect(result.added.map((a) => a.title).sort()).toEqual(['Seal count rises on the sandbanks', 'Tram line reopens after repairs']);
    expect(app.services.archive.size).toBe(3);
    // One line names the article, and says it ran over its budget.
    const lines = logger.lines.filter((l) => l.message.includes('wire#Harbour ferry terminal delayed again'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 'warn' });
    expect(lines[0]!.message).toMatch(/over its budget of 1500 ms/);
  }, 120_000);
});
