import { existsSync } from 'node:fs';
import type { Archive, ArchiveChange } from '../articles/archive.js';
import { readAhead } from '../articles/analysis-shelf.js';
import type { EnrichedArticle } from '../articles/article.js';
import type { Logger } from '../logger.js';
import { Fingerprint, fingerprintText } from '../search/doc-table.js';
import { removeSnapshotLeftovers } from '../search/snapshot-leftovers.js';
import { describeStory, type StoryView } from '../stories/story-view.js';
import { StoryBook } from '../stories/story-book.js';
import type { Story } from '../stories/story.js';
import { paced, PacerStopped, slicePacer, unpaced, type Pacer } from '../store/pacer.js';
import { snapshotSaver } from '../store/snapshot-saver.js';
import type { SnapshotSharing } from '../store/snapshot-sharing.js';
import { articleOf, build, buildAtOnce, oldestFirst, type Parts } from './briefings-build.js';
import { readBriefingsSnapshot, writeBriefingsSnapshot } from './briefings-snapshot.js';
import { ChartPictures } from './chart-picture.js';
import { SANS_FAMILIES, type ChartFont } from './svg-to-png.js';
import { OfficeHolders } from './office-holders.js';
import { EntityDirectory } from './entity-directory.js';
import { foldPacing, foldsThen, STALE_FOLDS_MS } from './fold-pacing.js';

/**
 * What briefings read: the entity directory and the stories, both kept up to date from the archive's
 * changes, plus small caches of what queries derive from them.
 */
export interface Briefings {
  archive: Archive;
  /** The directory and the stories (they throw until `ready` has settled). */
  directory: EntityDirectory;
  stories: StoryBook;
  /** Settles when the directory and stories are in place: at once when built in one go. */
  ready: Promise<void>;
  isReady(): boolean;
  /** A story as briefings show it; cached until its articles or the directory change. */
  view(story: Story): StoryView | undefined;
  /** Pictures by what they show, so asking twice renders once. */
  pictures: ChartPictures;
  /** Who the articles give each nation's top office, for telling a term in office from a look back. */
  officeHolders: OfficeHolders;
  /** Where the directory and stories came from at start. */
  readonly origin: 'snapshot' | 'built';
  /** Writes the snapshot now (no-op without a path). */
  save(): Promise<void>;
  /** Stops following the archive's changes (and any loading under way), and writes what changed. */
  close(): Promise<void>;
}

export interface BriefingsOptions {
  /** Where the directory and stories are saved (beside the search snapshot); none: rebuilt at every start. */
  snapshotPath?: string;
  logger?: Logger;
  /** Quiet time after the last change before the snapshot is written again. */
  saveDelayMs?: number;
  /** Longest stretch the loading or saving holds the event loop; none: in one go. */
  sliceMs?: number;
  /**
   * Quiet time after the load or a change before the name folds are worked out (over the whole directory, 1.5 s
   * at 100,000 articles), so the next question finds them ready instead of waiting for them; none: when asked.
   */
  foldDelayMs?: number;
  /** Called before the whole archive is read once (a build); returns the call that ends it (`AnalysisShelf.readingInBulk`). */
  readingInBulk?: () => () => void;
  /**
   * The snapshot's copy in a store shared by machines (PostgreSQL): fetched when this machine has no file, offered
   * after each write. None: the file in DATA_DIR is the only one.
   */
  sharing?: SnapshotSharing;
  /** Reads many articles' analyses in one go ahead of a build's pass over them (`AnalysisShelf.prefetch`). */
  prefetch?: (ids: readonly string[]) => void;
  /** The font charts are labelled in; null: none, so no charts. Unset: the first common sans font found. */
  chartFont?: ChartFont | null;
}

/** Built from the archive in one go, kept in memory (tests, tools, one-shot runs). */
export function createBriefings(archive: Archive, options: Pick<BriefingsOptions, 'logger'> = {}): Briefings {
  const briefings = openBriefings(archive, options);
  if (!briefings.isReady()) throw new Error('briefings without a snapshot or pacing are built at once');
  return briefings;
}

/**
 * Opens the directory and stories: the saved snapshot when it describes this archive, else built from the
 * archive (one warning when a saved one is damaged). With `sliceMs` the work rests between slices, so the
 * bot answers `/search` while a large archive's briefings load; changes that arrive meanwhile wait in
 * order and are applied once the state is in place, as are changes that arrive while a snapshot is written.
 */
