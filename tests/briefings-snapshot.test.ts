import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commands } from '../commands/index.js';
import type { CommandContext } from '../commands/command.js';
import { createApp } from '../src/app.js';
import { encodeBriefings } from '../src/briefing/briefings-codec.js';
import { ManualClock } from '../src/clock.js';
import { loadConfig } from '../src/config.js';
import { ingestDocuments } from '../src/ingest/ingestion.js';
import { createCapturingLogger } from '../src/logger.js';
import { runExecute } from '../src/transports/run-command.js';
import { FIXTURE_DIR } from './brief-fixtures.js';
import { tempFolder } from './temp-folder.js';

const CONTEXT: CommandContext = { userId: 'u1', userName: 'reader', canManageGuild: false };
const brief = commands.find((c) => c.definition.name === 'brief')!;
const QUESTIONS: Record<string, string>[] = [{}, { about: 'Markus Feldner' }, { about: 'Lena Hofer' }, { about: 'Krems' }, { about: 'Feldner', since: '2024-06-01' }];

async function start(data: string) {
  const logger = createCapturingLogger();
  const config = loadConfig({ SEEDS_DIR: FIXTURE_DIR, DATA_DIR: data });
  const app = await createApp({ config, logger, clock: new ManualClock('2024-06-10T12:00:00Z') });
  return { app, logger };
}

type Started = Awaited<ReturnType<typeof start>>['app'];
const answers = (app: Started) => Promise.all(QUESTIONS.map((options) => runExecute(brief, { options }, CONTEXT, app.services)));
const saved = (app: Started) => [...encodeBriefings(app.services.briefings.directory.state(), app.services.briefings.stories.state())];
const briefingWarnings = (logger: ReturnType<typeof createCapturingLogger>) => logger.lines.filter((e) => e.level === 'warn' && e.message.includes('briefings snapshot'));

describe('stories and the entity directory across a restart', () => {
  it('are loaded, not rebuilt, at a warm start, and answer /brief as the cold start did', async () => {
    const data = tempFolder('newsdesk-briefsnap-');
    const cold = await start(data);
    expect(cold.app.services.briefings.origin).toBe('built');
    const coldAnswers = await answers(cold.app);
    const coldState = saved(cold.app);
    expect(coldAnswers.filter((r) => r.tone !== 'notice' && r.tone !== 'error').length).toBeGreaterThanOrEqual(4);
    await cold.app.close();

    const warm = await start(data);
    expect(warm.app.services.briefings.origin).toBe('snapshot');
    expect(saved(warm.app)).toEqual(coldState);
    expect(await answers(warm.app)).toEqual(coldAnswers);
    expect(briefingWarnings(warm.logger)).toEqual([]);
    await warm.app.close();
  });

  it('are saved with an article that arrived while running, and loaded with it', async () => {
    const data = tempFolder('newsdesk-briefsnap-');
    const first = await start(data);
    const doc = { origin: 'feed:test', fallbackTime: new Date('2024-06-09T00:00:00Z'), title: 'Markus Feldner opens new flood barrier in Krems', body: 'KREMS, June 9 — Chancellor Markus Feldner opened a new flood barrier on the Danube in Krems on Sunday.', date: '2024-06-09', source: 'Alpine Wire' };
    const { added } = await ingestDocuments([doc], 'feed', first.app.ingestion);
    expect(added).toHaveLength(1);
    const state = saved(first.app);
    const reply = await runExecute(brief, { options: { about: 'Krems' } }, CONTEXT, first.app.services);
    await first.app.close();

    const second = await start(data);
    expect(second.app.services.briefings.origin).toBe('snapshot');
    expect(second.app.services.briefings.stories.storyIdOf(added[0]!.id)).toBeDefined();
    expect(saved(second.app)).toEqual(state);
    expect(await runExecute(brief, { options: { about: 'Krems' } }, CONTEXT, second.app.services)).toEqual(reply);
    await second.app.close();
  });

  it('are rebuilt with one warning when the saved file is damaged, and answer the same', async () => {
    const data = tempFolder('newsdesk-briefsnap-');
    const cold = await start(data);
    const coldAnswers = await answers(cold.app);
    await cold.app.close();

    const file = join(data, 'briefings.snap');
    const bytes = readFileSync(file);
    // A byte of the body, far from the checksum line at the end.
    const middle = Math.floor(bytes.length / 2);
    bytes[middle] = bytes[middle]! ^ 0x20;
    writeFileSync(file, bytes);
    const damaged = await start(data);
    expect(damaged.app.services.briefings.origin).toBe('built');
    expect(briefingWarnings(damaged.logger).map((e) => e.message)).toEqual([expect.stringContaining('checksum mismatch')]);
    expect(await answers(damaged.app)).toEqual(coldAnswers);
    await damaged.app.close();

    writeFileSync(file, readFileSync(file).subarray(0, 200));
    const torn = await start(data);
    expect(torn.app.services.briefings.origin).toBe('built');
    expect(briefingWarnings(torn.logger)).toHaveLength(1);
    await torn.app.close();

    // A file someone wrote by hand carries a checksum of its own: its lines are still checked.
    const good = readFileSync(file).toString('utf8').split('\n');
    // Head, header, the body's lines, the checksum line, and the empty string after the last newline.
    const body = `${['["not a record"]', ...good.slice(3, -2)].join('\n')}\n`;
    const checksum = createHash('sha256').update(body).digest('hex');
    writeFileSync(file, `${good[0]}\n${good[1]}\n${body}${JSON.stringify({ checksum })}\n`);
    const crafted = await start(data);
    expect(crafted.app.services.briefings.origin).toBe('built');
    expect(briefingWarnings(crafted.logger).map((e) => e.message)).toEqual([expect.stringContaining('malformed record')]);
    await crafted.app.close();

    const healed = await start(data);
    expect(healed.app.services.briefings.origin).toBe('snapshot');
    await healed.app.close();
  });

  it('are rebuilt when they were built under other briefing rules', async () => {
    const data = tempFolder('newsdesk-briefsnap-');
    const cold = await start(data);
    await cold.app.close();
    const file = join(data, 'briefings.snap');
    const lines = readFileSync(file).toString('utf8').split('\n');
    lines[1] = JSON.stringify({ ...(JSON.parse(lines[1]!) as object), rules: 0 });
    writeFileSync(file, lines.join('\n'));
    const older = await start(data);
    expect(older.app.services.briefings.origin).toBe('built');
    expect(briefingWarnings(older.logger).map((e) => e.message)).toEqual([expect.stringContaining('briefing rules 0')]);
    await older.app.close();
  });
});
