import { briefCommand } from '../../commands/brief.js';
import { createArticleIndex } from '../search/article-index.js';
import type { CommandContext, Invocation } from '../../commands/command.js';
import type { EnrichedArticle } from '../articles/article.js';
import { Archive } from '../articles/archive.js';
import { briefChoices } from '../briefing/brief-choices.js';
import { createBriefings, type Briefings } from '../briefing/briefings.js';
import { displayName, isLeader } from '../briefing/entity-record.js';
import { nameForm } from '../briefing/name-forms.js';
import { ManualClock } from '../clock.js';
import { option } from '../eval/data-path.js';
import type { Services } from '../services.js';
import { briefCorpus } from './_brief-corpus.js';

/**
 * `npm run bench -- brief [--count 10000] [--bases 400] [--data FILE.jsonl]`: /brief and /brief about:
 * over a generated archive (see _brief-corpus.ts), each query timed cold (first time asked) and warm,
 * beside a plain linear scan over the articles that gathers the same facts without the directory and
 * the stories, in the same run.
 */
const CONTEXT: CommandContext = { userId: 'bench', userName: 'bench', canManageGuild: false };

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export function summary(times: readonly number[]): { n: number; p50: number; p95: number; p99: number; max: number } {
  const sorted = [...times].sort((a, b) => a - b);
  const r = (x: number) => Math.round(x * 100) / 100;
  return { n: sorted.length, p50: r(percentile(sorted, 50)), p95: r(percentile(sorted, 95)), p99: r(percentile(sorted, 99)), max: r(sorted.at(-1) ?? 0) };
}

function pick<T>(items: readonly T[], n: number, seed: number): T[] {
  const out: T[] = [];
  const step = Math.max(1, Math.floor(items.length / Math.max(1, n)));
  for (let i = seed % step; i < items.length && out.length < n; i += step) out.push(items[i]!);
  return out;
}

/** The queries: leaders, people, places, organisations, stories, misspelt names, and /brief with and without since. */
export function queries(b: Briefings): { kind: string; options: Record<string, string> }[] {
  const records = [...b.directory.all()].filter((r) => b.directory.canonical(r.key) === r.key);
  const byArticles = (list: typeof records) => [...list].sort((x, y) => y.articles.size - x.articles.size);
  const leaders = byArticles(records.filter((r) => r.type === 'person' && isLeader(r))).slice(0, 20);
  const people = pick(byArticles(records.filter((r) => r.type === 'person')), 60, 3);
  const places = pick(byArticles(records.filter((r) => r.type === 'place' || r.type === 'country')), 30, 5);
  const orgs = pick(byArticles(records.filter((r) => r.type === 'organisation')), 20, 7);
  const stories = pick([...b.stories.all()].filter((s) => s.members.size > 1), 30, 1);
  const about = (kind: string, list: typeof records) => list.map((r) => ({ kind, options: { about: displayName(r) } }));
  return [
    { kind: 'latest', options: {} },
    { kind: 'latest', options: { since: '30d' } },
    { kind: 'latest', options: { since: '90d' } },
    ...about('leader', leaders),
    ...about('person', people),
    ...about('place', places),
    ...about('organisation', orgs),
    ...stories.map((s) => ({ kind: 'story', options: { about: s.id } })),
    ...pick(people, 20, 1).map((r) => ({ kind: 'unknown', options: { about: `${displayName(r).slice(0, -2)}qx` } })),
  ];
}

/** Without directory or stories: every article read for each question. */
function linearScan(articles: readonly EnrichedArticle[], options: Record<string, string>, newest: string): number {
  if (!options.about) {
    const from = new Date(Date.parse(newest) - 6 * 86_400_000).toISOString().slice(0, 10);
    const recent = articles.filter((a) => a.date >= from).sort((x, y) => y.date.localeCompare(x.date));
    const byTitle = new Map<string, EnrichedArticle[]>();
    for (const a of recent) byTitle.set(nameForm(a.title).slice(0, 30), [...(byTitle.get(nameForm(a.title).slice(0, 30)) ?? []), a]);
    return [...byTitle.values()].sort((x, y) => y.length - x.length).slice(0, 5).length;
  }
  const form = nameForm(options.about);
  const roles: string[] = [];
  const beside = new Map<string, number>();
  const events: string[] = [];
  const found: EnrichedArticle[] = [];
  for (const article of articles) {
    const entity = article.analysis.entities.find((e) => [e.name, ...e.aliases].some((n) => nameForm(n) === form));
    if (!entity) continue;
    found.push(article);
    for (const r of entity.roles) roles.push(`${r.title}|${article.date}`);
    for (const e of article.analysis.entities) if (e !== entity) beside.set(e.key, (beside.get(e.key) ?? 0) + 1);
    for (const ev of article.analysis.events) if (ev.actors.includes(entity.key)) events.push(`${ev.date}|${ev.evidence}`);
  }
  found.sort((x, y) => y.date.localeCompare(x.date));
  events.sort();
  return found.length + roles.length + events.length + [...beside.values()].sort((x, y) => y - x).slice(0, 5).length;
}

