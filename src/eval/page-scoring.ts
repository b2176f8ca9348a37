import { normalisedWords } from '../ingest/title-match.js';

/** Headlines are scored by the rule the readers use (title-match.ts); bodies by their first and last words. */
export { sameTitle } from '../ingest/title-match.js';

/**
 * Whether the gold's first (or last) words appear in the body, compared as normalised word runs. The gold
 * snippets are cut by characters, so the word at the cut is left out.
 */
export function bodyFound(body: string, snippet: string, end: 'start' | 'end', words = 12): boolean {
  const wanted = normalisedWords(snippet);
  const run = (end === 'start' ? wanted.slice(0, Math.min(words, wanted.length - 1)) : wanted.slice(Math.max(1, wanted.length - words))).join(' ');
  return run.length > 0 && ` ${normalisedWords(body).join(' ')} `.includes(` ${run} `);
}

/**
 * Words the body holds past the gold's last words (undefined when they are not found): a reader that runs
 * on into "Popular Stories" or a comment thread gives another article's sentences as this one's.
 */
export function wordsPastEnd(body: string, snippet: string, words = 12): number | undefined {
  const wanted = normalisedWords(snippet);
  const run = wanted.slice(Math.max(1, wanted.length - words));
  if (!run.length) return undefined;
  const all = normalisedWords(body);
  const joined = ` ${all.join(' ')} `;
  const at = joined.lastIndexOf(` ${run.join(' ')} `);
  if (at < 0) return undefined;
  const before = joined.slice(0, at).split(' ').filter(Boolean).length;
  return all.length - before - run.length;
}
