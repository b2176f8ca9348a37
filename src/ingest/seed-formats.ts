import { pageDocument } from '../feeds/feed-documents.js';
import { extractPage } from '../feeds/page-extractor.js';
import type { RawDocument } from './raw-document.js';

/**
 * One reader per seed file type. Each turns a file's text into raw documents; a structured file may hold
 * many. Readers throw with a plain reason when the file cannot be read; the folder loader logs it.
 */
export type SeedReader = (text: string, origin: string, fileTime: Date, records?: RecordOptions) => RawDocument[];

/** For files of many records: one bad record is skipped (named by line or index), not the whole file. */
export interface RecordOptions {
  skipRecord: (where: string, reason: string) => void;
  /** One record's cap, as one article file's. */
  maxRecordBytes?: number;
}

/** Without a place to report a bad record, it fails the file, as before. */
const failFile: RecordOptions = {
  skipRecord: (where, reason) => {
    throw new Error(`${where}: ${reason}`);
  },
};

function readRecords<T>(items: readonly T[], where: (i: number) => string, read: (item: T, i: number) => RawDocument, records: RecordOptions): RawDocument[] {
  const documents: RawDocument[] = [];
  items.forEach((item, i) => {
    try {
      documents.push(read(item, i));
    } catch (error) {
      records.skipRecord(where(i), (error as Error).message);
    }
  });
  return documents;
}

type Json = Record<string, unknown>;

function pick(obj: Json, keys: readonly string[]): string | undefined {
  for (const key of keys) {
    const value = obj[key];
    if (typeof value === 'string' && value.trim()) return value;
    if (typeof value === 'number' && key.toLowerCase().includes('date')) return new Date(value).toISOString();
  }
  return undefined;
}

/** Maps the field names common news JSON uses (ours, the bbc-news set's, JSON Feed's, schema.org's). */
export function fromJsonObject(value: unknown, origin: string, fileTime: Date): RawDocument {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('an article must be a JSON object');
  const obj = value as Json;
  const paragraphs = Array.isArray(obj.paragraphs) ? obj.paragraphs.filter((p): p is string => typeof p === 'string') : undefined;
  const body = paragraphs?.join('\n\n') ?? pick(obj, ['body', 'text', 'content', 'content_text', 'articleBody', 'description']);
  const title = pick(obj, ['title', 'headline', 'name']);
  if (!title) throw new Error('an article needs a "title"');
  if (!body) throw new Error('an article needs a "body" (or "text", "content", "paragraphs")');
  const raw: RawDocument = { origin, fallbackTime: fileTime, title, body };
  const date = pick(obj, ['date', 'published', 'publishedAt', 'published_at', 'date_published', 'datePublished', 'pubDate']);
  const source = pick(obj, ['source', 'publisher', 'site', 'agency']);
  const place = pick(obj, ['place', 'location', 'dateline']);
  const url = pick(obj, ['url', 'link', 'canonical_url']);
  if (date) raw.date = date;
  if (source) raw.source = source;
  if (place) raw.place = place;
  if (url) raw.url = url;
  return raw;
}

const tooBig = (value: string, records: RecordOptions): void => {
  const cap = records.maxRecordBytes;
  if (cap !== undefined && value.length > cap) throw new Error(`record over ${Math.round(cap / 1024 / 1024)} MB`);
};

const readJson: SeedReader = (text, origin, fileTime, records = failFile) => {
  const parsed: unknown = JSON.parse(text);
  if (!Array.isArray(parsed)) return [fromJsonObject(parsed, origin, fileTime)];
  const single = parsed.length === 1;
  return readRecords(parsed, (i) => `item ${i + 1} (index ${i})`, (item, i) => {
    if (records.maxRecordBytes !== undefined) tooBig(JSON.stringify(item) ?? '', records);
    return fromJsonObject(item, single ? origin : `${origin}#${i + 1}`, fileTime);
  }, records);
};

const readJsonLines: SeedReader = (text, origin, fileTime, records = failFile) => {
  const lines = text
    .split(/\r?\n/)
    .map((line, i) => ({ line: line.trim(), n: i + 1 }))
    .filter(({ line }) => line);
  return readRecords(lines, (i) => `line ${lines[i]!.n}`, ({ line, n }) => {
    tooBig(line, records);
    return fromJsonObject(JSON.parse(line), `${origin}#${n}`, fileTime);
  }, records);
};

/** Markdown: optional `---` front matter (title, date, source, place, url), a `# Title`, then the text. */
const readMarkdown: SeedReader = (text, origin, fileTime) => {
  let rest = text.replace(/\r\n?/g, '\n');
  const meta: Json = {};
  const front = /^---\n([\s\S]*?)\n---\n/.exec(rest);
  if (front) {
    for (const line of front[1]!.split('\n')) {
      const m = /^(\w+)\s*:\s*(.*)$/.exec(line);
      if (m) meta[m[1]!] = m[2]!.replace(/^["']|["']$/g, '');
    }
    rest = rest.slice(front[0].length);
  }
  const plain = rest
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/^>\s?/gm, '')
    .replace(/^#{1,6}\s+/gm, '');
  const raw: RawDocument = { origin, fallbackTime: fileTime, pageText: plain };
  const title = pick(meta, ['title']) ?? /^#\s+(.+)$/m.exec(rest)?.[1]?.trim();
  if (title) {
    raw.title = title;
    // The title line goes first, where the page parser looks for the headline; a heading repeating it
    // leaves the body, but a body sentence that merely starts with the same words stays whole.
    const lines = plain.split('\n');
    const heading = lines.findIndex((line) => line.trim() === title);
    if (heading >= 0) lines.splice(heading, 1);
    raw.pageText = `${title}\n\n${lines.join('\n').trimStart()}`;
  }
  for (const [key, names] of [['date', ['date', 'published']], ['source', ['source']], ['place', ['place']], ['url', ['url']]] as const) {
    const value = pick(meta, names);
    if (value) raw[key] = value;
  }
  return [raw];
};

/** A saved web page (.html): the article read out of it by Readability, never rendered. */
const readHtmlPage: SeedReader = (text, origin, fileTime) => [pageDocument(extractPage(text), { origin, fallbackTime: fileTime })];

const readPageText: SeedReader = (text, origin, fileTime) => [{ origin, fallbackTime: fileTime, pageText: text }];

export const seedReaders: Record<string, SeedReader> = {
  '.txt': readPageText,
  '.text': readPageText,
  '.md': readMarkdown,
  '.markdown': readMarkdown,
  '.json': readJson,
  '.jsonl': readJsonLines,
  '.ndjson': readJsonLines,
  '.html': readHtmlPage,
  '.htm': readHtmlPage,
};
