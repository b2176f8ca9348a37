import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bodyText, type EnrichedArticle } from '../src/articles/article.js';
import { Archive } from '../src/articles/archive.js';
import { createBriefings, type Briefings } from '../src/briefing/briefings.js';
import { fromJsonObject } from '../src/ingest/seed-formats.js';
import { toArticle } from '../src/ingest/to-article.js';
import { analyze } from '../src/language/pipeline.js';
import { stripMarkup } from '../src/replies/markdown.js';
import type { Reply } from '../src/replies/reply.js';

/**
 * The briefing fixtures (tests/fixtures/briefing, written for these tests) through the real pipeline:
 * toArticle, then analyze. Three multi-article stories, a leader across stories (Markus Feldner), a
 * person whose role changes (Lena Hofer), and stories with one source.
 */
export const FIXTURE_DIR = join(import.meta.dirname, 'fixtures', 'briefing');

const cache = new Map<string, EnrichedArticle>();

export function fixtureArticle(file: string): EnrichedArticle {
  let article = cache.get(file);
  if (!article) {
    const raw = fromJsonObject(JSON.parse(readFileSync(join(FIXTURE_DIR, file), 'utf8')), file, new Date('2024-06-10T00:00:00Z'));
    const parsed = toArticle(raw, new Date('2024-06-10T00:00:00Z')).article;
    article = { ...parsed, analysis: analyze(parsed) };
    cache.set(file, article);
  }
  return article;
}

export function fixtureFiles(): string[] {
  return readdirSync(FIXTURE_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort();
}

export function fixtureArchive(files = fixtureFiles()): { archive: Archive; briefings: Briefings; byFile: Map<string, EnrichedArticle> } {
  const archive = new Archive();
  const byFile = new Map<string, EnrichedArticle>();
  for (const file of files) {
    const article = fixtureArticle(file);
    byFile.set(file, article);
    archive.add(article);
  }
  return { archive, briefings: createBriefings(archive), byFile };
}

/** Every quoted line of a reply (`> sentence \`id\``), unescaped, with the id it cites. */
export function quotesOf(reply: Reply): { sentence: string; id: string }[] {
  const text = [reply.text ?? '', ...(reply.fields ?? []).map((f) => f.value)].join('\n');
  const out: { sentence: string; id: string }[] = [];
  for (const line of text.split('\n')) {
    const m = /^> (.*) `([^`]+)`$/.exec(line);
    if (m) out.push({ sentence: stripMarkup(m[1]!).replace(/…$/, ''), id: m[2]! });
  }
  return out;
}

/** Fails unless every quoted sentence is found, as written, in the body of the article it cites. */
export function unquotedLines(reply: Reply, archive: Archive): string[] {
  return quotesOf(reply)
    .filter(({ sentence, id }) => {
      const article = archive.get(id);
      return !article || !bodyText(article).includes(sentence);
    })
    .map(({ sentence, id }) => `${id}: ${sentence}`);
}

/** Discord's embed limits, checked on a reply as briefings build it (before any renderer cuts). */
export function limitProblems(reply: Reply): string[] {
  const fields = reply.fields ?? [];
  const problems: string[] = [];
  if (fields.length > 25) problems.push(`${fields.length} fields`);
  for (const f of fields) {
    if (f.value.length > 1024) problems.push(`field "${f.name}" has ${f.value.length} chars`);
    if (f.name.length > 256) problems.push(`field name "${f.name.slice(0, 30)}…" too long`);
  }
  const total = (reply.title?.length ?? 0) + (reply.text?.length ?? 0) + (reply.footer?.length ?? 0) + fields.reduce((n, f) => n + f.name.length + f.value.length, 0);
  if (total > 6000) problems.push(`${total} chars in all`);
  if ((reply.text?.length ?? 0) > 4096) problems.push('description too long');
  for (const b of reply.buttons ?? []) if (b.id.length > 100) problems.push(`button id ${b.id.length} chars`);
  return problems;
}
