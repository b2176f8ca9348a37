import { COUNTRIES } from '../language/gazetteer/countries.js';
import { nameForm } from './name-forms.js';

/** What a line's phrase names already, so the line does not name it again after the phrase. */

/** A country's other names by its name form: "United States" → "US", "U.S.", "America". */
const OTHER_NAMES = new Map(COUNTRIES.map((c) => [nameForm(c.name), c.aliases]));

/**
 * The phrase names `name` in full, or by one of its words ("pressure Maduro", "paused Alsup’s order",
 * "condemned Kim" of Kim Jong Un, whose family name comes first), or a country by another of its names
 * ("traveled to the US" needs no "in United States").
 */
export function holdsName(what: string, name: string): boolean {
  if (what.includes(name) || namesCountry(what, name)) return true;
  const words = name.split(/\s+/).filter((w) => /^\p{Lu}\p{L}{2,}$/u.test(w));
  return words.length > 0 && what.split(/[^\p{L}'’-]+/u).some((w) => words.includes(w.replace(/['’]s?$/, '')));
}

function namesCountry(what: string, name: string): boolean {
  const aliases = OTHER_NAMES.get(nameForm(name));
  if (!aliases) return false;
  const words = ` ${what.replace(/[^\p{L}\p{N}.]+/gu, ' ')} `;
  return aliases.some((alias) => words.includes(` ${alias} `) || words.includes(` ${alias.replace(/\.$/, '')} `));
}
