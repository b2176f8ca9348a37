import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { bodyText, type Article } from '../src/articles/article.js';
import { fromJsonObject } from '../src/ingest/seed-formats.js';
import { toArticle } from '../src/ingest/to-article.js';

/** The summary fixtures (news articles written for these tests), read through ingestion. */
export const fixtureDir = join(import.meta.dirname, 'fixtures', 'summaries');

export function fixtureArticle(name: string): { article: Article; text: string } {
  const raw = fromJsonObject(JSON.parse(readFileSync(join(fixtureDir, name), 'utf8')), name, new Date('2025-01-01T00:00:00Z'));
  const { article } = toArticle(raw, new Date('2025-01-01T00:00:00Z'));
  return { article, text: bodyText(article) };
}

export const fixtureNames = (): string[] => readdirSync(fixtureDir).filter((f) => f.endsWith('.json')).sort();
