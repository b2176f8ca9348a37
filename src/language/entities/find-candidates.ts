import { withoutArticle } from './keys.js';
import type { EntityType, Sentence } from '../analysis.js';
import { FUNCTION_WORDS, GOVERNMENT_VERBS, NAME_CONNECTORS, PLACE_PREPOSITIONS, SPORT_WORDS } from '../gazetteer/common-words.js';
import { STYLES_OF_ADDRESS } from '../gazetteer/credits.js';
import { lexicon } from '../gazetteer/lexicon.js';
import { CONTEXT, GUESS, LEXICAL, candidate, keyOf, keyOfCandidate, knownAt, typeOfKnown, type Candidate } from './candidate.js';
import { settleAmbiguousPlaces } from './ambiguous-places.js';
import { dropBylines } from './bylines.js';
import { classifyRun } from './classify-run.js';
import { isCapitalisedConcept } from './concept-words.js';
import { applyContext } from './context.js';
import { placesByCoordination } from './coordination.js';
import { titleAt } from './role-words.js';
import { findRuns, isCapsSentence, opensSentence, QUOTE_MARKS } from './runs.js';
import { isSportsStory, markTeams } from './teams.js';
import { tokenizeSentence, type Token } from './tokens.js';
import { brandRun, factsOf } from './word-facts.js';
import { acronymInside, afterThe, loneMentions, titleCased, wordsOnly } from './person-default.js';

export interface Found {
  tokens: Token[][];
  candidates: Candidate[];
}

/** Words of multi-word people ("Simmons" of "Phil Simmons"): alone later, still that person. */
function personWords(candidates: readonly Candidate[]): Set<string> {
  const words = new Set<string>();
  for (const c of candidates) {
    if (c.type !== 'person' || c.tokens.length < 2) continue;
    for (const t of c.tokens) if (!NAME_CONNECTORS.has(t.lower) && !/^\p{L}\.$/u.test(t.text)) words.add(withoutArticle(t.lower));
  }
  return words;
}

/** First words of multi-word organisations ("Marsh" of "Marsh & McLennan"): alone later, that organisation. */
function organisationHeads(candidates: readonly Candidate[]): Set<string> {
  const heads = new Set<string>();
  for (const c of candidates) {
    if (c.type !== 'organisation' || c.tokens.length < 2 || c.strength < CONTEXT) continue;
    const facts = factsOf(c.tokens[0]!);
    if (!facts.common && !(facts.phrase?.weak === false)) heads.add(c.tokens[0]!.lower);
  }
  return heads;
}

/**
 * "Oscar-winning", "Twitter-like", "Labor Day-themed", "AR-15-style": a name made a word that describes
 * something else names nothing here. ("Russian-backed", "Kremlin-run" are split at the hyphen instead,
 * `tokens.ts`: the backer is named.)
 */
const DESCRIBING_COMPOUND = /.-(?:like|esque|winning|themed|style|sized|size|designed|centric|oriented|bred|educated|trained|built|produced|branded)$/;

