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
