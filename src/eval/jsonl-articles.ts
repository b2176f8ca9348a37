import { readFileSync, statSync } from 'node:fs';
import type { Article } from '../articles/article.js';
import { fromJsonObject } from '../ingest/seed-formats.js';
import { toArticle } from '../ingest/to-article.js';

/** One line of a JSONL news file, read through the bot's own ingestion path. */
export interface JsonlArticle {
  article: Article;
  /** The line's JSON object, for gold fields such as `summary_sentences`. */
  fields: Record<string, unknown>;
}

export interface JsonlRead {
  articles: JsonlArticle[];
  /** Lines ingestion refused, with the reason. */
  skipped: { line: number; reason: string }[];
}

/** Reads each line as a seed article would be read (`fromJsonObject` + `toArticle`), so we measure what the bot sees. */
export function readJsonlArticles(file: string, today: Date): JsonlRead {
  const fileTime = statSync(file).mtime;
  const out: JsonlRead = { articles: [], skipped: [] };
  readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .forEach((line, i) => {
      if (!line.trim()) return;
      try {
        const fields = JSON.parse(line) as Record<string, unknown>;
        const { article } = toArticle(fromJsonObject(fields, `${file}#${i + 1}`, fileTime), today);
        out.articles.push({ article, fields });
      } catch (error) {
        out.skipped.push({ line: i + 1, reason: (error as Error).message });
      }
    });
  return out;
}
