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
