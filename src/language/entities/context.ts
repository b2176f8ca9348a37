import { FUNCTION_WORDS, PLACE_FOLLOWERS, PLACE_PREPOSITIONS, REGION_WORDS } from '../gazetteer/common-words.js';
import { ORG_FOLLOWERS, PUBLICATION_WORDS, PUBLISHING_VERBS } from '../gazetteer/organisations.js';
import { ALL_TITLES } from '../gazetteer/titles.js';
import { CONTEXT, GUESS, LEXICAL, type Candidate } from './candidate.js';
import { isHonorific } from './role-words.js';
import { QUOTE_MARKS } from './runs.js';
import type { Token } from './tokens.js';
import { brandRun, factsOf } from './word-facts.js';

const LOWER_TITLE_HEADS = new Set(ALL_TITLES.filter((t) => !t.includes(' ')));
const SAYING = new Set(['said', 'says', 'told', 'added', 'explained', 'insisted', 'recalled', 'admitted', 'wrote', 'tweeted', 'argued', 'noted', 'stressed', 'asked', 'replied', 'denied']);
const ORG_FOLLOWER_MODIFIERS = new Set(['news', 'state', 'private', 'official', 'national', 'state-run', 'state-owned', 'oil', 'car', 'energy', 'defence', 'defense', 'tech', 'technology', 'media', 'mining', 'steel', 'chemical', 'football', 'soccer', 'political', 'opposition', 'ruling', 'militant', 'rebel', 'investment', 'insurance', 'holding', 'shipping', 'telecoms', 'airline', 'aircraft', 'arms', 'drug', 'pharmaceutical', 'software', 'internet']);
/** What a firm's product is, named right after its given name ("Alexa assistant", "Optimus robot"). */
const PRODUCT_WORDS = new Set(['assistant', 'app', 'speaker', 'speakers', 'device', 'devices', 'chatbot', 'bot', 'robot', 'robots', 'model', 'models', 'service', 'platform', 'feature', 'voice', 'system', 'software', 'phone', 'headset', 'glasses', 'drone', 'car', 'browser', 'console']);
/** Bodies a news story names by one ordinary word after "the", besides the papers `PUBLICATION_WORDS` knows. */
const BODIES_BY_ORDINARY_WORD = new Set(['house', 'senate', 'commons', 'lords', 'greens', 'patriots', 'spectator', 'economist', 'sun']);
const PERSON_FOLLOWERS = new Set(['administration', 'campaign', 'presidency', 'impeachment']);
/** "his wife Melania", "her son Hunter": a relative named right after the word for them. */
const KIN_WORDS = new Set(['wife', 'husband', 'daughter', 'son', 'mother', 'father', 'brother', 'sister', 'widow', 'widower', 'grandson', 'granddaughter', 'niece', 'nephew', 'cousin', 'fiancee', 'fiancée', 'fiance', 'stepson', 'stepdaughter']);
/** "Biden-Harris", "Trump-Vance": two names joined for a ticket or a government, no one person. */
const NAME_PAIR = /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u;
const HANDLE_OR_QUOTE = new Set(['@', '#', ...QUOTE_MARKS]);
const PLACE_NOUNS = new Set(['village', 'town', 'city', 'capital', 'port', 'province', 'region', 'island', 'suburb', 'outskirts', 'state']);
/** Words for a firm or body that name it when they stand right before its name, or after it in an appositive. */
const ORG_NOUNS = new Set(['company', 'firm', 'conglomerate', 'corporation', 'startup', 'start-up', 'carrier', 'airline', 'broadcaster', 'outlet', 'newspaper', 'bank', 'manufacturer', 'automaker', 'insurer', 'retailer', 'lender']);
/**
 * Besides the function words, what cannot be a firm's trade between its name and the word for it ("told Reuters
 * the company…").
 */
