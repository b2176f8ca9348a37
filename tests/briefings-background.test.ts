import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commands } from '../commands/index.js';
import type { CommandContext } from '../commands/command.js';
import { createApp } from '../src/app.js';
import { Archive } from '../src/articles/archive.js';
import { encodeBriefings } from '../src/briefing/briefings-codec.js';
import { openBriefings, type Briefings, type BriefingsOptions } from '../src/briefing/briefings.js';
import { ManualClock } from '../src/clock.js';
import { loadConfig } from '../src/config.js';
import { createCapturingLogger } from '../src/logger.js';
import { runExecute } from '../src/transports/run-command.js';
import { FIXTURE_DIR, fixtureArticle, fixtureFiles } from './brief-fixtures.js';
import { tempFolder } from './temp-folder.js';

const CONTEXT: CommandContext = { userId: 'u1', userName: 'reader', canManageGuild: false };
const command = (name: string) => commands.find((c) => c.definition.name === name)!;
const files = fixtureFiles();
const LATE = files.at(-1)!;

const saved = (b: Briefings) => [...encodeBriefings(b.directory.state(), b.stories.state())];

/** Turns of the event loop taken by other work while `promise` runs. */
async function turnsDuring(promise: Promise<unknown>): Promise<number> {
  let turns = 0;
  let running = true;
  const tick = () => {
    if (!running) return;
    turns += 1;
    setImmediate(tick);
  };
  setImmediate(tick);
  await promise;
  running = false;
  return turns;
}

/** A snapshot of every fixture but the last, written by a first run. */
async function savedSnapshot(): Promise<{ path: string; archive: Archive; first: string[] }> {
  const path = join(tempFolder('newsdesk-briefbg-'), 'briefings.snap');
  const archive = new Archive(files.slice(0, -1).map(fixtureArticle));
  const first = openBriefings(archive, { snapshotPath: path });
  await first.ready;
  await first.save();
  const state = saved(first);
  await first.close();
  return { path, archive, first: state };
}