/** Capitalised ordinary words with nothing else for them ("Love Train", "Fame"): titles of works, not entities. */
function ordinaryWords(c: Candidate): boolean {
  return c.tokens.every((t) => {
    if (NAME_CONNECTORS.has(t.lower) || /^(?:i|we|you|they|he|she|it)'/.test(t.lower)) return true;
    const facts = factsOf(t);
    return facts.common && !facts.given && !facts.surname;
  });
}

/** One type per name across the article: the best-supported reading wins; shapes settle what is left. */
function settleTypes(candidates: Candidate[], midCaps: ReadonlySet<string>, tokens: readonly Token[][]): Candidate[] {
  // Several capitalised words with nothing against it are most often a person's name; one led by a number
  // word ("Six Nations", "Big Four" aside) is a competition, a team or a group, never a person; one holding a
  // brand-shaped word ("SpaceX Starlink") is a firm or its product.
  // News writes no "the" before a person's name: "the Great Depression", "the Iron Dome" name no one, and no
  // body to brief on either, so such a run is left untyped (unless it holds a given name, "the Joe Biden of…",
  // or opens with a title or style, "the Rev. Al Sharpton").
  const referredAlone = loneMentions(candidates, tokens);
  for (const c of candidates) {
    if (c.type || c.tokens.length < 2 || ordinaryWords(c) || wordsOnly(c, referredAlone, tokens) || titleCased(c)) continue;
    if (afterThe(c, tokens) && !c.tokens.some((t) => factsOf(t).given) && !STYLES_OF_ADDRESS.has(c.tokens[0]!.lower) && titleAt(c.tokens, 0) === 0) continue;
    c.type = NUMBER_WORDS.has(c.tokens[0]!.lower) || brandRun(c.tokens) || acronymInside(c) ? 'organisation' : 'person';
  }
  const parts = personWords(candidates);
  const orgHeads = organisationHeads(candidates);
  const best = new Map<string, { type: EntityType; strength: number }>();
  for (const c of candidates) {
    if (!c.type) continue;
    const key = keyOfCandidate(c);
    const seen = best.get(key);
    // On a tie a place wins over an organisation: a lone name is an organisation only by default.
    const better = !seen || c.strength > seen.strength || (c.strength === seen.strength && c.type === 'place' && seen.type === 'organisation');
    if (better) best.set(key, { type: c.type, strength: c.strength });
  }
  const surnames = new Set<string>();
  for (const c of candidates) if (c.type === 'person' && c.tokens.length > 1) surnames.add(withoutArticle(c.tokens[c.tokens.length - 1]!.lower));
  const kept: Candidate[] = [];
  const untyped: Candidate[] = [];
  for (const c of candidates) {
    kept.push(c);
    if (DESCRIBING_COMPOUND.test(c.tokens.at(-1)!.lower)) {
      kept.pop();
      continue;
    }
    const word = c.tokens.length === 1 ? withoutArticle(c.tokens[0]!.lower) : '';
    // A lone title the article never uses as a surname ("the President said"): a role, no entity.
    if (word && titleAt(c.tokens, 0) === 1 && !parts.has(word) && !surnames.has(word) && !(c.known && !c.known.weak)) {
      kept.pop();
      continue;
    }
    // "Washington" after "MaliVai Washington", "Jordan" after "Michael Jordan": the person, unless "in Washington".
    if (c.strength >= LEXICAL && c.type !== 'person' && surnames.has(word) && !c.placeContext) {
      Object.assign(c, { type: 'person', strength: CONTEXT });
      continue;
    }
    if (c.strength >= LEXICAL && c.type) continue;
    if (parts.has(word) && c.type !== 'country') {
      Object.assign(c, { type: 'person', strength: CONTEXT });
      continue;
    }
    if (orgHeads.has(word)) {
      Object.assign(c, { type: 'organisation', strength: CONTEXT });
      continue;
    }
    // "information from Hunter Biden's laptop": a name guessed a place from its preposition alone, ending in
    // the surname of someone the article names in full, is a person of that family.
    if (c.tokens.length > 1 && c.type === 'place' && c.strength <= GUESS && surnames.has(withoutArticle(c.tokens[c.tokens.length - 1]!.lower))) {
      Object.assign(c, { type: 'person', strength: CONTEXT });
      continue;
    }
    const seen = best.get(keyOfCandidate(c));
    if (seen && (seen.strength > c.strength || !c.type)) Object.assign(c, seen);
    if (c.type) continue;
    // A lone unknown word opening a sentence, never capitalised elsewhere: most likely a common word.
    if ((c.opener && word && !midCaps.has(word)) || ordinaryWords(c)) kept.pop();
    else untyped.push(c);
  }
  const unset = new Set(untyped);
  const weak = kept.filter((c) => unset.has(c) || (c.strength <= GUESS && c.type !== 'country' && c.type !== 'place'));
  for (const c of placesByCoordination(kept, weak, tokens)) if (!c.type) c.type = DEFAULT_SINGLE;
  return kept;
}

/** A lone unknown capitalised word: in news most often a firm, team or body not in the lists. */
const DEFAULT_SINGLE: EntityType = 'organisation';

/** Names in an all-capitals headline, read through the names the article's ordinary text gave. */
function capsCandidates(tokens: readonly Token[], known: ReadonlyMap<string, EntityType>): Candidate[] {
  const lex = lexicon();
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; ) {
    const t = tokens[i]!;
    if (!t.isWord || !/\p{L}/u.test(t.text) || FUNCTION_WORDS.has(t.lower)) {
      i++;
      continue;
    }
    let hit: Candidate | undefined;
    for (let n = Math.min(6, tokens.length - i); n >= 1 && !hit; n--) {
      const span = tokens.slice(i, i + n);
      if (span.some((s) => !s.isWord)) continue;
      const key = keyOf(span);
      const type = known.get(key);
      const entry = lex.phrases.get(key);
      if (type) hit = candidate(span, type, CONTEXT, entry && typeOfKnown(entry) === type ? entry : undefined);
      else if (entry && typeOfKnown(entry) && !(n === 1 && (entry.weak || lex.commonWords.has(key)))) {
        hit = candidate(span, typeOfKnown(entry), LEXICAL, entry);
      } else if (n === 2 && lex.givenNames.has(span[0]!.lower) && !lex.commonWords.has(span[1]!.lower) && !lex.commonWords.has(span[0]!.lower)) {
        hit = candidate(span, 'person', GUESS);
      }
    }
    if (hit) {
      hit.fromCaps = true;
      out.push(hit);
      i += hit.tokens.length;
    } else i++;
  }
  return out;
}