export function openBriefings(archive: Archive, options: BriefingsOptions = {}): Briefings {
  const initial = archive.all();
  const print = Fingerprint.parse(fingerprintText(initial))!;
  let parts: Parts | undefined;
  let closed = false;
  let holding = 0;
  const waiting: ArchiveChange[] = [];
  const views = new Map<string, { stamp: string; view: StoryView | undefined }>();
  const pacer = options.sliceMs === undefined ? unpaced : slicePacer(options.sliceMs, () => closed);
  let saver: ReturnType<typeof snapshotSaver> | undefined;
  const officeHolders = new OfficeHolders(() => loaded().directory);
  const background = () => parts && foldsThen(parts.directory.folds, () => officeHolders.steps());
  const folding = options.foldDelayMs === undefined ? undefined : foldPacing(background, options.foldDelayMs, options.sliceMs, () => closed);
  const foldsLater = () => folding?.later();
  const pictures = new ChartPictures(options.chartFont);
  if (!pictures.drawable) options.logger?.warn(`briefings and digests go without charts: no sans font found (${SANS_FAMILIES}); install one, such as fonts-dejavu-core`);
  const take = (change: ArchiveChange) => {
    foldsLater();
    parts!.directory.apply(change);
    parts!.stories.apply(change);
    if (change.type !== 'added') print.toggle(change.type === 'updated' ? change.previous : change.article, -1);
    if (change.type !== 'removed') print.toggle(change.article, 1);
    if (views.size > 5_000) views.clear();
    saver?.changed();
  };
  const release = () => {
    for (const change of waiting.splice(0)) take(change);
  };
  const unsubscribe = archive.subscribe((change) => (parts && !holding ? take(change) : waiting.push(change)));
  const writePacer = options.sliceMs === undefined ? unpaced : slicePacer(options.sliceMs);
  const write = async (path: string): Promise<number> => {
    holding += 1;
    const written = print.toString();
    let bytes: number;
    try {
      // The last save, at close: with the folds worked out (two seconds at 100,000 articles, once), so the next
      // start's first question about a name does not work them out instead.
      if (closed) parts!.directory.folds.workOut();
      bytes = await writeBriefingsSnapshot(path, written, { dir: parts!.directory.state(), book: parts!.stories.state() }, writePacer);
    } finally {
      holding -= 1;
      if (!holding) release();
    }
    // After changes are let through again: an upload holds nothing back.
    await options.sharing?.offer(path, written);
    return bytes;
  };

  const started = (opened: Opened) => {
    parts = opened;
    // Worked out again in the background after changes, so questions meanwhile read the folds of just before.
    if (options.foldDelayMs !== undefined) opened.directory.folds.serveStale(STALE_FOLDS_MS);
    saver = snapshotSaver({ path: opened.savePath, what: 'briefings', delayMs: options.saveDelayMs ?? 30_000, unsaved: opened.origin === 'built' || !!opened.caughtUp || !!opened.older, ...(options.logger ? { logger: options.logger } : {}), write });
    // A file loaded as it was is what the shared copy should hold, if that one is older or missing.
    if (opened.savePath && opened.origin === 'snapshot' && !opened.caughtUp && !opened.older) void options.sharing?.offer(opened.savePath, print.toString());
    release();
    foldsLater();
  };
  const opening = open(archive, initial, print.toString(), options, pacer);
  let ready: Promise<void>;
  if ('directory' in opening) {
    started(opening);
    ready = Promise.resolve();
  } else {
    // With the folds loaded as saved, who holds each nation's office is worked out before the first question
    // too, in the load's slices: the quiet moment after the load may come after a question, and the first on
    // a head of state then walked the whole directory (0.4–0.7 s at 100,000 articles). Without them (a first
    // build) it waits for the background pass, which works the folds out first, in slices.
    // A fault in it costs the index, not the briefings: a question works it out as before.
    const officeIndex = () =>
      paced(officeHolders.steps(), pacer).catch((error: unknown) => {
        if (!(error instanceof PacerStopped)) options.logger?.warn(`office holders not worked out at load: ${(error as Error).message}`, { cause: String(error) });
      });
    ready = opening.then(started).then(() => (parts!.directory.folds.has() ? officeIndex() : undefined));
    // Awaited by whoever asks; a load stopped by close() is not an unhandled failure.
    ready.catch(() => undefined);
  }
  const loaded = (): Parts => {
    if (!parts) throw new Error('briefings are still loading: await briefings.ready');
    return parts;
  };
  return {
    archive,
    get directory() {
      return loaded().directory;
    },
    get stories() {
      return loaded().stories;
    },
    get origin() {
      return loaded().origin;
    },
    ready,
    isReady: () => parts !== undefined,
    pictures,
    officeHolders,
    save: () => saver?.save() ?? Promise.resolve(),
    async close() {
      closed = true;
      folding?.stop();
      await options.sharing?.stop();
      await ready.catch(() => undefined);
      unsubscribe();
      await saver?.flush();
    },
    view(story) {
      const { directory } = loaded();
      const stamp = `${story.version}:${directory.version}`;
      const cached = views.get(story.id);
      if (cached?.stamp === stamp) return cached.view;
      const view = describeStory(story, archive, directory);
      views.set(story.id, { stamp, view });
      return view;
    },
  };
}

