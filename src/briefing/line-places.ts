import { escapePattern } from '../language/escape-pattern.js';
import { COUNTRIES } from '../language/gazetteer/countries.js';
import { CITIES, splitList, US_STATES, WORLD_REGIONS } from '../language/gazetteer/places.js';
import { nameForm } from './name-forms.js';

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

const writes = (sentence: string, name: string): boolean => new RegExp(`(?<![\\p{L}\\p{N}])${escapePattern(name)}(?![\\p{L}\\p{N}])`, 'iu').test(sentence);

/**
 * A place as the line's sentence writes it. An article that says "the Kherson region" and "Kherson city"
 * files both under one key and names it by its longest form, but the line whose sentence says "celebrations
 * in Kherson city" happened in the city: "in Kherson region" would be a wrong line.
 */
export function placeAsWritten(name: string, sentence: string): string {
  if (!AREA_WORD.test(name) || writes(sentence, name)) return name;
  const bare = name.replace(AREA_WORD, '');
  return writes(sentence, bare) ? bare : name;
}
