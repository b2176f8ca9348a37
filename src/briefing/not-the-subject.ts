import { bare, BETWEEN } from './timeline-phrase-words.js';

/**
 * Whether a name just before a verb phrase is that verb's subject, read off the words before the name. It is
 * not when those words make it an object, a condition or what someone is called: the line would then tell
 * of the name something it did not do, or lose what was done.
 */

/** Words before a name that make it the object of a preposition, not a subject ("the call with Putin lasted"). */
const PREPOSITIONS = new Set('with of to by for from about against between among than like toward towards under over on in at into'.split(' '));
/** Words before a subject that make its clause a condition or a question, not a report. */
const HYPOTHETICAL = new Set('if unless whether should would could might'.split(' '));
/** "identifying himself as Hunter Biden", "leaders such as Orlov": the name is what someone is called. */
const CALLED_AS = /^(?:himself|herself|themselves|known|such|identified|described|named|regarded|listed)$/;

const DETERMINERS = new Set('the a an this that these those his her their its our my your another every each'.split(' '));
/** Nouns that name the person who follows them ("the billionaire Musk"): an apposition, not a relative clause. */
const PERSON_NOUNS = new Set(
  ('billionaire businessman businesswoman mogul tycoon entrepreneur investor actor actress singer rapper star dictator strongman autocrat ' +
    'lawmaker senator congressman congresswoman candidate nominee hopeful incumbent challenger rival populist conservative liberal democrat ' +
    'republican activist journalist reporter author writer host anchor comedian pastor cleric general commander officer veteran judge justice ' +
    'lawyer attorney prosecutor defendant suspect founder chief boss heir owner ruler monarch leader president minister premier chancellor ' +
    'governor mayor speaker secretary ambassador envoy spokesman spokeswoman spokesperson adviser advisor aide king queen prince princess pope')
    .split(' '),
);
/** Time nouns: "this week Biden signed" is a fronted time, not an object. */
const TIME_NOUNS = new Set('week weekend year month day morning afternoon evening night summer spring fall autumn winter time season term decade century'.split(' '));
/** Words that may stand before a subject and are no noun: conjunctions, prepositions, reporting verbs. */
const NOT_NOUNS = new Set(
  ('since that which who whom whose when where while as because after before until unless if than like including says say tells reports ' +
    'and or but nor so yet then also even only just now still once though although whether despite amid via per except plus')
    .split(' '),
);

/**
 * "The military plan DeSantis rolled out last year": a name right after a noun phrase, no comma or verb
 * between, is the subject of a relative clause whose object is that noun; the line would read "rolled out"
 * with its object left behind.
 */
function objectRelative(before: readonly string[]): boolean {
  const noun = before.at(-1);
  if (!noun || !/^\p{Ll}[\p{L}-]*$/u.test(noun)) return false;
  const word = bare(noun);
  if (PERSON_NOUNS.has(word) || TIME_NOUNS.has(word) || DETERMINERS.has(word) || NOT_NOUNS.has(word) || /(?:ing|ed)$/.test(word)) return false;
  // A determiner opens the noun phrase within three words, plain lower-case words between ("the military plan").
  for (let i = before.length - 2; i >= Math.max(0, before.length - 4); i--) {
    const w = before[i]!;
    if (DETERMINERS.has(bare(w)) && /^\p{L}+$/u.test(w)) return true;
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(w) || NOT_NOUNS.has(w)) return false;
  }
  return false;
}

/** `before`: the words before the name's run (titles included in the run), in order. */
export function standsAsNoSubject(before: readonly string[]): boolean {
  const last = bare(before.at(-1) ?? '');
  const previous = bare(before.at(-2) ?? '');
  if (PREPOSITIONS.has(last) || HYPOTHETICAL.has(last)) return true;
  // "to self-governing Taiwan enraged…": a preposition before the name's modifiers still makes it an object.
  if (/^\p{Ll}[\p{Ll}-]*$/u.test(before.at(-1) ?? '') && !BETWEEN.has(last) && PREPOSITIONS.has(previous)) return true;
  if (objectRelative(before)) return true;
  // "the referendums, which Putin backed…", "Gershkovich, who Russia convicted…": what was backed or
  // convicted is the word before "which" or "who".
  if (/^(?:which|whom|who)$/.test(last)) return true;
  if (last === 'as' && CALLED_AS.test(previous)) return true;
  // "efforts to leave the European Union intensified": the name is the object of "to leave".
  const det = last === 'the' ? 1 : 0;
  const verb = before.at(-1 - det);
  return bare(before.at(-2 - det) ?? '') === 'to' && !!verb && /^\p{Ll}+$/u.test(verb);
}