describe('stories and the directory loaded in the background', () => {
  it('load in slices that let other work run, and take the articles that arrived meanwhile', async () => {
    const { path, archive, first } = await savedSnapshot();
    const loading = openBriefings(archive, { snapshotPath: path, sliceMs: 0 });
    expect(loading.isReady()).toBe(false);
    expect(() => loading.stories).toThrow(/still loading/);
    const late = fixtureArticle(LATE);
    archive.add(late);
    expect(await turnsDuring(loading.ready)).toBeGreaterThan(5);
    expect(loading.origin).toBe('snapshot');
    expect(loading.stories.storyIdOf(late.id)).toBeDefined();

    // The same state as a build of the whole archive in one go.
    const whole = openBriefings(new Archive(files.map(fixtureArticle)));
    expect(saved(loading)).not.toEqual(first);
    expect(saved(loading).length).toBe(saved(whole).length);
    expect([...loading.directory.all()].map((r) => [r.key, r.articles.size]).sort()).toEqual([...whole.directory.all()].map((r) => [r.key, r.articles.size]).sort());
    await loading.close();
  });

  it('hold changes back while a snapshot is written, and save them next time', async () => {
    const { path, archive } = await savedSnapshot();
    const b = openBriefings(archive, { snapshotPath: path, sliceMs: 0 });
    await b.ready;
    const writing = b.save();
    // The write under way (it rests after every line).
    await new Promise(setImmediate);
    const late = fixtureArticle(LATE);
    archive.add(late);
    expect(b.stories.storyIdOf(late.id)).toBeUndefined();
    await writing;
    expect(b.stories.storyIdOf(late.id)).toBeDefined();
    await b.save();
    await b.close();

    const again = openBriefings(archive, { snapshotPath: path });
    await again.ready;
    expect(again.origin).toBe('snapshot');
    expect(saved(again)).toEqual(saved(b));
    await again.close();
  });

  it('catch a snapshot up with articles added after it was written, as if they had come while running', async () => {
    const { path, archive } = await savedSnapshot();
    const late = fixtureArticle(LATE);
    // What a bot that stayed up holds: the snapshot loaded, then the article taken in live.
    const stayedUp = openBriefings(archive, { snapshotPath: path });
    await stayedUp.ready;
    archive.add(late);
    const live = saved(stayedUp);
    await stayedUp.close();

    // A crash before the save that follows the article: the next start finds the snapshot a step behind.
    const { path: behind } = await savedSnapshot();
    const logger = createCapturingLogger();
    const caught = openBriefings(archive, { snapshotPath: behind, sliceMs: 0, logger });
    await caught.ready;
    expect(caught.origin).toBe('snapshot');
    expect(logger.lines.find((l) => l.message === 'stories and directory loaded from snapshot')?.fields).toMatchObject({ caughtUp: 1 });
    expect(saved(caught)).toEqual(live);
    await caught.close();

    // Saved on close: nothing to catch up at the next start.
    const again = createCapturingLogger();
    const next = openBriefings(archive, { snapshotPath: behind, logger: again });
    await next.ready;
    expect(again.lines.find((l) => l.message === 'stories and directory loaded from snapshot')?.fields).not.toHaveProperty('caughtUp');
    await next.close();
  });

  it('are rebuilt when an article the snapshot holds was removed since', async () => {
    const { path, archive } = await savedSnapshot();
    archive.remove(fixtureArticle(files[0]!).id);
    const logger = createCapturingLogger();
    const b = openBriefings(archive, { snapshotPath: path, logger });
    await b.ready;
    expect(b.origin).toBe('built');
    expect(logger.lines.filter((l) => l.level === 'warn').map((l) => l.message)).toEqual([expect.stringContaining('articles were removed')]);
    await b.close();
  });

  it('are built in slices when there is no snapshot, and a close stops the load', async () => {
    const archive = new Archive(files.map(fixtureArticle));
    const built = openBriefings(archive, { sliceMs: 0 });
    expect(await turnsDuring(built.ready)).toBeGreaterThan(files.length);
    expect(built.origin).toBe('built');
    expect(saved(built)).toEqual(saved(openBriefings(new Archive(files.map(fixtureArticle)))));

    const stopped = openBriefings(archive, { sliceMs: 0 });
    await stopped.close();
    await expect(stopped.ready).rejects.toThrow(/stopped/);
  });

  it('let a started bot answer /search at once, and /brief once they are in place', async () => {
    const data = tempFolder('newsdesk-briefbg-');
    const config = loadConfig({ SEEDS_DIR: FIXTURE_DIR, DATA_DIR: data });
    const clock = new ManualClock('2024-06-10T12:00:00Z');
    const cold = await createApp({ config, logger: createCapturingLogger(), clock });
    const coldBrief = await runExecute(command('brief'), { options: { about: 'Markus Feldner' } }, CONTEXT, cold.services);
    await cold.close();

    const warm = await createApp({ config, logger: createCapturingLogger(), clock, briefingsInBackground: true });
    expect(warm.services.briefings.isReady()).toBe(false);
    const search = await runExecute(command('search'), { options: { query: 'flood barrier' } }, CONTEXT, warm.services);
    expect(search.tone).not.toBe('error');
    expect(await command('brief').autocomplete!({ name: 'about', value: 'Feld' }, { options: {} }, CONTEXT, warm.services)).toEqual([]);
    expect(await runExecute(command('brief'), { options: { about: 'Markus Feldner' } }, CONTEXT, warm.services)).toEqual(coldBrief);
    expect(warm.services.briefings.origin).toBe('snapshot');
    await warm.close();
  });

  it('work out the name folds in a quiet moment after the load and after a change, before anyone asks', async () => {
    const archive = new Archive(files.slice(0, -1).map(fixtureArticle));
    const b = openBriefings(archive, { sliceMs: 0, foldDelayMs: 5 });
    await b.ready;
    await expect.poll(() => b.directory.folds.has(), { timeout: 5_000, interval: 10 }).toBe(true);
    archive.add(fixtureArticle(LATE));
    expect(b.directory.folds.has()).toBe(false);
    await expect.poll(() => b.directory.folds.has(), { timeout: 5_000, interval: 10 }).toBe(true);
    // Without a delay set they wait for a question, as in one-shot runs.
    const asked = openBriefings(new Archive(files.map(fixtureArticle)), { sliceMs: 0 });
    await asked.ready;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(asked.directory.folds.has()).toBe(false);
    await Promise.all([b.close(), asked.close()]);
  });

  it('work out who holds each nation\'s one-holder office in the quiet moment after the load, so no question walks the directory for it', async () => {
    const archive = new Archive(files.slice(0, -1).map(fixtureArticle));
    const b = openBriefings(archive, { sliceMs: 0, foldDelayMs: 5 });
    await b.ready;
    expect(b.officeHolders.isCurrent()).toBe(false);
    await expect.poll(() => b.officeHolders.isCurrent(), { timeout: 5_000, interval: 10 }).toBe(true);
    await b.close();
  });

  it('work out who holds each nation\'s office as part of a load that brings its folds, before the first question', async () => {
    // No quiet moment comes within the test: only the load can have worked the index out.
    const next = await reopened({ foldDelayMs: 60_000 });
    expect(next.origin).toBe('snapshot');
    expect(next.officeHolders.isCurrent()).toBe(true);
    await next.close();
  });

  it('save the name folds at close even when no quiet moment came to work them out, so the next start has them', async () => {
    // The folds were never asked for before the first start closed.
    const next = await reopened({}, (first) => expect(first.directory.folds.has()).toBe(false));
    expect(next.origin).toBe('snapshot');
    expect(next.directory.folds.has()).toBe(true);
    await next.close();
  });
});

/**
 * Briefings built from the fixtures and closed at once, as a first start stopped right after its load (no
 * quiet moment came), then opened again from the snapshot that close wrote, with `options`.
 */
async function reopened(options: BriefingsOptions, beforeClose?: (first: Briefings) => void): Promise<Briefings> {
  const path = join(tempFolder('newsdesk-briefbg-'), 'briefings.snap');
  const archive = new Archive(files.map(fixtureArticle));
  const first = openBriefings(archive, { snapshotPath: path, sliceMs: 0, foldDelayMs: 60_000 });
  await first.ready;
  beforeClose?.(first);
  await first.close();
  const next = openBriefings(archive, { snapshotPath: path, sliceMs: 0, ...options });
  await next.ready;
  return next;
}
