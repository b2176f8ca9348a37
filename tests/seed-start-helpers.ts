import { createApp } from '../src/app.js';
import { ManualClock } from '../src/clock.js';
import { loadConfig } from '../src/config.js';
import { nodeSeedFs, type SeedFs } from '../src/ingest/seed-fs.js';
import { createCapturingLogger } from '../src/logger.js';

/** Two seed records of one outlet, one per line of a `.jsonl` export. */
export const FROST = '{"title":"Orchard growers count losses after late frost","date":"2025-03-05","source":"Valley Times","paragraphs":["Growers in the upper valley said a late frost on Tuesday night destroyed most of the apple blossom."]}';
export const CIDER = '{"title":"Cider makers look abroad for apples","date":"2025-03-06","source":"Valley Times","paragraphs":["Cider makers in the valley said they would buy apples from abroad after the frost ruined the local harvest."]}';

/** A seed file system that notes every file it reads. */
export function countingFs(): { fs: SeedFs; reads: string[] } {
  const reads: string[] = [];
  return { reads, fs: { ...nodeSeedFs, readFile: (path) => (reads.push(path.split('/').pop()!), nodeSeedFs.readFile(path)) } };
}

/** The app started on a seed folder and a data folder, reading seeds through `fs`. */
export async function startOnSeeds(seeds: string, data: string, fs: SeedFs) {
  const config = loadConfig({ SEEDS_DIR: seeds, DATA_DIR: data });
  return createApp({ config, logger: createCapturingLogger(), clock: new ManualClock('2025-03-10T12:00:00Z'), seedFs: fs });
}
