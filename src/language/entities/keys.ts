import type { EntityType } from '../analysis.js';

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
 * Slugs already made: the same names come back in every article and every stage (entity keys, person
 * ids, aliases), and a slug depends on the name alone. Emptied when full, so a long-running bot stays bounded.
 */
const made = new Map<string, string>();
const MADE_LIMIT = 50_000;

/** "Kim Jong-un" and "Kim Jong Un" → "kim-jong-un"; "U.S." → "us"; accents dropped. */
export function slug(name: string): string {
  let found = made.get(name);
  if (found === undefined) {
    if (made.size >= MADE_LIMIT) made.clear();
    made.set(name, (found = makeSlug(name)));
  }
  return found;
}

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
export function personSlug(name: string): string {
  let found = madePerson.get(name);
  if (found === undefined) {
    if (madePerson.size >= MADE_LIMIT) madePerson.clear();
    const s = slug(name);
    found = s.includes('iy') || s.includes('yy') || s.includes('ii') ? s.replace(/(?<=\p{L}{3})(?:iy|yy|ii)(?=-|$)/gu, 'y') : s;
    madePerson.set(name, found);
  }
  return found;
}
/** Person slugs already made, as `made` keeps slugs. */
const madePerson = new Map<string, string>();

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
  if (!ofType) keysMade.set(type, (ofType = new Map()));
  let found = ofType.get(name);
  if (found === undefined) {
    if (ofType.size >= MADE_LIMIT) ofType.clear();
    ofType.set(name, (found = `${type}:${type === 'person' ? personSlug(name) : slug(name)}`));
  }
  return found;
}
/** Keys already made, by type and name: one string per key, its hash worked out once for every lookup. */
const keysMade = new Map<EntityType, Map<string, string>>();

const SKIPPED = new Set(['of', 'the', 'and', 'for', 'de', 'du', 'la', 'le', 'des', 'on', 'in', 'at', '&']);

/** Initials of a multi-word name, both ways of reading hyphens: "Korean Central News Agency" → ["KCNA"]. */
export function initials(name: string): string[] {
  let found = initialsMade.get(name);
  if (found === undefined) {
    if (initialsMade.size >= MADE_LIMIT) initialsMade.clear();
    initialsMade.set(name, (found = readInitials(name)));
  }
  return [...found];
}
/** Initials already read, as `made` keeps slugs. */
const initialsMade = new Map<string, readonly string[]>();

function readInitials(name: string): string[] {
  const words = name.split(/\s+/).filter((w) => !SKIPPED.has(w.toLowerCase()));
  const plain = words.map((w) => w[0] ?? '').join('');
  const hyphens = words.map((w) => w.split('-').map((p) => p[0] ?? '').join('')).join('');
  const all = name.split(/\s+/).map((w) => w[0] ?? '').join('');
  return [...new Set([plain, hyphens, all].map((s) => s.toUpperCase()))];
}
