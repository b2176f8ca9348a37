import { existsSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { analyze } from '../language/pipeline.js';
import { canStandAlone } from '../language/summary/standalone.js';
import { option, projectRoot, reportMissingData, sharedData } from './data-path.js';
import { readJsonlArticles } from './jsonl-articles.js';
import { rouge, RougeMean, type RougeScores } from './rouge.js';

/**
 * `npm run eval -- summaries [--data FILE.jsonl] [--sentences 3]`: ROUGE of our extractive summaries and of
 * Lead-n against the reference extract (`summary_sentences`), at a fixed length and at the reference's own
 * length. Articles go through ingestion and the whole `analyze`, as the bot runs them.
 */

const row = (name: string, s: RougeScores) => `| ${name.padEnd(32)} | ${s.r1.toFixed(2).padStart(6)} | ${s.r2.toFixed(2).padStart(6)} | ${s.rl.toFixed(2).padStart(6)} |`;

export async function run(args: string[]): Promise<void> {
  const given = option(args, 'data');
  const file = given ? (isAbsolute(given) ? given : resolve(process.cwd(), given)) : sharedData('bbc-news', 'articles.jsonl');
  if (!file || (!given && !existsSync(file))) return reportMissingData('summaries');
  if (!existsSync(file)) {
    console.error(`summaries: no such file ${file}`);
    process.exitCode = 2;
    return;
  }
  const count = Math.max(1, Number(option(args, 'sentences') ?? 3) || 3);

  const { articles, skipped } = readJsonlArticles(file, new Date());
  const ours = new RougeMean();
  const lead = new RougeMean();
  const oursAtRef = new RougeMean();
  const leadAtRef = new RougeMean();
  let standalone = 0;
  let scored = 0;
  const started = performance.now();
  for (const { article, fields } of articles) {
    const reference = Array.isArray(fields.summary_sentences) ? fields.summary_sentences.filter((s): s is string => typeof s === 'string') : [];
    if (!reference.length) continue;
    const analysis = analyze(article);
    const texts = analysis.sentences.map((s) => s.text);
    const summary = (n: number) => analysis.summaryRank.slice(0, n).sort((a, b) => a - b).map((i) => texts[i]!);
    ours.add(rouge(summary(count), reference));
    lead.add(rouge(texts.slice(0, count), reference));
    oursAtRef.add(rouge(summary(reference.length), reference));
    leadAtRef.add(rouge(texts.slice(0, reference.length), reference));
    scored++;
    if (analysis.summaryRank.length && canStandAlone(texts[analysis.summaryRank[0]!]!)) standalone++;
  }
  const seconds = (performance.now() - started) / 1000;

  console.log(`summaries: ${scored} articles from ${relative(projectRoot, file)} (${skipped.length} skipped by ingestion)`);
  console.log(`| ${'summary'.padEnd(32)} |    R-1 |    R-2 |    R-L |`);
  console.log(`| ${'-'.repeat(32)} | ------ | ------ | ------ |`);
  console.log(row(`ours, ${count} sentences`, ours.mean()));
  console.log(row(`Lead-${count}`, lead.mean()));
  console.log(row('ours, reference length', oursAtRef.mean()));
  console.log(row('Lead, reference length', leadAtRef.mean()));
  console.log(`first ranked sentence stands alone: ${scored ? ((100 * standalone) / scored).toFixed(1) : '0'}%; analysis + scoring took ${seconds.toFixed(1)} s`);
  console.log(
    JSON.stringify({
      task: 'summaries',
      data: relative(projectRoot, file),
      articles: scored,
      skipped: skipped.length,
      sentences: count,
      ours: ours.mean(),
      lead: lead.mean(),
      oursAtReferenceLength: oursAtRef.mean(),
      leadAtReferenceLength: leadAtRef.mean(),
      firstStandsAlone: scored ? Math.round((1000 * standalone) / scored) / 10 : 0,
    }),
  );
}
