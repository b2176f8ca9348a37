import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedData } from '../eval/data-path.js';
import { figures, loadBases, makeArticle, type CorpusArticle } from './_search-corpus.js';

/**
 * The scale bench's archive, as a new user would bring it: `.jsonl` seed exports in SEEDS_DIR. The
 * articles are the search corpus's (bbc-news texts, or made-up words without ../shared/data), each copy
 * with other names, a recurring public figure, a dateline place, a source and a date over twenty years.
 * Article `i` is the same in every process, so the warm-start child draws its queries from the same text.
 */
export interface ScaleCorpus {
  bases: ReturnType<typeof loadBases>['bases'];
  from: string;
  pool: string[];
}

/** Each export stays far below the seed reader's 200 MB cap (about 2.5 KB an article). */
const PER_FILE = 20_000;

export function scaleCorpus(): ScaleCorpus {
  const { bases, from } = loadBases(sharedData('bbc-news', 'articles.jsonl'));
  return { bases, from, pool: figures(500) };
}

export const scaleArticle = (corpus: ScaleCorpus, i: number): CorpusArticle => makeArticle(corpus.bases, i, corpus.pool);

/** Writes `count` articles as seed exports under `dir`; returns the files and bytes written. */
export function writeSeedExports(dir: string, count: number, corpus: ScaleCorpus, perFile = PER_FILE): { files: number; bytes: number } {
  mkdirSync(dir, { recursive: true });
  let files = 0;
  let bytes = 0;
  for (let start = 0; start < count; start += perFile) {
    const lines: string[] = [];
    for (let i = start; i < Math.min(count, start + perFile); i++) {
      const a = scaleArticle(corpus, i);
      lines.push(JSON.stringify({ title: a.title, date: a.date, source: a.source, place: a.place, paragraphs: a.paragraphs }));
    }
    const text = `${lines.join('\n')}\n`;
    writeFileSync(join(dir, `export-${String(files + 1).padStart(3, '0')}.jsonl`), text);
    files += 1;
    bytes += Buffer.byteLength(text);
  }
  return { files, bytes };
}

/** Articles spread over the archive, for queries that find something. */
export function sampleArticles(corpus: ScaleCorpus, count: number, size: number): CorpusArticle[] {
  const step = Math.max(1, Math.floor(size / count));
  return Array.from({ length: Math.min(count, size) }, (_, k) => scaleArticle(corpus, (k * step + 7) % size));
}
