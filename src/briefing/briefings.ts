import type { Archive } from '../articles/archive.js';
import type { Logger } from '../logger.js';
import { Fingerprint } from '../search/doc-table.js';
import { removeSnapshotLeftovers } from '../search/snapshot-leftovers.js';
import { describeStory, type StoryView } from '../stories/story-view.js';
import { StoryBook, type Story } from '../stories/story-book.js';
import { readBriefingsSnapshot, writeBriefingsSnapshot } from './briefings-snapshot.js';
import { EntityDirectory } from './entity-directory.js';
import { snapshotSaver } from '../store/snapshot-saver.js';

/**
 * What briefings read: the entity directory and the stories, both kept up to date from the archive's
 * changes, plus small caches of what queries derive from them.
 */
export interface Briefings {
  archive: Archive;
  directory: EntityDirectory;
  stories: StoryBook;
  /** A story as briefings show it; cached until its articles or the directory change. */
  view(story: Story): StoryView | undefined;
  /** Pictures by what they show, so asking twice renders once. */
  pictures: Map<string, Uint8Array>;
  /** Where the directory and stories came from at start. */
  readonly origin: 'snapshot' | 'built';
  /** Writes the snapshot now (no-op without a path). */
  save(): Promise<void>;
  /** Stops following the archive's changes for saving, and writes what changed. */
  close(): Promise<void>;
}

export interface BriefingsOptions {
  /** Where the directory and stories are saved (beside the search snapshot); none: rebuilt at every start. */
  snapshotPath?: string;
  logger?: Logger;
  /** Quiet time after the last change before the snapshot is written again. */
  saveDelayMs?: number;
}

interface Opened {
  directory: EntityDirectory;
  stories: StoryBook;
  origin: 'snapshot' | 'built';
  savePath?: string;
}

/** The saved directory and stories when they describe this archive, else built from it (one warning when a saved one is damaged). */
function open(archive: Archive, print: Fingerprint, options: BriefingsOptions): Opened {
  const started = performance.now();
  const path = options.snapshotPath;
  let savePath = path;
  if (path) {
    // Temp files are aged by the file system's times, not the clock's.
    const leftovers = removeSnapshotLeftovers(path, Date.now());
    if (leftovers.removed.length || leftovers.failed.length) options.logger?.info('removed briefings snapshot temp files left by a crash', { path, ...leftovers });
    const read = readBriefingsSnapshot(path, { fingerprint: print.toString(), size: archive.size, has: (id) => archive.get(id) !== undefined, ids: () => archive.all().map((a) => a.id) });
    if ('state' in read) {
      const directory = new EntityDirectory(archive, read.state.dir);
      const stories = new StoryBook(archive, directory, read.state.book);
      options.logger?.info('stories and directory loaded from snapshot', { articles: archive.size, stories: stories.size, ms: Math.round(performance.now() - started) });
      return { directory, stories, origin: 'snapshot', savePath };
    }
    if (read.notAFile) savePath = undefined;
    const quiet = read.problem === 'no snapshot yet';
    options.logger?.[quiet ? 'info' : 'warn'](`briefings snapshot not used: ${read.problem}; rebuilding stories and directory${read.notAFile ? ', and keeping them in memory only' : ''}`, { path });
  }
  const directory = new EntityDirectory(archive);
  const stories = new StoryBook(archive, directory);
  options.logger?.info('stories and directory built', { articles: archive.size, stories: stories.size, ms: Math.round(performance.now() - started) });
  return { directory, stories, origin: 'built', ...(savePath ? { savePath } : {}) };
}

export function createBriefings(archive: Archive, options: BriefingsOptions = {}): Briefings {
  const print = Fingerprint.of(archive.all());
  const { directory, stories, origin, savePath } = open(archive, print, options);
  const views = new Map<string, { stamp: string; view: StoryView | undefined }>();
  const pictures = new Map<string, Uint8Array>();
  const saver = snapshotSaver({
    path: savePath,
    what: 'briefings',
    delayMs: options.saveDelayMs ?? 30_000,
    unsaved: origin === 'built',
    ...(options.logger ? { logger: options.logger } : {}),
    write: (path) => writeBriefingsSnapshot(path, print.toString(), { dir: directory.state(), book: stories.state() }),
  });
  // After the directory and the book (they subscribed when made), so a save sees them current.
  const unsubscribe = archive.subscribe((change) => {
    if (change.type !== 'added') print.toggle(change.type === 'updated' ? change.previous : change.article, -1);
    if (change.type !== 'removed') print.toggle(change.article, 1);
    if (views.size > 5_000) views.clear();
    saver.changed();
  });
  return {
    archive,
    directory,
    stories,
    pictures,
    origin,
    save: saver.save,
    async close() {
      unsubscribe();
      await saver.flush();
    },
    view(story) {
      const stamp = `${story.version}:${directory.version}`;
      const cached = views.get(story.id);
      if (cached?.stamp === stamp) return cached.view;
      const view = describeStory(story, archive, directory);
      views.set(story.id, { stamp, view });
      return view;
    },
  };
}
