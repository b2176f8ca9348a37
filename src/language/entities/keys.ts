import type { EntityType } from '../analysis.js';

/** "Kim Jong-un" and "Kim Jong Un" → "kim-jong-un"; "U.S." → "us"; accents dropped. */
export function slug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’.`]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** The key that lets the archive merge one real thing across articles: `person:vladimir-putin`. */
export const entityKey = (type: EntityType, name: string): string => `${type}:${slug(name)}`;

const SKIPPED = new Set(['of', 'the', 'and', 'for', 'de', 'du', 'la', 'le', 'des', 'on', 'in', 'at', '&']);

/** Initials of a multi-word name, both ways of reading hyphens: "Korean Central News Agency" → ["KCNA"]. */
export function initials(name: string): string[] {
  const words = name.split(/\s+/).filter((w) => !SKIPPED.has(w.toLowerCase()));
  const plain = words.map((w) => w[0] ?? '').join('');
  const hyphens = words.map((w) => w.split('-').map((p) => p[0] ?? '').join('')).join('');
  const all = name.split(/\s+/).map((w) => w[0] ?? '').join('');
  return [...new Set([plain, hyphens, all].map((s) => s.toUpperCase()))];
}
