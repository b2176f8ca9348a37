import { join } from 'node:path';
import type { Article, EnrichedArticle } from '../articles/article.js';
import { option, projectRoot, sharedData } from '../eval/data-path.js';
import { readJsonlArticles } from '../eval/jsonl-articles.js';
import { articleId, contentHash } from '../ingest/article-id.js';
import { readSeedFolder } from '../ingest/seed-folder.js';
import { toArticle } from '../ingest/to-article.js';
import type { Analysis, Entity } from '../language/analysis.js';
import { entityKey } from '../language/entities/keys.js';
import { analyze } from '../language/pipeline.js';
import { createCapturingLogger } from '../logger.js';
import { seededRandom as mulberry } from '../eval/seeded-random.js';

/**
 * A large archive for the /brief benchmark: real articles (the seeds, the briefing fixtures and, when
 * ../shared/data is there, bbc-news articles) analysed by the real pipeline, then varied into as many
 * articles as asked: each copy gets another date (spread over two years) and other people's names, in
 * its text and in its analysis. One variant in `realEvery` is analysed again by the real pipeline from
 * its rewritten text; the others have the base analysis with the same renaming applied.
 */
export interface BriefCorpus {
  articles: EnrichedArticle[];
  bases: number;
  realAnalysed: number;
  from: string;
}

const GIVEN = 'Anna Ben Clara David Elena Farid Greta Hugo Ines Jonas Katya Lars Maria Nils Olga Pavel Rosa Sven Tara Viktor Yara Omar Leila Tomas Ida Marco Nadia Piotr Sara Emil'.split(' ');
// Family names from two parts (Bergholm, Castellano…): 400 of them, so the archive holds thousands of people.
const FAMILY_HEAD = 'Berg Castell Dorn Ek Falk Grub Haas Ivan Jans Kov Lind Mor Nov Ort Petr Quist Ross Sant Tan Weiss'.split(' ');
const FAMILY_TAIL = 'holm ano er ström ov sen ic ak uez ini ardt ova eau man berg ez ski dottir ley worth'.split(' ');
const FAMILY = FAMILY_HEAD.flatMap((h) => FAMILY_TAIL.map((t) => `${h}${t}`));
const DAY = 86_400_000;
const START = Date.UTC(2023, 0, 1);


async function baseArticles(args: readonly string[]): Promise<{ articles: Article[]; from: string }> {
  const logger = createCapturingLogger();
  const docs = [...(await readSeedFolder(join(projectRoot, 'seeds'), { logger })), ...(await readSeedFolder(join(projectRoot, 'tests', 'fixtures', 'briefing'), { logger }))];
  const articles = docs.map((d) => toArticle(d, new Date('2024-06-10T00:00:00Z')).article);
  const file = option(args, 'data') ?? sharedData('bbc-news', 'articles.jsonl');
  const limit = Number(option(args, 'bases') ?? 400);
  if (!file) return { articles, from: 'seeds + tests/fixtures/briefing' };
  const bbc = readJsonlArticles(file, new Date('2024-06-10T00:00:00Z')).articles.slice(0, limit).map((a) => a.article);
  return { articles: [...articles, ...bbc], from: `seeds + tests/fixtures/briefing + ${bbc.length} of ${file.split('/').slice(-2).join('/')}` };
}

function replaceAll(text: string, renames: readonly [string, string][]): string {
  let out = text;
  for (const [from, to] of renames) out = out.split(from).join(to);
  return out;
}

/** The base analysis with people renamed: keys, names, mentions, events and sentence texts alike. */
function renamedAnalysis(analysis: Analysis, keys: Map<string, string>, names: Map<string, Entity>, renames: readonly [string, string][]): Analysis {
  const entities = analysis.entities.map((e) => {
    const to = names.get(e.key);
    if (!to) return e;
    return { ...to, mentions: e.mentions.map((m) => ({ ...m, text: replaceAll(m.text, renames) })), roles: e.roles, leader: e.leader };
  });
  const key = (k: string) => keys.get(k) ?? k;
  return {
    ...analysis,
    entities,
    sentences: analysis.sentences.map((s) => ({ ...s, text: replaceAll(s.text, renames) })),
    events: analysis.events.map((e) => ({ ...e, actors: e.actors.map(key), places: e.places.map(key), evidence: replaceAll(e.evidence, renames) })),
  };
}

export async function briefCorpus(args: readonly string[], count: number, realEvery = 50): Promise<BriefCorpus> {
  const { articles: raw, from } = await baseArticles(args);
  const bases = raw.map((article) => ({ article, analysis: analyze(article) }));
  const random = mulberry(11);
  const out: EnrichedArticle[] = [];
  let realAnalysed = bases.length;
  const lastDay = new Map<number, number>();
  for (let i = 0; i < count; i++) {
    const base = bases[i % bases.length]!;
    const cycle = Math.floor(i / bases.length);
    // A third of the copies come within a day of the last copy of the same article: the same story told
    // again (syndicated), so stories have several sources; the rest are spread over two years.
    const near = lastDay.get(i % bases.length);
    const day = near !== undefined && random() < 0.33 ? near + Math.floor(random() * 2) : Math.floor(random() * 730);
    lastDay.set(i % bases.length, day);
    const date = new Date(START + day * DAY).toISOString().slice(0, 10);
    // Leaders keep their names most of the time, so they appear across many stories; others change.
    const keys = new Map<string, string>();
    const names = new Map<string, Entity>();
    const renames: [string, string][] = [];
    for (const e of base.analysis.entities) {
      if (e.type !== 'person' || cycle === 0 || (e.leader && cycle % 4 !== 0)) continue;
      const full = `${GIVEN[Math.floor(random() * GIVEN.length)]} ${FAMILY[Math.floor(random() * FAMILY.length)]}`;
      const family = full.split(' ')[1]!;
      keys.set(e.key, entityKey('person', full));
      names.set(e.key, { ...e, key: entityKey('person', full), name: full, aliases: e.aliases.map(() => family) });
      renames.push([e.name, full], ...e.aliases.filter((a) => a.length > 2).map((a): [string, string] => [a, family]));
    }
    renames.sort((a, b) => b[0].length - a[0].length);
    const title = `${replaceAll(base.article.title, renames)}${cycle ? ` (${cycle + 1})` : ''}`;
    const paragraphs = base.article.paragraphs.map((p) => replaceAll(p, renames));
    const hash = contentHash(title, paragraphs);
    const article: Article = { ...base.article, title, paragraphs, date, dateSource: 'stated', hash, id: articleId(date, title, hash), origin: `bench#${i}` };
    const real = cycle > 0 && i % realEvery === 0;
    if (real) realAnalysed += 1;
    out.push({ ...article, analysis: real ? analyze(article) : renamedAnalysis(base.analysis, keys, names, renames) });
  }
  return { articles: out, bases: bases.length, realAnalysed, from };
}
