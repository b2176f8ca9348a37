import type { AnalysisShelf } from '../articles/analysis-shelf.js';
import type { Article, EnrichedArticle } from '../articles/article.js';
import type { ArticleKind } from '../store/article-store.js';
import type { SeedFileEntry, SeedFileLedger } from '../store/seed-file-ledger.js';
import { JobCancelledError } from '../work/job-cancelled.js';
import { enrich, ingestDocuments, type IngestionDeps } from './ingestion.js';
import { listSeedFolder, seedFileReader, type SeedFileFound, type SeedFileInfo } from './seed-folder.js';
import type { SeedFs } from './seed-fs.js';

/**
 * Bump when reading seed files changes what articles they give (parsing, dates, ids), so files read under
 * the old rules are read again; a change of ANALYSIS_VERSION does the same on its own.
 */
export const SEED_READING_VERSION = 7;

export interface SeedStart {
  added: number;
  /** Articles taken from the store because their file had not changed. */
  kept: number;
  skipped: { origin: string; reason: string }[];
  /** Folders that could not be listed: their stored seeds are neither read nor forgotten. */
  unreadable: string[];
  /** How many seed files were read (the rest were unchanged). */
  filesRead: number;
}

/**
 * The seed folder at start. A file whose path, size and modification time match what the ledger
 * recorded, read under today's rules, with every article it gave still stored, is not read again: its
 * stored articles go to the archive as they are. The others are read and ingested, and recorded once
 * every document in them became an article or repeats one (a file with another skipped document is read
 * again next time, so an article over its time budget is retried).
 */
export async function startSeeds(seedsDir: string, deps: IngestionDeps, options: { ledger?: SeedFileLedger; fs?: SeedFs; shelf?: AnalysisShelf } = {}): Promise<SeedStart> {
  const { ledger } = options;
  const reader = `${SEED_READING_VERSION}:${deps.analysisVersion}`;
  const known = ledger?.all() ?? new Map<string, SeedFileEntry>();
  // With a shelf the stored articles are read lean once, here, for their ids and for the files left unread
  // (reading the ids on their own first was another pass over the table: 0.15 s at 100k).
  let lean = known.size > 0 && options.shelf && deps.store.allLean ? storedArticles('seed', deps, options.shelf) : undefined;
  const stored = new Set(lean ? lean.map((row) => row.article.id) : known.size > 0 ? deps.store.ids('seed') : []);
  const unchanged = (file: string, info: SeedFileInfo): boolean => {
    const entry = known.get(file);
    return entry !== undefined && entry.size === info.size && entry.mtimeMs === info.mtimeMs && entry.reader === reader && entry.ids.length + entry.twins.length > 0 && entry.ids.every((id) => stored.has(id));
  };
  const folder = { logger: deps.logger, ...(options.fs ? { fs: options.fs } : {}) };
  const listing = await listSeedFolder(seedsDir, { ...folder, ...(ledger ? { unchanged } : {}) });
  let kept = listing.kept;
  const toRead = [...listing.files];
  // A file left unread keeps its duplicates out only while the files their twins came from are left unread
  // too: else (a twin's file changed or gone) it is read after all, so a duplicate comes back if its twin went.
  for (let lacking = twinsLacking(kept, known); lacking.size > 0; lacking = twinsLacking(kept, known)) {
    toRead.push(...kept.filter((file) => lacking.has(file.path)));
    kept = kept.filter((file) => !lacking.has(file.path));
  }
  const start: SeedStart = { added: 0, kept: 0, skipped: [], unreadable: listing.unreadable, filesRead: 0 };

  const keptIds = new Set(kept.flatMap((file) => known.get(file.path)!.ids));
  if (keptIds.size > 0) {
    for (const { article, version } of lean ?? storedArticles('seed', deps, options.shelf)) {
      if (!keptIds.has(article.id)) continue;
      const fresh = version === deps.analysisVersion ? article : await reanalysed(article, deps);
      if (fresh && deps.archive.add(fresh) !== 'duplicate') start.kept += 1;
    }
  }
  lean = undefined;
  // A machine that has read none of the files (a first start, or a new machine on a shared PostgreSQL) reads them
  // all: their documents are matched against the stored articles from one read of the metadata, not one query
  // each (100 s at 100k on a new machine).
  const newMachine = known.size === 0 && toRead.length > 0 && options.shelf && deps.store.allLean;
  const ingestion = newMachine ? { ...deps, storedByHash: storedByHash([...deps.store.allLean!('seed'), ...deps.store.allLean!('feed')]) } : deps;
  // Read and ingested a file at a time: one file's documents are held at once, not the folder's.
  const readFile = seedFileReader(folder);
  const read: string[] = [];
  for (const found of toRead) {
    const file = await readFile(found);
    if (!file) continue;
    read.push(file.path);
    start.filesRead += 1;
    const result = await ingestDocuments(file.documents, 'seed', ingestion);
    start.added += result.added.length + result.updated.length;
    start.skipped.push(...result.skipped);
    if (!ledger) continue;
    const ids = [...result.added, ...result.updated].map((a) => a.id);
    const twins = result.twins.map((t) => t.id);
    const whole = result.skipped.length === twins.length && ids.length + twins.length === file.documents.length;
    if (whole) ledger.record({ path: file.path, size: file.size, mtimeMs: file.mtimeMs, reader, ids, twins });
    else ledger.forget(file.path);
  }
  // Entries of files that are gone (or failed to read) go; an unlistable folder says nothing about its files.
  if (ledger && listing.unreadable.length === 0) {
    const listed = new Set([...kept.map((f) => f.path), ...read]);
    for (const path of known.keys()) if (!listed.has(path)) ledger.forget(path);
  }
  return start;
}

/** Files left unread whose duplicates repeat an article of a file that is read (or gone, or a feed's). */
function twinsLacking(kept: readonly SeedFileFound[], known: ReadonlyMap<string, SeedFileEntry>): Set<string> {
  const unread = new Set(kept.map((file) => file.path));
  const fileOf = new Map<string, string>();
  for (const { path } of kept) for (const id of known.get(path)!.ids) fileOf.set(id, path);
  return new Set([...unread].filter((path) => known.get(path)!.twins.some((id) => !unread.has(fileOf.get(id) ?? ''))));
}

function storedByHash(rows: readonly { article: Article; version: number }[]): Map<string, { article: Article; version: number }> {
  return new Map(rows.map((row) => [row.article.hash, row]));
}

/** Stored articles of a kind, their analyses left on the shelf when there is one. */
export function storedArticles(kind: ArticleKind, deps: Pick<IngestionDeps, 'store'>, shelf: AnalysisShelf | undefined): { article: EnrichedArticle; version: number }[] {
  if (shelf && deps.store.allLean) return deps.store.allLean(kind).map(({ article, version }) => ({ article: shelf.lean(article, version), version }));
  return deps.store.all(kind).map((article) => ({ article, version: article.analysis.version }));
}

/** A stored article under an older pipeline (the ledger should have prevented it): analysed anew, or left out. */
async function reanalysed(article: EnrichedArticle, deps: IngestionDeps): Promise<EnrichedArticle | undefined> {
  try {
    return await enrich(article, 'seed', deps);
  } catch (error) {
    if (error instanceof JobCancelledError) return undefined;
    throw error;
  }
}
