import { describe, expect, it } from 'vitest';
import type { EnrichedArticle } from '../src/articles/article.js';
import { Archive } from '../src/articles/archive.js';
import { EntityDirectory } from '../src/briefing/entity-directory.js';
import { toArticle } from '../src/ingest/to-article.js';
import { analyze } from '../src/language/pipeline.js';

function article(title: string, date: string, body: string): EnrichedArticle {
  const parsed = toArticle({ origin: `test:${title}`, title, date, body, fallbackTime: new Date(0) }, new Date('2024-06-10T00:00:00Z')).article;
  return { ...parsed, analysis: analyze(parsed) };
}

const usual = [1, 2, 3, 4, 5, 6].map((d) =>
  article(`Day ${d} of the talks`, `2024-03-0${d}`, `Foreign Minister Dmytro Kovalenko met his counterparts in Vienna on day ${d}. Kovalenko said progress was slow.`),
);
// Until the usual spelling is written three times as often, the slip is a name of its own.
const slips = [8, 9].map((d) => article(`A slip on day ${d}`, `2024-03-0${d}`, 'Foreign Minister Dmytor Kovalenko flew to Oslo for more talks.'));

describe('name folds while they are worked out again after a change', () => {
  it('are read as they were just before the change, for a while, then worked out at once', () => {
    let now = 0;
    const archive = new Archive([...usual.slice(0, 3), ...slips]);
    const directory = new EntityDirectory(archive);
    directory.folds.serveStale(20_000, () => now);
    const slip = directory.named('Dmytor Kovalenko')[0]!;
    expect(directory.canonical(slip)).toBe(slip);
    for (const a of usual.slice(3)) archive.add(a);
    expect(directory.folds.has()).toBe(false);
    // The new counts are there at once; the folds are those of before the articles came.
    const usualKey = directory.named('Dmytro Kovalenko')[0]!;
    expect(directory.articleCount(usualKey)).toBe(6);
    now = 19_000;
    expect(directory.canonical(slip)).toBe(slip);
    now = 21_000;
    expect(directory.canonical(slip)).toBe(usualKey);
    expect(directory.folds.has()).toBe(true);
  });

  it('are worked out at once after a change where stale ones are not allowed', () => {
    const archive = new Archive([...usual.slice(0, 3), ...slips]);
    const directory = new EntityDirectory(archive);
    const slip = directory.named('Dmytor Kovalenko')[0]!;
    expect(directory.canonical(slip)).toBe(slip);
    for (const a of usual.slice(3)) archive.add(a);
    expect(directory.canonical(slip)).toBe(directory.named('Dmytro Kovalenko')[0]);
  });

  it('worked out in steps while articles keep coming, are served as stale ones until a pass on a still directory', () => {
    const archive = new Archive([...usual.slice(0, 3), ...slips]);
    const directory = new EntityDirectory(archive);
    directory.folds.serveStale(20_000, () => 0);
    const slip = directory.named('Dmytor Kovalenko')[0]!;
    expect(directory.canonical(slip)).toBe(slip);
    for (const a of usual.slice(3)) archive.add(a);
    const steps = directory.folds.steps();
    steps.next();
    archive.add(article('Later', '2024-03-20', 'Foreign Minister Dmytro Kovalenko returned to Kyiv on Friday.'));
    while (!steps.next().done);
    // The pass saw the six usual articles come: its folds are served, but not taken for current ones.
    expect(directory.folds.has()).toBe(false);
    expect(directory.canonical(slip)).toBe(directory.named('Dmytro Kovalenko')[0]);
    const again = directory.folds.steps();
    while (!again.next().done);
    expect(directory.folds.has()).toBe(true);
  });
});
