import { COUNTRIES } from '../language/gazetteer/countries.js';
import { nameForm } from './name-forms.js';

/**
 * A country's name form → its first nationality adjective ("ukraine" → "ukrainian", "us" → "american"),
 * longest names first so "south korea" is tried before "korea".
 */
const NATIONALITY_OF: readonly [string, string][] = COUNTRIES.flatMap((c) => {
  const demonym = c.demonyms[0];
  return demonym ? [c.name, ...c.aliases].map((n) => [nameForm(n), nameForm(demonym)] as [string, string]) : [];
})
  .filter(([name]) => name !== '')
  .sort((a, b) => b[0].length - a[0].length);

/**
 * The key an office is grouped by: its title's name form with a leading country name read as its
 * nationality, so "Ukraine President" and "Ukrainian President" are one office, shown once.
 */
export function officeKey(title: string): string {
  const form = nameForm(title);
  for (const [country, nationality] of NATIONALITY_OF) {
    if (form.startsWith(`${country} `)) return `${nationality}${form.slice(country.length)}`;
  }
  return form;
}

const NATIONALITIES = new Set(COUNTRIES.flatMap((c) => c.demonyms.map(nameForm)).filter(Boolean));

/** The office without the nation it is of: "Israeli Prime Minister" and "Israel Prime Minister" → "prime minister". */
export function officeWithoutNation(title: string): string {
  const key = officeKey(title);
  const space = key.indexOf(' ');
  return space > 0 && NATIONALITIES.has(key.slice(0, space)) ? key.slice(space + 1) : key;
}