const NO_TRADE = new Set(['is', 'was', 'are', 'were', 'be', 'has', 'had', 'have', 'said', 'says', 'told', 'than', 'any', 'own']);
const APPOSITIVE_GOES_ON = new Set(['that', 'which', 'whose', 'based', 'owned', 'run', 'in', 'with', 'of', 'where', 'founded', 'known', 'headquartered', 'and']);
/** ", the Ukrainian energy company", ", a company that": an appositive whose head is a firm's word, within six words. */
function orgAppositive(tokens: readonly Token[], at: number): boolean {
  if (tokens[at]?.text !== ',' || !['the', 'a', 'an'].includes(tokens[at + 1]?.lower ?? '')) return false;
  for (let i = at + 2; i < at + 8 && i < tokens.length; i++) {
    const t = tokens[i]!;
    // The firm's word heads the appositive: "a company founder" is a person.
    if (ORG_NOUNS.has(t.lower)) return !/^\p{Ll}/u.test(tokens[i + 1]?.text ?? '') || APPOSITIVE_GOES_ON.has(tokens[i + 1]!.lower);
    if (!/^[\p{L}-]+$/u.test(t.text)) return false;
  }
  return false;
}
const PERSON_ENDINGS = /(?:ov|ova|ev|eva|enko|sky|ski|ska|vich|wicz|escu|poulos|idis|shvili|adze|yan|oglu|sson|ez|ini|elli|etti|ucci|stein|berg|mann)$/;
/** Endings of place names; "-sk" only after a consonant (Minsk, Donetsk, Kursk): "Musk" and "Tusk" are surnames. */
const PLACE_ENDINGS = /(?:stan|grad|burg|bourg|ville|polis|abad|pur|pore|shire|[^aeiou]sk|ia)$/;

/**
 * "courses in Finance and in Marketing": one of the commonest words after a preposition is no place by
 * that alone. Two words are still read as a place ("in Little Rock", "in Thousand Oaks"): American towns
 * are often named in ordinary words, and many are not in the lists.
 */
function ordinaryAfterPreposition(ts: readonly Token[]): boolean {
  if (ts.length > 1) return false;
  const facts = factsOf(ts[0]!);
  return facts.common && !facts.given && !facts.surname;
}

/** The lower-case follower that makes a place and joins its name ("Khasan station"), if any. */
export function placeFollower(tokens: readonly Token[], c: Candidate): Token | undefined {
  const next = tokens[c.tokens[c.tokens.length - 1]!.index + 1];
  if (!next || next.cap || !PLACE_FOLLOWERS.has(next.lower)) return undefined;
  if (c.type === 'country' || c.type === 'organisation' || c.type === 'person') return undefined;
  // Only a region word joins a known place's name; facilities ("station", "airport") join any other name.
  if (c.known && !REGION_WORDS.has(next.lower)) return undefined;
  return next;
}

/**
 * Named as where a story came from: "published by", "reported by", "according to", "first appeared in"
 * (a "the" between allowed); `before` is the index of the word before the name.
 */
export function publisherCue(tokens: readonly Token[], before: number): boolean {
  let i = before;
  if (tokens[i]?.lower === 'the') i--;
  const word = tokens[i]?.lower;
  const prev = tokens[i - 1]?.lower ?? '';
  return (word === 'by' && PUBLISHING_VERBS.has(prev)) || (word === 'to' && prev === 'according') || (word === 'in' && prev === 'appeared');
}

/** A cue's type, where it says more than what the candidate already has. */
function setType(c: Candidate, type: Candidate['type'], strength: number): void {
  if (strength > c.strength || c.type === undefined) {
    c.type = type;
    c.strength = strength;
  }
}

