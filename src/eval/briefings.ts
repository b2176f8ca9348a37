import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { findCommand } from '../../commands/index.js';
import { createApp } from '../app.js';
import { resolveTarget } from '../briefing/brief-target.js';
import { displayName } from '../briefing/entity-record.js';
import type { Briefings } from '../briefing/briefings.js';
import { ManualClock } from '../clock.js';
import { loadConfig } from '../config.js';
import { createCapturingLogger } from '../logger.js';
import type { Reply } from '../replies/reply.js';
import type { Services } from '../services.js';
import { loadGold, type Gold, type GoldEvent } from './briefings-gold.js';
import { duplicatesPerEvent, isJunk, judgeRole, matchEvent, parseRoleLine, parseTimeline, precision, type Verdict } from './briefings-score.js';
import { option, projectRoot, reportMissingData, sharedData } from './data-path.js';

/**
 * `npm run eval -- briefings [--verbose] [--gold FILE]`: loads realnews-dev as the app loads its seeds
 * (in memory, fixed clock), asks `/brief about:<leader>` for each gold leader through the command
 * handler, and judges the reply's role, first-screen timeline and "most often beside" lines against
 * the gold in eval/briefings-gold/; then name resolution on gold mentions and junk in the top 100 entities.
 */
const CLOCK = '2026-01-01T12:00:00Z';

const fieldLines = (reply: Reply, test: (name: string) => boolean) =>
  (reply.fields ?? []).filter((f) => test(f.name)).flatMap((f) => f.value.split('\n'));

const fold = (name: string) => name.normalize('NFD').replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();

function entityKey(b: Briefings, name: string): string | undefined {
  const t = resolveTarget(b, name);
  return t.kind === 'entity' ? b.directory.canonical(t.key) : undefined;
}