/**
 * "the documentary Trump: A Second Chance?", "A Better Tomorrow": capitalised words after a capital
 * "A"/"An", mostly ordinary and naming nothing known, are the title of a work (or a sentence's opening
 * words), not a name. "A Los Angeles judge", "A Goldman Sachs analyst" keep theirs.
 */
function titleOfWork(tokens: readonly Token[], from: number, to: number): boolean {
  const article = tokens[from - 1]?.text;
  if ((article !== 'A' && article !== 'An') || to - from < 2) return false;
  let common = 0;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (factsOf(t).given || knownAt(tokens, k)) return false;
    if (factsOf(t).common) common++;
  }
  return common * 2 >= to - from;
}

/** A capital standing for its government: "Moscow’s war effort", "Moscow has been sanctioned". */
function markCapitals(tokens: readonly Token[][], candidates: readonly Candidate[]): void {
  const capitals = lexicon().capitals;
  for (const c of candidates) {
    if (c.type !== 'place' || c.end !== c.tokens[c.tokens.length - 1]!.end) continue;
    const country = capitals.get(keyOfCandidate(c));
    if (!country) continue;
    const next = tokens[c.sentence]![c.tokens[c.tokens.length - 1]!.index + 1];
    if (next && (next.possessive || GOVERNMENT_VERBS.has(next.lower))) {
      c.type = 'country';
      c.standsFor = country;
    }
  }
}

const NUMBER_WORDS = new Set('one two three four five six seven eight nine ten eleven twelve twenty hundred thousand'.split(' '));

/** What follows a dateline's place: "WASHINGTON —", "KYIV, Ukraine —", "LONDON (Reuters) —". */
const DATELINE_MARKS = new Set(['—', '–', '―', '‒', '−', '-', '--', ',', '(']);

/**
 * "WASHINGTON − President Joe Biden on Saturday…": a name in capitals opening the story, before a dash, comma
 * or bracket, is where it was filed, even when the story names a person of that surname ("actor Denzel
 * Washington") further down.
 */
