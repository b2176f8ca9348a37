import { readFileSync } from 'node:fs';
import type { Entity } from '../src/language/analysis.js';
import { extractEntities } from '../src/language/entities/extract-entities.js';
import { splitSentences } from '../src/language/sentences.js';

/** Shared by the entity tests: fixture text, extraction as the pipeline runs it, and lookups that say what was found instead. */
export const fixture = (name: string): string => readFileSync(new URL(`./fixtures/entities/${name}`, import.meta.url), 'utf8');

export const entitiesOf = (text: string): Entity[] => extractEntities(text, splitSentences(text));

export const byKey = (entities: Entity[], key: string): Entity => {
  const found = entities.find((e) => e.key === key);
  if (!found) throw new Error(`no ${key} in ${entities.map((e) => e.key).join(', ')}`);
  return found;
};

export const person = (entities: Entity[], name: string): Entity => {
  const found = entities.find((e) => e.type === 'person' && e.name === name);
  if (!found) throw new Error(`no ${name} in ${entities.map((e) => e.key).join(', ')}`);
  return found;
};

/** Roles as "title" or "title (former)". */
export const titles = (e: Entity): string[] => e.roles.map((r) => (r.former ? `${r.title} (former)` : r.title));
