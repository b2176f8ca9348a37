/**
 * "The military plan DeSantis rolled out last year": a name right after a noun phrase, no comma or verb
 * between, is the subject of a relative clause whose object is that noun. The line would read "rolled out"
 * with its object left behind, so the subject is not taken as acting in a clause of its own.
 */

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

const bare = (w: string) => w.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}-]+$/gu, '');

/** `before`: the words before the subject's name run, in order. */
export function isObjectRelative(before: readonly string[]): boolean {
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
