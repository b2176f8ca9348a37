/**
 * Character references left in text after its markup was read: a site that escaped its text twice shows
 * "&#151; -- Hillary Clinton has an explanation…", a feed's "Q&amp;A", a dump's "it&#039;s". They are read
 * as the characters they stand for, so names, quotes and search see the words.
 */

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', mdash: '—', ndash: '–', hellip: '…',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', eacute: 'é', copy: '©',
};

/** Windows-1252 at 128–159, which pages write as numbers ("&#151;" for an em dash) as browsers read them. */
const WINDOWS_1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

const REFERENCE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));/g;

function character(code: number): string | undefined {
  if (code >= 128 && code <= 159) return WINDOWS_1252[code - 128];
  if (code < 32 && code !== 9 && code !== 10) return undefined;
  return code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : undefined;
}

/** The text with its leftover references read; unknown names and impossible numbers stay as written. */
export function withEntitiesRead(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (found, decimal: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name !== undefined) return NAMED[name] ?? found;
    return character(decimal !== undefined ? Number(decimal) : parseInt(hex!, 16)) ?? found;
  });
}
