import { truncateAtWord } from '../replies/markdown.js';
import type { Choice } from '../replies/reply.js';
import type { Briefings } from './briefings.js';
import { plural } from '../replies/wording.js';
import { displayName, isLeader, type EntityRecord } from './entity-record.js';
import { nameForm } from './name-forms.js';

const MAX_CHOICES = 25;
const MAX_TEXT = 100;
const MAX_STORIES = 5;
const EMPTY_POOL = 400;

interface Candidate {
  key: string;
  group: number;
  label: string;
  articles: number;
}

/** Leaders first, then other people, places and countries, organisations. */
function groupOf(record: EntityRecord, leader: boolean): { group: number; label: string } {
  if (record.type === 'person') return leader ? { group: 0, label: 'leader' } : { group: 1, label: 'person' };
  if (record.type === 'organisation') return { group: 3, label: 'organisation' };
  return { group: 2, label: record.type };
}

function candidate(b: Briefings, key: string): Candidate | undefined {
  const record = b.directory.record(key);
  if (!record) return undefined;
  const { group, label } = groupOf(record, b.directory.members(key).some(isLeader));
  return { key, group, label, articles: b.directory.articleCount(key) };
}

function entityChoice(b: Briefings, c: Candidate): Choice {
  const name = displayName(b.directory.record(c.key)!);
  // The key is exact and survives spelling variants; a name is kept where a key would not fit.
  const value = c.key.length <= MAX_TEXT ? c.key : name.slice(0, MAX_TEXT);
  return { name: truncateAtWord(`${name} · ${c.label} · ${plural(c.articles, 'article')}`, MAX_TEXT), value };
}

/** The newest stories with a headline word starting with what was typed (with nothing typed: told more than once). */
function storyChoices(b: Briefings, form: string, limit: number): Choice[] {
  const needle = ` ${form}`;
  const found = new Set<string>();
  const out: Choice[] = [];
  for (const article of b.archive.all()) {
    if (out.length >= limit) break;
    const story = b.stories.storyOfArticle(article.id);
    if (!story || found.has(story.id) || (!form && story.members.size < 2)) continue;
    if (form && !` ${b.stories.titleFormOf(article.id) ?? ''}`.includes(needle)) continue;
    found.add(story.id);
    const view = b.view(story);
    if (view) out.push({ name: truncateAtWord(`Story: ${view.headline} · ${plural(story.members.size, 'source')}`, MAX_TEXT), value: story.id });
  }
  return out;
}

/**
 * Autocomplete for `about:`: names of the archive whose written forms have a word starting with what was
 * typed (leaders first, then people, places, organisations; most written about first), then stories whose
 * headline does. With nothing typed: the most written-about of each kind and the latest stories.
 */
export function briefChoices(b: Briefings, typed: string): Choice[] {
  const form = nameForm(typed);
  const keys = new Set<string>();
  if (form) {
    const needle = ` ${form}`;
    for (const [written, owners] of b.directory.forms()) if (` ${written}`.includes(needle)) for (const key of owners) keys.add(b.directory.canonical(key));
  } else {
    // Nothing typed: the most written-about names are the ones to offer; no need to rank them all.
    const top = [...b.directory.all()].sort((x, y) => y.articles.size - x.articles.size).slice(0, EMPTY_POOL);
    for (const record of top) keys.add(b.directory.canonical(record.key));
  }
  const candidates = [...keys].map((k) => candidate(b, k)).filter((c): c is Candidate => c !== undefined);
  candidates.sort((x, y) => x.group - y.group || y.articles - x.articles || x.key.localeCompare(y.key));
  let chosen = candidates;
  if (!form) {
    // A few of each kind, so an empty box shows the range of what can be asked.
    const quota = [8, 6, 5, 3];
    chosen = candidates.filter((c) => quota[c.group]!-- > 0);
  }
  const stories = form.length >= 3 || !form ? storyChoices(b, form, MAX_STORIES) : [];
  const entities = chosen.slice(0, MAX_CHOICES - stories.length).map((c) => entityChoice(b, c));
  return [...entities, ...stories].filter((c) => c.value.length <= MAX_TEXT).slice(0, MAX_CHOICES);
}
