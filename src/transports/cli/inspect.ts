import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Clock } from '../../clock.js';
import { decodeText } from '../../ingest/decode.js';
import { seedReaders } from '../../ingest/seed-formats.js';
import { toArticle } from '../../ingest/to-article.js';
import { analyze } from '../../language/pipeline.js';
import { describeAnalysis } from './describe-analysis.js';

/** Everything ingestion makes of one file, as the operator would want to check it. */
export async function inspectFile(path: string, clock: Clock): Promise<unknown> {
  const reader = seedReaders[extname(path).toLowerCase()];
  if (!reader) throw new Error(`unsupported file type "${extname(path)}"`);
  const bytes = await readFile(path);
  const { text, encoding } = decodeText(bytes);
  const info = await stat(path);
  return reader(text, path, info.mtime).map((raw) => {
    const { article, chrome } = toArticle(raw, clock.now());
    return { encoding, ...article, chromeDropped: chrome, analysis: describeAnalysis({ ...article, analysis: analyze(article) }) };
  });
}
