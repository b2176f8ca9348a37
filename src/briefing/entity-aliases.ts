import type { EntityRecord } from './entity-record.js';
import { keyWords } from './name-forms.js';

export interface Aliases {
  /** Record key → the canonical key it folds into (absent: it is its own). */
  canonical: Map<string, string>;
  /** Canonical key → every record key it holds, itself first. */
  members: Map<string, string[]>;
}

/** Where one name is read as several types, the type it is most often read as wins; then this order. */
const TYPE_ORDER = ['country', 'place', 'organisation', 'person'];

/**
 * Folds worked out over the whole directory (again after a change, and only when asked): a one-word
 * person left on its own ("Kim") goes to the most written full name it begins or ends; places, countries
 * and organisations with the same name are one.
 */
export function foldAliases(records: ReadonlyMap<string, EntityRecord>, byEndWord: ReadonlyMap<string, ReadonlySet<string>>): Aliases {
  const canonical = new Map<string, string>();
  const byName = new Map<string, EntityRecord[]>();
  for (const record of records.values()) {
    const words = keyWords(record.key);
    if (record.type === 'person') {
      if (words.length !== 1) continue;
      let best: EntityRecord | undefined;
      for (const key of byEndWord.get(words[0]!) ?? []) {
        const fit = records.get(key);
        if (fit && (!best || fit.articles.size > best.articles.size)) best = fit;
      }
      if (best) canonical.set(record.key, best.key);
      continue;
    }
    const name = words.join('-');
    const group = byName.get(name);
    if (group) group.push(record);
    else byName.set(name, [record]);
  }
  for (const group of byName.values()) {
    if (group.length < 2) continue;
    const rank = (r: EntityRecord) => r.articles.size * 10 - TYPE_ORDER.indexOf(r.type);
    const head = group.reduce((a, b) => (rank(b) > rank(a) ? b : a));
    for (const r of group) if (r !== head) canonical.set(r.key, head.key);
  }
  const members = new Map<string, string[]>();
  for (const [from, to] of canonical) {
    const list = members.get(to);
    if (list) list.push(from);
    else members.set(to, [to, from]);
  }
  return { canonical, members };
}
