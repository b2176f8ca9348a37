import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { commands } from '../commands/index.js';
import { createApp } from '../src/app.js';
import { ManualClock } from '../src/clock.js';
import { loadConfig } from '../src/config.js';
import { createCapturingLogger } from '../src/logger.js';
import { runConsole } from '../src/transports/console/console.js';
import { tempFolder } from './temp-folder.js';

describe('console', () => {
  it('answers typed commands over the seeds and presses buttons by number', async () => {
    const dataDir = tempFolder('newsdesk-console-');
    const config = loadConfig({ SEEDS_DIR: 'seeds', DATA_DIR: dataDir });
    const app = await createApp({ config, logger: createCapturingLogger(), clock: new ManualClock('2026-11-29T12:00:00Z'), inMemory: true });
    const seedId = app.services.archive.all()[0]!.id;
    const input = new PassThrough();
    const output = new PassThrough();
    let text = '';
    output.on('data', (chunk: Buffer) => (text += chunk.toString()));
    const done = runConsole({ services: app.services, commands, input, output, pictureDir: join(dataDir, 'pictures') });
    for (const line of ['/search kim jong un', `/article ${seedId}`, '1', '/nosuch', 'quit']) input.write(`${line}\n`);
    await done;
    await app.close();
    expect(text).toContain('Putin, Kim Jong Un meet at space launch facility in Russia: Tass');
    expect(text).toContain(seedId);
    expect(text).toMatch(/\[1\] Read full text/);
    expect(text).toMatch(/page 1 of 1/);
    expect(text).toContain('Unknown command "nosuch"');
    expect(text).not.toMatch(/Site icon|Exit mobile version/);
  });
});
