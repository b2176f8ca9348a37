import type { Entity } from '../language/analysis.js';

/**
 * How a typed or written name is compared: "Kim Jong-un", "kim jong un" and "KIM  Jong Un" are one form;
 * accents, apostrophes and punctuation do not count.
 */
export function nameForm(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’.`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The words of an entity key after its type: `person:kim-jong-un` → ["kim", "jong", "un"]. */
export function keyWords(key: string): string[] {
  return key.slice(key.indexOf(':') + 1).split('-').filter(Boolean);
}

/** Titles that go with a one-word name as the way people call the person ("Pope Francis", "King Charles"). */
export const STYLED_TITLES: ReadonlySet<string> = new Set(['pope', 'king', 'queen', 'prince', 'princess', 'emperor', 'empress', 'sultan', 'emir', 'sheikh', 'cardinal', 'patriarch', 'archbishop', 'ayatollah']);

/**
 * Every written form of an entity: its name, its aliases and, for a one-word name the articles style
 * with a title, the title and name together ("Pope Francis" for Francis with the role "Pope").
 */
export function entityForms(entity: Entity): string[] {
  const forms = [entity.name, ...entity.aliases];
  if (entity.type !== 'person' || entity.name.includes(' ')) return forms;
  for (const role of entity.roles) {
    const head = role.title.split(/\s+/).at(-1) ?? '';
    if (!role.former && STYLED_TITLES.has(head.toLowerCase())) forms.push(`${head} ${entity.name}`);
  }
  return [...new Set(forms)];
}
