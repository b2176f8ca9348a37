import type { EntityType } from '../analysis.js';
import { boundedMemo } from '../bounded-memo.js';

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false;
  return true;
}

/**
 * `slug` of plain ASCII in one pass, as its replaces would give it: ' . ` dropped, "&" read as "and",
 * every other run of characters but letters and digits one hyphen, none at either end.
 */
function asciiSlug(name: string): string {
  let out = '';
  let gap = false;
  for (let i = 0; i < name.length; i++) {
    let c = name.charCodeAt(i);
    if (c === 39 || c === 46 || c === 96) continue;
    if (c >= 65 && c <= 90) c += 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (gap && out) out += '-';
      gap = false;
      out += String.fromCharCode(c);
    } else if (c === 38) {
      out += out ? '-and' : 'and';
      gap = true;
    } else gap = true;
  }
  return out;
}

/**
 * "Kim Jong-un" and "Kim Jong Un" → "kim-jong-un"; "U.S." → "us"; accents dropped. Kept once made: the same
 * names come back in every article and every stage (entity keys, person ids, aliases).
 */
export const slug: (name: string) => string = boundedMemo((name) => makeSlug(name));

function makeSlug(name: string): string {
  // Plain ASCII has no accents to drop: the Unicode steps are skipped.
  if (isAscii(name)) return asciiSlug(name);
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’.`]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * A person's slug with one spelling for the ways a name ending is transliterated: "Zelenskyy",
 * "Zelenskiy" and "Zelensky" → "zelensky"; "Elizabeth II" keeps its numeral (a word of its own).
 */
export const personSlug: (name: string) => string = boundedMemo((name) => {
  const s = slug(name);
  return s.includes('iy') || s.includes('yy') || s.includes('ii') ? s.replace(/(?<=\p{L}{3})(?:iy|yy|ii)(?=-|$)/gu, 'y') : s;
});

/** Arabic articles and "son of"/"father of" that names keep in lower case before a capital ("el-Sisi", "al-Assad"). */
export const ARABIC_ARTICLE = '(?:al|el|ad|ash|bin|ibn|abu)-';

/** "el-sisi" → "sisi", "al-assad" → "assad": news calls Abdel Fattah el-Sisi "Sisi" too. */
const ARTICLE_START = new RegExp(`^${ARABIC_ARTICLE}(?=\\p{L})`, 'u');
export const withoutArticle = (word: string): string =>
  // Every article ends in a hyphen at its third or fourth character: most words are known to hold none without the regex.
  word.charCodeAt(2) === 45 || word.charCodeAt(3) === 45 ? word.replace(ARTICLE_START, '') : word;

/** The key that lets the archive merge one real thing across articles: `person:vladimir-putin`. */
export function entityKey(type: EntityType, name: string): string {
  let ofType = keysMade.get(type);
  if (!ofType) keysMade.set(type, (ofType = boundedMemo((n) => `${type}:${type === 'person' ? personSlug(n) : slug(n)}`)));
  return ofType(name);
}
/** Keys already made, by type and name: one string per key, its hash worked out once for every lookup. */
const keysMade = new Map<EntityType, (name: string) => string>();

const SKIPPED = new Set(['of', 'the', 'and', 'for', 'de', 'du', 'la', 'le', 'des', 'on', 'in', 'at', '&']);

/** Initials of a multi-word name, both ways of reading hyphens: "Korean Central News Agency" → ["KCNA"]. */
export function initials(name: string): string[] {
  return [...initialsMade(name)];
}
const initialsMade: (name: string) => readonly string[] = boundedMemo(readInitials);

function readInitials(name: string): string[] {
  const words = name.split(/\s+/).filter((w) => !SKIPPED.has(w.toLowerCase()));
  const plain = words.map((w) => w[0] ?? '').join('');
  const hyphens = words.map((w) => w.split('-').map((p) => p[0] ?? '').join('')).join('');
  const all = name.split(/\s+/).map((w) => w[0] ?? '').join('');
  return [...new Set([plain, hyphens, all].map((s) => s.toUpperCase()))];
}
