import { COUNTRIES } from '../language/gazetteer/countries.js';
import { CITIES, splitList, US_STATES, WORLD_REGIONS } from '../language/gazetteer/places.js';
import { nameForm } from './name-forms.js';

/** How a timeline line speaks of where it happened. */

/** Places one is in, not at: countries, US states, world regions and cities. */
const AREAS = new Set(
  [...COUNTRIES.flatMap((c) => [c.name, ...c.aliases]), ...splitList(US_STATES), ...splitList(WORLD_REGIONS), ...splitList(CITIES)].map(nameForm),
);
/** "Kherson region", "Orange County": an area by its last word. */
const AREA_WORD = /\s(?:region|province|oblast|county|state|district|territory|valley)$/i;

/**
 * How a timeline line names where it happened: "swept to power · in India", "campaigned · in Philadelphia",
 * but "met · at Vostochny Cosmodrome" ("at India" is no English). A list takes "in" only when all are areas.
 */
export function placePreposition(names: readonly string[]): 'in' | 'at' {
  return names.every((n) => AREAS.has(nameForm(n)) || AREA_WORD.test(n)) ? 'in' : 'at';
}

/** A country's other names by its name form: "United States" → "US", "U.S.", "America". */
const OTHER_NAMES = new Map(COUNTRIES.map((c) => [nameForm(c.name), c.aliases]));

/** The phrase names the country already, by another of its names: "traveled to the US" needs no "in United States". */
export function phraseNamesCountry(what: string, name: string): boolean {
  const words = ` ${what.replace(/[^\p{L}\p{N}.]+/gu, ' ')} `;
  return (OTHER_NAMES.get(nameForm(name)) ?? []).some((alias) => words.includes(` ${alias} `) || words.includes(` ${alias.replace(/\.$/, '')} `));
}