export async function run(args: string[]): Promise<void> {
  const count = Number(option(args, 'count') ?? 10_000);
  let started = performance.now();
  const corpus = await briefCorpus(args, count);
  const makeMs = performance.now() - started;
  const archive = new Archive();
  for (const article of corpus.articles) archive.add(article);
  (globalThis as { gc?: () => void }).gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  started = performance.now();
  const b = createBriefings(archive);
  const buildMs = performance.now() - started;
  (globalThis as { gc?: () => void }).gc?.();
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;
  const newest = archive.all()[0]!.date;
  const clock = new ManualClock(`${newest}T12:00:00Z`);
  // A name /brief does not know is looked up as words in the search (the story of the article holding them all).
  const services = { archive, briefings: b, clock, search: createArticleIndex(archive, { clock }) } as unknown as Services;
  console.log(`archive: ${archive.size} articles from ${corpus.bases} real ones (${corpus.from}); ${corpus.realAnalysed} analysed by the real pipeline; made in ${Math.round(makeMs)} ms`);
  console.log(`directory and stories built in ${Math.round(buildMs)} ms (${(buildMs / archive.size).toFixed(3)} ms an article): ${b.directory.size} names, ${b.stories.size} stories, about ${Math.round(heapMb)} MB`);

  const asked = queries(b);
  const ours = new Map<string, number[]>();
  const cold: number[] = [];
  const all: number[] = [];
  for (const pass of ['cold', 'warm']) {
    for (const q of asked) {
      const invocation: Invocation = { options: q.options };
      const t = performance.now();
      const reply = await briefCommand.execute(invocation, CONTEXT, services);
      const ms = performance.now() - t;
      if (reply.tone === 'error') throw new Error(`bench: /brief ${JSON.stringify(q.options)} failed: ${reply.text}`);
      ours.set(q.kind, [...(ours.get(q.kind) ?? []), ms]);
      all.push(ms);
      if (pass === 'cold') cold.push(ms);
    }
  }
  const complete: number[] = [];
  for (const typed of ['', 'k', 'pu', 'vla', 'ber', 'lon', 'mar', 'eu', 'gov', 'chi']) {
    const t = performance.now();
    briefChoices(b, typed);
    complete.push(performance.now() - t);
  }
  const scan: number[] = [];
  for (const q of asked) {
    const t = performance.now();
    linearScan(archive.all(), q.options, newest);
    scan.push(performance.now() - t);
  }
  // Incremental: what one more article costs the directory and the stories.
  const extra = await briefCorpus(args, 50);
  started = performance.now();
  let added = 0;
  for (const a of extra.articles) if (archive.add({ ...a, id: `${a.id}-x`, hash: `${a.hash}x` }) === 'added') added += 1;
  const addMs = (performance.now() - started) / Math.max(1, added);

  console.log('\nkind           n    p50 ms   p95 ms   p99 ms   max ms');
  for (const [kind, times] of ours) {
    const s = summary(times);
    console.log(`${kind.padEnd(12)} ${String(s.n).padStart(3)} ${s.p50.toFixed(2).padStart(9)} ${s.p95.toFixed(2).padStart(8)} ${s.p99.toFixed(2).padStart(8)} ${s.max.toFixed(2).padStart(8)}`);
  }
  const figures = {
    bench: 'brief',
    articles: count,
    realAnalysed: corpus.realAnalysed,
    stories: b.stories.size,
    names: b.directory.size,
    buildMs: Math.round(buildMs),
    addArticleMs: Math.round(addMs * 100) / 100,
    ours: summary(all),
    oursCold: summary(cold),
    latest: summary(ours.get('latest') ?? []),
    about: summary(all.filter((_, i) => asked[i % asked.length]!.kind !== 'latest')),
    autocomplete: summary(complete),
    linearScan: summary(scan),
  };
  console.log(`\nall /brief queries p99 ${figures.ours.p99} ms (cold p99 ${figures.oursCold.p99} ms); linear scan p99 ${figures.linearScan.p99} ms; autocomplete p99 ${figures.autocomplete.p99} ms`);
  console.log(JSON.stringify(figures));
}
