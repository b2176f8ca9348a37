import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AnalysisShelf, timelinePart } from '../src/articles/analysis-shelf.js';
import { Archive } from '../src/articles/archive.js';
import type { EnrichedArticle } from '../src/articles/article.js';
import { EntityDirectory } from '../src/briefing/entity-directory.js';
import { articleEventRefs, buildTimeline } from '../src/briefing/timeline.js';
import { timelinePartOf } from '../src/articles/timeline-part.js';
import { analyze } from '../src/language/pipeline.js';
import { createSqliteArticleStore } from '../src/store/article-store.js';
import { openDatabase } from '../src/store/database.js';
import { tempFolder } from './temp-folder.js';

const text = ['Mayor Ana Ruiz of Valdora said on Monday that the new ferry line would open in March.', 'The council approved the budget.', 'Ruiz met the ferry operator on Friday.'];
const plain = { id: '2026-03-02-ferry-line-opens-a1b2', hash: 'hash-ferry', title: 'Ferry line opens', date: '2026-03-02', dateSource: 'stated', dateNote: 'dateline', paragraphs: text, origin: 'test:ferry' };
const analysed = { ...plain, analysis: analyze(plain as unknown as EnrichedArticle) } as unknown as EnrichedArticle;

describe('timeline parts kept apart from whole analyses', () => {
  it('keeps only the sentences an event or a time is in, and every entity in order', () => {
    const part = timelinePartOf(analysed.analysis);
    expect(part.entities.map((e) => e.key)).toEqual(analysed.analysis.entities.map((e) => e.key));
    expect(part.events).toEqual(analysed.analysis.events);
    const dated = new Set([...analysed.analysis.events.map((e) => e.sentence), ...analysed.analysis.times.map((t) => t.sentence)]);
    part.sentences.forEach((s, i) => expect(s === null).toBe(!dated.has(i)));
    expect(part.sentences.some((s) => s === null)).toBe(true);
  });

  it('reads a shelved article\'s part without its whole analysis, and drops it with the article', () => {
    const db = openDatabase(join(tempFolder('newsdesk-parts-'), 'newsdesk.sqlite'));
    const store = createSqliteArticleStore(db);
    store.put(analysed, 'seed');
    const shelf = new AnalysisShelf({ analysisOf: (id) => store.analysisOf!(id), timelineOf: (id) => store.timelineOf!(id) }, 10);
    const { article, version } = store.allLean!('seed')[0]!;
    const lean = shelf.lean(article, version);
    expect(timelinePart(lean)).toEqual(timelinePartOf(analysed.analysis));
    expect([shelf.loads, shelf.partLoads]).toEqual([0, 1]);
    store.remove(plain.id);
    expect(db.prepare('SELECT COUNT(*) FROM article_timelines').pluck().get()).toBe(0);
    db.close();
  });

  it('writes the parts of a database stored before them', () => {
    const path = join(tempFolder('newsdesk-parts-'), 'newsdesk.sqlite');
    const old = openDatabase(path);
    createSqliteArticleStore(old).put(analysed, 'seed');
    // As migration 2 left it: no parts yet.
    old.exec("DROP TABLE article_timelines; DELETE FROM schema_migrations WHERE namespace = 'articles' AND version = 3");
    old.close();
    const db = openDatabase(path);
    const store = createSqliteArticleStore(db);
    expect(store.timelineOf!(plain.id)).toEqual(timelinePartOf(analysed.analysis));
    db.close();
  });

  it('reads the parts a timeline needs in one go, not one round trip an article', () => {
    const db = openDatabase(join(tempFolder('newsdesk-parts-'), 'newsdesk.sqlite'));
    const store = createSqliteArticleStore(db);
    const copies = [0, 1, 2].map((n) => ({ ...analysed, id: `${plain.id}-${n}`, hash: `${plain.hash}-${n}` }));
    for (const copy of copies) store.put(copy, 'seed');
    const counted = () => {
      const reads = { one: 0, many: [] as string[][] };
      const shelf = new AnalysisShelf({
        analysisOf: (id) => store.analysisOf!(id),
        timelineOf: (id) => (reads.one++, store.timelineOf!(id)),
        timelinesOfMany: (ids) => (reads.many.push([...ids]), store.timelinesOfMany!(ids)),
      }, 10);
      return { reads, lean: store.allLean!('seed').map(({ article, version }) => shelf.lean(article, version)) };
    };
    const listed = counted();
    expect(articleEventRefs(listed.lean).length).toBeGreaterThan(0);
    expect(listed.reads).toEqual({ one: 0, many: [copies.map((c) => c.id)] });
    // The refs from whole articles, so only the timeline's own reads are counted.
    const built = counted();
    const archive = new Archive(built.lean);
    expect(buildTimeline(articleEventRefs(copies), archive, new EntityDirectory(archive)).length).toBeGreaterThan(0);
    expect(built.reads.one).toBe(0);
    expect(built.reads.many.flat().sort()).toEqual(copies.map((c) => c.id).sort());
    db.close();
  });
});
