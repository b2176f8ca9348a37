import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commands } from '../commands/index.js';
import type { CommandContext } from '../commands/command.js';
import { createApp } from '../src/app.js';
import { encodeBriefings } from '../src/briefing/briefings-codec.js';
import { createBriefings } from '../src/briefing/briefings.js';
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
  it('are read from a file of format 4, which held every article\'s text features and no name folds, and written again in the current format', async () => {
    const data = tempFolder('newsdesk-briefsnap-');
    const cold = await start(data);
    const coldAnswers = await answers(cold.app);
    const coldState = saved(cold.app);
    const book = cold.app.services.briefings.stories.state();
    await cold.app.close();

    // The same state as format 4 wrote it: no words or folds section, each feature line with its terms, dates and sketch.
    const file = join(data, 'briefings.snap');
    const [magic, headLine, ...rest] = readFileSync(file, 'utf8').split('\n');
    expect(magic).toBe('NDBRIEF 6');
    const { foldsSaved, ...header } = JSON.parse(headLine!) as { counts: Record<string, number>; foldsSaved?: boolean };
    expect(foldsSaved).toBe(true);
    const { words, folds, ...counts } = header.counts;
    const body = rest.slice(0, -2 - folds!);
    const start4 = counts.records! + counts.placed! + counts.forms! + counts.endWords!;
    const features = body.slice(start4 + words!, start4 + words! + counts.features!).map((line) => {
      const [id, date, titleForm, day, keys] = JSON.parse(line) as [string, string, string, number, unknown];
      const f = book.features.get(id)!;
      return JSON.stringify([id, date, titleForm, day, keys, book.words.entries(f.terms), [...f.eventDays], Buffer.from(f.sketch.buffer, f.sketch.byteOffset, f.sketch.byteLength).toString('base64')]);
    });
    const lines = [...body.slice(0, start4), ...features, ...body.slice(start4 + words! + counts.features!)].map((line) => `${line}\n`).join('');
    const checksum = createHash('sha256').update(lines).digest('hex');
    writeFileSync(file, `NDBRIEF 4\n${JSON.stringify({ ...header, counts })}\n${lines}${JSON.stringify({ checksum })}\n`);

    const warm = await start(data);
    expect(warm.app.services.briefings.origin).toBe('snapshot');
    expect(briefingWarnings(warm.logger)).toEqual([]);
    expect(await answers(warm.app)).toEqual(coldAnswers);
    expect(saved(warm.app)).toEqual(coldState);
    await warm.app.close();
    expect(readFileSync(file, 'utf8').split('\n', 1)[0]).toBe('NDBRIEF 6');
  });
  it('bring the name folds they were saved with, so the first question after a start need not work them out', async () => {
    const data = tempFolder('newsdesk-briefsnap-');
    const cold = await start(data);
    // A slip in one wire copy: a name folded into the usual spelling.
    const slip = { origin: 'feed:test', fallbackTime: new Date('2024-06-09T00:00:00Z'), title: 'Flood talks in Krems', body: 'KREMS, June 9 — Chancellor Marcus Feldner met the mayors of the valley in Krems on Sunday.', date: '2024-06-09', source: 'Alpine Wire' };
    await ingestDocuments([slip], 'feed', cold.app.ingestion);
    await answers(cold.app);
    expect(cold.app.services.briefings.directory.folds.has()).toBe(true);
    await cold.app.close();

    const warm = await start(data);
    const { directory } = warm.app.services.briefings;
    expect(directory.folds.has()).toBe(true);
    const fresh = createBriefings(warm.app.services.archive).directory;
    const keys = [...fresh.all()].map((r) => r.key);
    expect(keys.map((k) => directory.canonical(k))).toEqual(keys.map((k) => fresh.canonical(k)));
    expect(directory.canonical('person:marcus-feldner')).toBe('person:markus-feldner');
    await warm.app.close();
  });
});
