/**
 * Whether two headlines are the same, as people judge it: their normalised words overlap by at least 85%
 * both ways (a site suffix or a changed word does not make another headline). The pages evaluation scores
 * by the same rule (../shared/data/README.md).
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
