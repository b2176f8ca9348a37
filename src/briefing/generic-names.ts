import { ORG_FIRST_WORDS } from '../language/gazetteer/organisations.js';

/**
 * One word that names a kind of body or thing, not one body: "Office" (of "the White House Counsel's
 * Office"), "Committee" (of "the 1922 Committee"), "People" (of "People's Daily"), "Government". The
 * text knew which one; a list of who is in the news does not, so such a name is never shown in one.
 * "House", "Senate", "Congress" and "Kremlin" name one body in news and stay.
 */
const GENERIC = new Set([
  ...[...ORG_FIRST_WORDS].filter((w) => w !== 'house' && !w.endsWith("'s")),
  'people', 'government', 'administration', 'title', 'article', 'section', 'amendment', 'summit', 'members',
  'country', 'nation', 'press', 'times', 'state', 'palace', 'crown', 'hill', 'number', 'images', 'presidential',
  'election', 'black', 'white', 'agency', 'authority', 'forces', 'police', 'navy', 'service', 'team', 'coalition',
  'centre', 'center', 'earth', 'climate', 'tower', 'mall', 'chapel', 'union', 'defense', 'defence', 'health',
]);

export const isGenericName = (name: string): boolean => !name.includes(' ') && GENERIC.has(name.toLowerCase().replace(/[.’']s?$/, ''));
