import type { Article } from '../articles/article.js';
import { parseFeedText } from '../feeds/feed-parser.js';
import { extractPage } from '../feeds/page-extractor.js';
import type { Analysis } from '../language/analysis.js';
import type { RawDocument } from '../ingest/raw-document.js';
import { toArticle } from '../ingest/to-article.js';
import { analyze } from '../language/pipeline.js';

/** One job for a worker thread: the CPU-heavy stages, each a pure function of its input. */
export type Job =
  | { kind: 'prepare'; doc: RawDocument; today: Date }
  | { kind: 'analyze'; article: Article }
  | { kind: 'extract-page'; html: string; url?: string }
  | { kind: 'parse-feed'; text: string; url: string }
  /** A job that spins for `ms`: lets tests see a job over budget cancelled. */
  | { kind: 'spin'; ms: number }
  /**
   * Reads and analyses a two-sentence article: a new worker loads its word lists and compiles its hot paths
   * (0.2 s idle, over a second on a busy machine) before any budgeted job, not in the first one.
   */
  | { kind: 'warm-up' };

export type JobResult = ReturnType<typeof toArticle> | Analysis | ReturnType<typeof extractPage> | ReturnType<typeof parseFeedText> | number;

export function runJob(job: Job): JobResult {
  switch (job.kind) {
    case 'prepare':
      return toArticle(job.doc, job.today);
    case 'analyze':
      return analyze(job.article);
    case 'extract-page':
      return extractPage(job.html, job.url);
    case 'parse-feed':
      return parseFeedText(job.text, job.url);
    case 'warm-up': {
      const body = 'President Ada Marr met the Harbour Trust in Oslo on Tuesday, 3 March 2025, the ministry said. Marr said the talks would go on.';
      const { article } = toArticle({ origin: 'warm-up', title: 'Harbour talks go on', body, date: '2025-03-04', fallbackTime: new Date(0) }, new Date('2025-03-05T00:00:00Z'));
      return analyze(article).entities.length;
    }
    case 'spin': {
      const until = Date.now() + job.ms;
      let n = 0;
      while (Date.now() < until) n++;
      return n;
    }
  }
}

export default runJob;