function isDateline(ts: readonly Token[], c: Candidate): boolean {
  if (c.sentence !== 0 || c.tokens[0]!.index !== 0 || !c.tokens.every((t) => t.upper)) return false;
  const after = ts[c.tokens[c.tokens.length - 1]!.index + 1];
  return !!after && DATELINE_MARKS.has(after.text);
}

/** Every name in the text, typed, with the article as context; sentences give the offsets. */
export function findCandidates(text: string, sentences: readonly Sentence[]): Found {
  const tokens = sentences.map((s, i) => tokenizeSentence(text, s, i));
  const midCaps = new Set<string>();
  const sportWords = new Set<string>();
  // The words the article writes in lower case somewhere: asked of capitalised words opening a sentence.
  const lowerWords = new Set<string>();
  // One pass over the words for every article-wide fact (this runs for every word).
  for (const ts of tokens) {
    for (const t of ts) {
      if (t.cap) {
        if (!t.upper && !opensSentence(ts, t.index)) midCaps.add(t.lower);
        if (SPORT_WORDS.has(t.lower)) sportWords.add(t.lower);
      } else if (t.isWord) lowerWords.add(t.lower);
    }
  }
  // Sport words in lower case, read off the set of such words rather than looked up at every word.
  for (const word of SPORT_WORDS) if (lowerWords.has(word)) sportWords.add(word);
  const caps = tokens.map(isCapsSentence);
  const candidates: Candidate[] = [];
  tokens.forEach((ts, s) => {
    if (caps[s]) return;
    for (const run of findRuns(ts, lowerWords, midCaps)) {
      if (titleOfWork(ts, run.from, run.to)) continue;
      // A quoted nickname inside a name is no part of its key ("Ferdinand "Bongbong" Marcos Jr." is the
      // "Ferdinand Marcos Jr." of the next sentence); the mention still spans it, and the nickname alone finds him.
      for (const c of classifyRun(withoutNickname(ts.slice(run.from, run.to)))) {
        if (isCapitalisedConcept(ts, c)) continue;
        c.opener = opensSentence(ts, c.tokens[0]!.index);
        const before = ts[c.tokens[0]!.index - 1];
        const dateline = isDateline(ts, c) && !ordinaryWords(c);
        c.placeContext = (!!before && PLACE_PREPOSITIONS.has(before.lower)) || dateline;
        applyContext(ts, c);
        // A known outlet opening the story ("CNN —") is its credit, not a place.
        if (dateline && c.strength < LEXICAL) Object.assign(c, { type: 'place', strength: LEXICAL });
        candidates.push(c);
      }
    }
  });
  const sport = isSportsStory(sportWords);
  candidates.splice(0, candidates.length, ...settleTypes(candidates, midCaps, tokens));
  const known = new Map<string, EntityType>();
  for (const c of candidates) if (c.type && c.strength >= CONTEXT) known.set(keyOfCandidate(c), c.type);
  for (const word of personWords(candidates)) if (!known.has(word)) known.set(word, 'person');
  tokens.forEach((ts, s) => {
    if (caps[s]) candidates.push(...capsCandidates(ts, known));
  });
  if (sport) markTeams(tokens, candidates);
  markCapitals(tokens, candidates);
  settleAmbiguousPlaces(tokens, candidates);
  candidates.sort((a, b) => a.start - b.start);
  return { tokens, candidates: dropBylines(tokens, candidates) };
}

/** A run's tokens without a quoted nickname and its marks. */
function withoutNickname(run: Token[]): Token[] {
  const open = run.findIndex((t) => QUOTE_MARKS.has(t.text));
  if (open <= 0) return run;
  const close = run.findIndex((t, i) => i > open && QUOTE_MARKS.has(t.text));
  return close > open ? [...run.slice(0, open), ...run.slice(close + 1)] : run;
}
