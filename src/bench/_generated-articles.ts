import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../articles/article.js';
import { fromJsonObject } from '../ingest/seed-formats.js';
import { toArticle } from '../ingest/to-article.js';
import { seededRandom as random } from '../eval/seeded-random.js';

/**
 * Articles for benchmarks when ../shared/data is absent: paragraphs of our own fixture articles
 * (tests/fixtures/summaries) recombined by a seeded generator, so every run sees the same text.
 */

interface FixtureArticle {
  title: string;
  paragraphs: string[];
}

function fixtures(root: string): FixtureArticle[] {
  const dir = join(root, 'tests', 'fixtures', 'summaries');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as FixtureArticle);
}


export function generateArticles(root: string, count: number, seed = 7): Article[] {
  const pool = fixtures(root);
  const paragraphs = pool.flatMap((a) => a.paragraphs);
  const next = random(seed);
  const out: Article[] = [];
  for (let i = 0; i < count; i++) {
    const lead = pool[i % pool.length]!;
    const body = [...lead.paragraphs.slice(0, 3)];
    const extra = 6 + Math.floor(next() * 8);
    for (let k = 0; k < extra; k++) body.push(paragraphs[Math.floor(next() * paragraphs.length)]!);
    const raw = fromJsonObject({ title: `${lead.title} (${i + 1})`, date: '2024-05-01', paragraphs: body }, `generated#${i + 1}`, new Date(0));
    out.push(toArticle(raw, new Date('2024-06-01T00:00:00Z')).article);
  }
  return out;
}