export async function run(args: string[]): Promise<void> {
  const dataDir = sharedData('realnews-dev');
  if (!dataDir || !existsSync(dataDir)) return reportMissingData('briefings');
  const verbose = args.includes('--verbose');
  const gold: Gold = loadGold(option(args, 'gold') ?? join(projectRoot, 'eval', 'briefings-gold', 'gold.json'));

  const config = loadConfig({ SEEDS_DIR: dataDir, DATA_DIR: join(projectRoot, '.eval-briefings-unused') });
  const app = await createApp({ config, logger: createCapturingLogger(), clock: new ManualClock(CLOCK), inMemory: true });
  const services: Services = app.services;
  const b = services.briefings;
  // Gold ids are the data set's; the bot names articles its own way: the URL joins them.
  const byUrl = new Map(services.archive.all().map((a) => [a.url ?? '', a.id]));
  const botId = new Map<string, string>();
  const { readJsonlArticles } = await import('./jsonl-articles.js');
  const { readdirSync } = await import('node:fs');
  for (const f of readdirSync(dataDir).filter((n) => n.endsWith('.jsonl')))
    for (const { article, fields } of readJsonlArticles(join(dataDir, f), new Date(CLOCK)).articles) {
      const id = byUrl.get(article.url ?? '');
      if (id) botId.set(String(fields.id), id);
    }
  const brief = findCommand('brief')!;
  const goldJunk = new Set(gold.junk.map((j) => j.toLowerCase()));

  const roleV: Verdict[] = [];
  const lineV: Verdict[] = [];
  const besideV: Verdict[] = [];
  const dupes: number[] = [];
  const failures: string[] = [];
  for (const leader of gold.leaders) {
    const reply = await brief.execute({ options: { about: leader.name } }, {} as never, services);
    const wrong: string[] = [];
    const key = entityKey(b, leader.name);
    if (!key) wrong.push(`  not found: /brief about:${leader.name} → ${reply.title ?? reply.text ?? ''}`);
    for (const line of fieldLines(reply, (n) => n.startsWith('Role'))) {
      const parsed = parseRoleLine(line);
      if (!parsed) continue;
      const v = judgeRole(parsed, leader.roles);
      roleV.push(v);
      if (v === 'wrong') wrong.push(`  role: ${line}`);
    }
    const judged = new Set(leader.eventArticles.map((a) => botId.get(a)).filter(Boolean));
    const events = leader.events.map((e) => ({ ...e, article: botId.get(e.article) ?? e.article }));
    const matched: GoldEvent[] = [];
    // Everything the first screen shows as a dated event: the latest lines and the plans beside them.
    for (const line of parseTimeline(fieldLines(reply, (n) => n.startsWith('Timeline') || n.startsWith('Planned')).join('\n'))) {
      if (!judged.has(line.articleId)) {
        lineV.push('unjudged');
        continue;
      }
      const hit = matchEvent(line, events.filter((e) => e.article === line.articleId));
      lineV.push(hit ? 'right' : 'wrong');
      if (hit) matched.push(hit);
      else wrong.push(`  timeline: ${line.date} · ${line.text} \`${line.articleId}\``);
    }
    dupes.push(duplicatesPerEvent(matched));
    const own = key ? new Set(services.archive.all().filter((a) => b.directory.keysOf(a.id).includes(key)).map((a) => a.id)) : new Set<string>();
    for (const line of fieldLines(reply, (n) => n.startsWith('Most often beside'))) {
      const name = line.split(' · ')[0]!.trim();
      const other = entityKey(b, name);
      const together = other !== undefined && [...own].some((id) => b.directory.keysOf(id).map((k) => b.directory.canonical(k)).includes(other));
      const v: Verdict = !isJunk(name, goldJunk) && together && other !== key ? 'right' : 'wrong';
      besideV.push(v);
      if (v === 'wrong') wrong.push(`  beside: ${line}`);
    }
    if (wrong.length) failures.push(`${leader.name}:`, ...wrong);
  }

  // Name resolution: the entity whose mentions include the gold form, canonical key against the gold person's.
  let namesRight = 0;
  const nameWrong: string[] = [];
  for (const m of gold.mentions) {
    const article = services.archive.get(botId.get(m.article) ?? '');
    const want = entityKey(b, m.person);
    const entities = article?.analysis.entities ?? [];
    const holders = entities.filter((e) => e.mentions.some((x) => x.text === m.form));
    holders.sort((x, y) => y.mentions.filter((t) => t.text === m.form).length - x.mentions.filter((t) => t.text === m.form).length);
    // The key the directory filed the entity under for this article (a lone "Trump" goes to a full name there).
    const placed = article && holders[0] ? b.directory.keysOf(article.id)[entities.indexOf(holders[0])] : undefined;
    const got = placed ?? (holders[0] ? b.directory.canonical(holders[0].key) : undefined);
    const record = got === undefined ? undefined : b.directory.record(got);
    // The key /brief about:<person> reaches, and a record shown under one of the person's names (not a relative's).
    const named = record !== undefined && (gold.people?.[m.person] ?? [m.person]).map(fold).includes(fold(displayName(record)));
    if (got !== undefined && got === want && named) namesRight++;
    else nameWrong.push(`  ${m.article} "${m.form}" → ${got ?? 'no entity'} (gold ${m.person} = ${want ?? 'unknown'})`);
  }
  if (nameWrong.length) failures.push('names:', ...nameWrong);

  const top = [...b.directory.all()]
    .map((r) => ({ r, n: b.directory.articleCount(r.key) }))
    .sort((x, y) => y.n - x.n)
    .slice(0, 100);
  const junk = top.filter(({ r }) => isJunk(displayName(r), goldJunk, r.type));
  if (junk.length) failures.push('junk in top 100:', ...junk.map(({ r, n }) => `  ${displayName(r)} (${r.key}, ${n} articles)`));
  await app.close();

  if (args.includes('--top')) console.log(top.map(({ r, n }) => `${n}\t${r.type}\t${displayName(r)}\t${r.key}`).join('\n'));
  if (verbose) console.log(failures.join('\n'));
  const dup = dupes.length ? +(dupes.reduce((s, d) => s + d, 0) / dupes.length).toFixed(4) : 0;
  console.log(
    JSON.stringify({
      task: 'briefings',
      leaders: gold.leaders.length,
      goldArticles: new Set([...gold.mentions.map((m) => m.article), ...gold.leaders.flatMap((l) => l.eventArticles)]).size,
      roles: precision(roleV),
      timeline: precision(lineV),
      beside: precision(besideV),
      names: { right: namesRight, total: gold.mentions.length, accuracy: gold.mentions.length ? +(namesRight / gold.mentions.length).toFixed(4) : null },
      duplicatesPerEvent: dup,
      junkTop100: junk.length,
    }),
  );
}
