import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeRealnewsPages } from '../src/eval/saved-page-forms.js';

/**
 * `npx tsx scripts/realnews-as-pages.ts [out-dir]`: writes ../shared/data/realnews-dev as pages saved as
 * text (`<id>.txt`) into a temp folder (or the folder given), for trying the seed reader on real stories.
 * Never into seeds/: the data is for measuring only.
 */
const out = process.argv[2] ?? mkdtempSync(join(tmpdir(), 'realnews-pages-'));
const written = writeRealnewsPages(out);
console.log(`${written.length} pages written to ${out}`);