type Opened = Parts & { savePath?: string; caughtUp?: number; older?: boolean };

/**
 * The archive's articles a snapshot lacks, oldest first, when they are all that changed since it was written
 * (its fingerprint with theirs is the archive's); [] for a current snapshot; undefined when an article it
 * holds was rewritten (the snapshot reader already refused one removed).
 */
function addedSince(placed: { has(id: string): boolean }, saved: string | undefined, initial: readonly EnrichedArticle[], expected: string): EnrichedArticle[] | undefined {
  if (saved === undefined) return [];
  const print = Fingerprint.parse(saved);
  if (!print) return undefined;
  const added = initial.filter((a) => !placed.has(a.id));
  for (const article of added) print.toggle(article, 1);
  return print.toString() === expected ? oldestFirst(added) : undefined;
}

/** In one go (no snapshot, no pacing), else a promise of the loaded or built parts. */
function open(archive: Archive, initial: readonly EnrichedArticle[], fingerprint: string, options: BriefingsOptions, pacer: Pacer): Opened | Promise<Opened> {
  const path = options.snapshotPath;
  if (!path && pacer === unpaced) return buildAtOnce(archive, initial, options.logger);
  return (async () => {
    const started = performance.now();
    let savePath = path;
    if (path) {
      // Temp files are aged by the file system's times, not the clock's.
      const leftovers = removeSnapshotLeftovers(path, Date.now());
      if (leftovers.removed.length || leftovers.failed.length) options.logger?.info('removed briefings snapshot temp files left by a crash', { path, ...leftovers });
      // A new machine starts from the shared copy, when there is one, as from a file of its own.
      if (options.sharing && !existsSync(path)) await options.sharing.fetchInto(path);
      const ids = new Set(initial.map((a) => a.id));
      const read = await readBriefingsSnapshot(path, { fingerprint, size: initial.length, has: (id) => ids.has(id), ids: () => ids }, pacer);
      const added = 'state' in read ? addedSince(read.state.dir.placed, read.stale?.fingerprint, initial, fingerprint) : undefined;
      if ('state' in read && added) {
        const directory = new EntityDirectory(undefined, read.state.dir);
        // Saved folds stay readable while the articles added since are taken in and the folds worked out again.
        if (options.foldDelayMs !== undefined) directory.folds.serveStale(STALE_FOLDS_MS);
        await paced(directory.presenceSteps(), pacer);
        const stories = new StoryBook(undefined, directory, read.state.book, articleOf(archive));
        // Taken in as they would have been live (a crash came before the save that follows new articles).
        const end = added.length > 0 ? options.readingInBulk?.() : undefined;
        try {
          for (const article of readAhead(added, options.prefetch)) {
            const change = { type: 'added', article } as const;
            directory.apply(change);
            stories.apply(change);
            if (pacer.due()) await pacer.rest();
          }
        } finally {
          end?.();
        }
        options.logger?.info('stories and directory loaded from snapshot', { articles: initial.length, stories: stories.size, ...(added.length ? { caughtUp: added.length } : {}), ms: Math.round(performance.now() - started) });
        return { directory, stories, origin: 'snapshot' as const, caughtUp: added.length, older: !!read.older, ...(savePath ? { savePath } : {}) };
      }
      const problem = 'state' in read ? 'stale: articles were changed or removed since it was written' : read.problem;
      const notAFile = 'notAFile' in read && read.notAFile;
      if (notAFile) savePath = undefined;
      const quiet = problem === 'no snapshot yet';
      options.logger?.[quiet ? 'info' : 'warn'](`briefings snapshot not used: ${problem}; rebuilding stories and directory${notAFile ? ', and keeping them in memory only' : ''}`, { path });
    }
    const end = options.readingInBulk?.();
    try {
      const built = await build(archive, initial, pacer, options);
      return { ...built, ...(savePath ? { savePath } : {}) };
    } finally {
      end?.();
    }
  })();
}
