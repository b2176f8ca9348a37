import { createHash } from 'node:crypto';

/**
 * Ids are for typing in Discord: the date, a few words of the headline, and four hex digits of the
 * content hash, so two stories with the same date and headline words still differ, and the same story
 * read twice (from two files, or re-indexed) gets the same id.
 */

const SLUG_WORDS = 5;
const SLUG_CHARS = 40;

/** Text reduced to what makes two copies of a story the same: letters and digits, lower case. */
export function normaliseForHash(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function contentHash(title: string, paragraphs: readonly string[]): string {
  return createHash('sha256').update(normaliseForHash(`${title}\n${paragraphs.join('\n')}`)).digest('hex');
}

export function slugify(text: string): string {
  const words = normaliseForHash(text).split(' ').filter((w) => /^[a-z0-9]+$/.test(w));
  let slug = '';
  for (const word of words.slice(0, SLUG_WORDS)) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > SLUG_CHARS) break;
    slug = next;
  }
  return slug || 'untitled';
}

export function articleId(date: string, headline: string, hash: string): string {
  return `${date}-${slugify(headline)}-${hash.slice(0, 4)}`;
}

/**
 * The id with more of the hash: two different stories whose short ids clash get ids that still differ,
 * and the same story always gets the same longer id (8 hex digits, then the whole hash if even that clashes).
 */
export function longerArticleId(id: string, hash: string, taken: (id: string) => boolean): string {
  const base = id.slice(0, id.lastIndexOf('-'));
  for (const digits of [8, 12, 16, hash.length]) {
    const candidate = `${base}-${hash.slice(0, digits)}`;
    if (!taken(candidate)) return candidate;
  }
  return `${base}-${hash}`;
}
