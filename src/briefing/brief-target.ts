import { ALL_TITLES } from '../language/gazetteer/titles.js';
import { editDistance } from '../search/fuzzy-terms.js';
import type { Briefings } from './briefings.js';
import { displayName } from './entity-record.js';
import { nameForm } from './name-forms.js';

export type BriefTarget = { kind: 'entity'; key: string } | { kind: 'story'; id: string } | { kind: 'unknown'; nearest: string[] };

/** Forms (and their entity keys) holding the typed words in a row, at word boundaries. */
function formsHolding(b: Briefings, form: string): string[] {
  const needle = ` ${form} `;
  const keys = new Set<string>();
  for (const [written, owners] of b.directory.forms()) if (` ${written} `.includes(needle)) for (const key of owners) keys.add(b.directory.canonical(key));
  return [...keys];
}

const TITLE_WORDS = new Set(ALL_TITLES);

/** The name after a leading title ("Queen Elizabeth II" → "Elizabeth II"), or '' when it opens on none. */
function withoutTitle(text: string): string {
  const words = text.split(/\s+/);
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) if (TITLE_WORDS.has(words.slice(0, n).join(' ').toLowerCase())) return words.slice(n).join(' ');
  return '';
}

function storyByHeadline(b: Briefings, form: string, whole: boolean): string | undefined {
  return b.stories.findByTitle(form, whole)?.id;
}

/**
 * What `/brief about:` names: a story id or an article's id (its story), an entity by any written form,
 * a story by its headline, then the same by a part of a name or headline; else the nearest names.
 */
export function resolveTarget(b: Briefings, typed: string): BriefTarget {
  const text = typed.trim();
  if (b.stories.story(text)) return { kind: 'story', id: text };
  const ofArticle = b.stories.storyIdOf(text);
  if (ofArticle) return { kind: 'story', id: ofArticle };
  const named = b.directory.named(text);
  if (named[0]) return { kind: 'entity', key: named[0] };
  // "Queen Elizabeth II", "Pope Francis": the name as shown, with the title the articles give it.
  const untitled = withoutTitle(text);
  const namedUntitled = untitled ? b.directory.named(untitled) : [];
  if (namedUntitled[0]) return { kind: 'entity', key: namedUntitled[0] };
  const form = nameForm(text);
  if (!form) return { kind: 'unknown', nearest: [] };
  const headline = storyByHeadline(b, form, true);
  if (headline) return { kind: 'story', id: headline };
  const partial = formsHolding(b, form).sort((x, y) => b.directory.articleCount(y) - b.directory.articleCount(x));
  if (partial[0]) return { kind: 'entity', key: partial[0] };
  const inHeadline = form.length >= 4 ? storyByHeadline(b, form, false) : undefined;
  if (inHeadline) return { kind: 'story', id: inHeadline };
  return { kind: 'unknown', nearest: nearestNames(b, form, 5) };
}

/**
 * "X.", "Elizabeth II AP A": initials and caption debris the analysis took for names, never worth offering;
 * nor is a name that holds another offered one ("Prime Minster Boris Johnson" beside "Boris Johnson").
 */
const ENDS_ON_A_LETTER = /(^|\s)\p{L}\.?$/u;

/** Words apart: every typed word within a few edits of a word of the name, in any order. */
function wordsApart(typed: readonly string[], written: readonly string[]): number {
  let total = 0;
  for (const word of typed) {
    const max = Math.max(1, Math.floor(word.length / 3));
    let best = max + 1;
    for (const other of written) best = Math.min(best, editDistance(word, other, max));
    if (best > max) return Infinity;
    total += best;
  }
  return total + 0.5 * Math.max(0, written.length - typed.length);
}

/** Names whose written form is a few edits from what was typed, whole or word by word. */
export function nearestNames(b: Briefings, form: string, limit: number): string[] {
  const max = Math.max(1, Math.min(4, Math.floor(form.length / 3)));
  const typedWords = form.split(' ');
  const scored = new Map<string, number>();
  const shortest = Math.min(...typedWords.map((w) => w.length));
  for (const [written, owners] of b.directory.forms()) {
    let distance = editDistance(form, written, max);
    // Word by word only where some word of the name is about as long as the shortest typed word. Past `max`
    // either way a name is not near: kept at max + 1, every name was, and the most frequent were offered.
    if (distance > max) distance = written.length + 2 >= shortest ? wordsApart(typedWords, written.split(' ')) + 0.5 : Infinity;
    if (!Number.isFinite(distance)) continue;
    for (const key of owners) {
      const canonical = b.directory.canonical(key);
      scored.set(canonical, Math.min(scored.get(canonical) ?? Infinity, distance));
    }
  }
  return [...scored.entries()]
    .sort((x, y) => x[1] - y[1] || b.directory.articleCount(y[0]) - b.directory.articleCount(x[0]))
    .slice(0, limit * 3)
    .map(([key]) => displayName(b.directory.record(key)!))
    .filter((name, _, names) => !ENDS_ON_A_LETTER.test(name) && !names.some((other) => other !== name && ` ${name} `.includes(` ${other} `)))
    .slice(0, limit);
}
