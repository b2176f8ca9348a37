import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { articleCommand } from '../commands/article.js';
import { briefCommand } from '../commands/brief.js';
import type { CommandContext } from '../commands/command.js';
import { Archive } from '../src/articles/archive.js';
import { createBriefings } from '../src/briefing/briefings.js';
import { ManualClock } from '../src/clock.js';
import { readJsonlArticles } from '../src/eval/jsonl-articles.js';
import { analyze } from '../src/language/pipeline.js';
import type { Reply } from '../src/replies/reply.js';
import type { Services } from '../src/services.js';

/**
 * `npx tsx scripts/dump-briefings.ts [folder]`: loads a folder of .jsonl articles (default
 * ../shared/data/realnews-dev) with a fixed clock and prints /brief, /brief since:, /brief about: for
 * a dozen leaders and /article for ten articles, as text, for an editor to read.
 */
const CONTEXT: CommandContext = { userId: 'dump', userName: 'dump', canManageGuild: false };
const LEADERS = ['Donald Trump', 'Joe Biden', 'Vladimir Putin', 'Volodymyr Zelenskyy', 'Emmanuel Macron', 'Keir Starmer', 'Benjamin Netanyahu', 'Kamala Harris', 'Xi Jinping', 'Kim Jong Un', 'Narendra Modi', 'Pope Francis'];

function show(label: string, reply: Reply): void {
  console.log(`\n===== ${label} =====`);
  if (reply.title) console.log(`# ${reply.title}`);
  if (reply.text) console.log(reply.text);
  for (const f of reply.fields ?? []) console.log(`-- ${f.name}\n${f.value}`);
  if (reply.footer) console.log(`(${reply.footer})`);
}

async function main(): Promise<void> {
  const folder = process.argv[2] ?? join('..', 'shared', 'data', 'realnews-dev');
  const today = new Date('2026-01-01T00:00:00Z');
  const archive = new Archive();
  for (const file of readdirSync(folder).filter((f) => f.endsWith('.jsonl')).sort()) {
    for (const { article } of readJsonlArticles(join(folder, file), today).articles) archive.add({ ...article, analysis: analyze(article) });
  }
  const briefings = createBriefings(archive);
  const newest = archive.all()[0]!.date;
  const services = { archive, briefings, clock: new ManualClock(`${newest}T12:00:00Z`), search: { suggest: () => [] } } as unknown as Services;
  const brief = async (options: Record<string, string>) => briefCommand.execute({ options }, CONTEXT, services);
  show('/brief', await brief({}));
  show('/brief since:2022-02-20', await brief({ since: '2022-02-20' }));
  show('/brief since:2019-01-01', await brief({ since: '2019-01-01' }));
  for (const leader of LEADERS) show(`/brief about:${leader}`, await brief({ about: leader }));
  const all = archive.all();
  for (let i = 0; i < 10; i++) {
    const article = all[Math.floor((i * all.length) / 10)]!;
    show(`/article ${article.id}`, await articleCommand.execute({ options: { id: article.id } }, CONTEXT, services));
  }
}

await main();
