/**
 * The scoring rules of ../shared/data/README.md for pages: a headline is right when its normalised words
 * overlap the gold's by at least 85% both ways (gold titles sometimes keep a site suffix); a body end is
 * found when its normalised text appears in the article's.
 */
export function normalisedWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .split(/[^\p{L}\p{N}']+/u)
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter(Boolean);
}

function overlap(a: readonly string[], b: readonly string[]): number {
  if (!a.length) return 0;
  const pool = new Map<string, number>();
  for (const w of b) pool.set(w, (pool.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of a) {
    const n = pool.get(w) ?? 0;
    if (n > 0) {
      shared++;
      pool.set(w, n - 1);
    }
  }
  return shared / a.length;
}

export function sameTitle(found: string, gold: string): boolean {
  const a = normalisedWords(found);
  const b = normalisedWords(gold);
  return overlap(a, b) >= 0.85 && overlap(b, a) >= 0.85;
}

/**
 * Whether the gold's first (or last) words appear in the body, compared as normalised word runs. The gold
 * snippets are cut by characters, so the word at the cut is left out.
 */
export function bodyFound(body: string, snippet: string, end: 'start' | 'end', words = 12): boolean {
  const wanted = normalisedWords(snippet);
  const run = (end === 'start' ? wanted.slice(0, Math.min(words, wanted.length - 1)) : wanted.slice(Math.max(1, wanted.length - words))).join(' ');
  return run.length > 0 && ` ${normalisedWords(body).join(' ')} `.includes(` ${run} `);
}