/** Types a candidate from the words around it when its own words did not settle it. */
export function applyContext(tokens: readonly Token[], c: Candidate): void {
  const first = c.tokens[0]!;
  const last = c.tokens[c.tokens.length - 1]!;
  const prev = tokens[first.index - 1];
  const prev2 = tokens[first.index - 2];
  const next = tokens[last.index + 1];
  const next2 = tokens[last.index + 2];
  const follower = placeFollower(tokens, c);
  if (follower) {
    c.end = follower.end;
    if (c.strength < LEXICAL) Object.assign(c, { type: 'place', strength: LEXICAL });
    return;
  }
  // "first published by Alpine Wire": an outlet, whatever its first word looks like.
  if (c.tokens.length > 1 && PUBLICATION_WORDS.has(last.lower) && c.type !== 'country' && publisherCue(tokens, first.index - 1)) {
    Object.assign(c, { type: 'organisation', strength: LEXICAL });
    return;
  }
  // "his wife Victoria", "her daughter, Florence": a given name that is also a place's, named as a relative.
  const kinBefore = (prev && !prev.cap && KIN_WORDS.has(prev.lower)) || (prev?.text === ',' && prev2 && !prev2.cap && KIN_WORDS.has(prev2.lower));
  if (kinBefore && c.type === 'place' && c.tokens.length === 1 && factsOf(first).given) {
    Object.assign(c, { type: 'person', strength: LEXICAL });
    return;
  }
  // "Amazon's Alexa assistant", "Tesla's Optimus robot": a given name a firm gives its product, not a
  // person ("CNN's Zakaria", "Tesla's Musk" are people).
  const firm = prev?.possessive && prev2 ? factsOf(prev2).phrase : undefined;
  if (firm?.kind === 'organisation' && !firm.weak && c.tokens.length === 1 && PRODUCT_WORDS.has(next?.lower ?? '') && factsOf(first).given) {
    Object.assign(c, { type: 'organisation', strength: LEXICAL });
    return;
  }
  if (c.strength >= LEXICAL) return;
  if (isHonorific(prev)) return setType(c, 'person', LEXICAL);
  if (prev && !prev.cap && LOWER_TITLE_HEADS.has(prev.lower) && c.type !== 'place') return setType(c, 'person', CONTEXT);
  if (prev && !prev.cap && KIN_WORDS.has(prev.lower) && c.type !== 'country') return setType(c, 'person', CONTEXT);
  if ((next?.lower === 'who' || (next?.text === ',' && next2?.lower === 'who')) && c.type !== 'organisation') return setType(c, 'person', CONTEXT);
  // "the Biden administration", "the Haley campaign": a leader's or candidate's surname.
  if (c.tokens.length === 1 && next && !next.cap && PERSON_FOLLOWERS.has(next.lower) && c.type !== 'country') {
    return setType(c, NAME_PAIR.test(first.text) ? 'organisation' : 'person', CONTEXT);
  }
  if (next && !next.cap && (ORG_FOLLOWERS.has(next.lower) || (ORG_FOLLOWER_MODIFIERS.has(next.lower) && next2 && ORG_FOLLOWERS.has(next2.lower)))) {
    return setType(c, 'organisation', CONTEXT);
  }
  // "his Starlink satellite company", "the Burisma gas company": a name, the firm's trade, then its word.
  if (next && !next.cap && /^\p{Ll}+$/u.test(next.text) && !FUNCTION_WORDS.has(next.lower) && !NO_TRADE.has(next.lower) && next2 && ORG_NOUNS.has(next2.lower) && c.type !== 'country') {
    return setType(c, 'organisation', CONTEXT);
  }
  if (prev?.lower === 'of' && prev2 && PLACE_NOUNS.has(prev2.lower)) return setType(c, 'place', CONTEXT);
  // "the Ukrainian energy company Burisma", "Burisma, a company that…": a firm, named beside the word for one.
  if (c.type !== 'country' && ((prev && !prev.cap && ORG_NOUNS.has(prev.lower)) || orgAppositive(tokens, last.index + 1))) return setType(c, 'organisation', CONTEXT);
  if (c.type !== undefined) return;
  // "SpaceX said", "from TikTok": a brand-shaped name is a firm or its product wherever it stands; not a
  // handle ("@WindsorPolice") or a word in quotes ("known as “BigBalls”": a nickname, a slogan).
  if (brandRun(c.tokens) && !HANDLE_OR_QUOTE.has(prev?.text ?? '')) return setType(c, 'organisation', GUESS);
  if (prev && PLACE_PREPOSITIONS.has(prev.lower) && c.tokens.length <= 2 && !ordinaryAfterPreposition(c.tokens)) return setType(c, 'place', GUESS);
  if (next && SAYING.has(next.lower)) return setType(c, c.tokens.length === 1 && prev?.lower === 'the' ? 'organisation' : 'person', GUESS);
  // "the People", "the Press", "the Colour": an ordinary word after "the" names something the article means
  // by it, no body a reader can be briefed on; an unknown word there ("the Taliban") is a body's name, and so
  // is a chamber or a paper ("the House", "the Times", "the Spectator").
  if (prev?.lower === 'the' && c.tokens.length === 1) {
    return factsOf(first).dictionary && !BODIES_BY_ORDINARY_WORD.has(first.lower) && !PUBLICATION_WORDS.has(first.lower) ? undefined : setType(c, 'organisation', GUESS);
  }
  const lower = last.lower;
  if (factsOf(last).surname || PERSON_ENDINGS.test(lower)) return setType(c, 'person', GUESS);
  if (PLACE_ENDINGS.test(lower)) return setType(c, 'place', GUESS);
}
