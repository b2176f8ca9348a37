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

export function keyType(key: string): string {
  return key.slice(0, key.indexOf(':'));
}

/** Levenshtein distance, giving up (returning max + 1) once it must exceed `max`. Two rows, reused. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = new Uint16Array(b.length + 1);
  let current = new Uint16Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowBest = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current[j] = value;
      if (value < rowBest) rowBest = value;
    }
    if (rowBest > max) return max + 1;
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}
