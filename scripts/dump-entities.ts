import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Archive } from '../src/articles/archive.js';
import type { EnrichedArticle } from '../src/articles/article.js';
import { EntityDirectory } from '../src/briefing/entity-directory.js';
import { rolesOf } from '../src/briefing/entity-facts.js';
import { companionsOf } from '../src/briefing/companions.js';
import { displayName } from '../src/briefing/entity-record.js';
import { sharedData } from '../src/eval/data-path.js';
import { readJsonlArticles } from '../src/eval/jsonl-articles.js';
import { analyze } from '../src/language/pipeline.js';
import { createArticleIndex } from '../src/search/article-index.js';

/**
 * `npx tsx scripts/dump-entities.ts [--top N] [--who "Name,Name"] [--search "q1|q2"]`: reads
 * ../shared/data/realnews-dev as the bot would and prints, for an editor to read, the archive's most
 * named entities (kind, articles, forms), the role lines of some leaders and search hit counts.
 */
const args = process.argv.slice(2);
const opt = (name: string, fallback: string): string => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1]! : fallback;
};
const dir = sharedData('realnews-dev');
if (!dir) throw new Error('no ../shared/data');
const archive = new Archive();
for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
  for (const { article } of readJsonlArticles(join(dir, file), new Date()).articles) {
    const enriched: EnrichedArticle = { ...article, analysis: analyze(article) };
    archive.add(enriched);
  }
}
const directory = new EntityDirectory(archive);
const top = Number(opt('top', '100'));
const heads = [...directory.all()].filter((r) => directory.canonical(r.key) === r.key);
heads.sort((a, b) => directory.articleCount(b.key) - directory.articleCount(a.key));
console.log(`## top ${top} of ${heads.length} entities (${archive.size} articles)`);
heads.slice(0, top).forEach((r, i) => {
  const forms = new Map<string, number>();
  for (const m of directory.members(r.key)) for (const [f, n] of m.forms) forms.set(f, (forms.get(f) ?? 0) + n);
  const shown = [...forms].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([f, n]) => `${f}:${n}`).join(', ');
  console.log(`${i + 1}. ${displayName(r)} [${r.type}] ${directory.articleCount(r.key)} · ${directory.members(r.key).length} keys · ${shown}`);
});
const who = opt('who', 'Donald Trump,Joe Biden,Vladimir Putin,Volodymyr Zelensky,Emmanuel Macron,Kamala Harris,Benjamin Netanyahu,Xi Jinping,Keir Starmer,Pope Francis,Ron DeSantis,Kim Jong Un,Rishi Sunak,Narendra Modi');
for (const name of who.split(',')) {
  const key = directory.named(name)[0];
  if (!key) {
    console.log(`\n## ${name}: not found`);
    continue;
  }
  const members = directory.members(key);
  console.log(`\n## ${name} → ${key} (${directory.articleCount(key)} articles; keys ${members.map((m) => m.key).join(' ')})`);
  for (const line of rolesOf(members).sort((a, b) => b.articles.length - a.articles.length).slice(0, 12)) {
    console.log(`  ${line.title}${line.former ? ' (former)' : ''} — ${line.first} to ${line.last} · ${line.articles.length}`);
  }
  const beside = companionsOf(key, members, directory).slice(0, 8);
  console.log(`  beside: ${beside.map((c) => `${c.name} [${c.type}]`).join(', ')}`);
}
const search = createArticleIndex(archive);
console.log('\n## search');
for (const q of opt('search', 'zelensky|zelenskyy|zelenskiy|person:Zelensky|putn|putin').split('|')) {
  const page = search.search(q, { limit: 5 });
  const titles = page.hits.map((h) => h.article.title.slice(0, 50)).join(' | ');
  console.log(`${q}: ${page.total} hits; corrections ${JSON.stringify(page.corrections)}; top: ${titles}`);
}
search.dispose();
const grep = opt('grep', '');
if (grep) {
  console.log(`\n## records matching ${grep}`);
  for (const r of directory.all()) if (r.key.includes(grep)) console.log(`${r.key} [${r.type}] ${r.articles.size} → ${directory.canonical(r.key)} · ${[...r.forms.keys()].slice(0, 6).join(', ')}`);
}
