import { wordCount } from './terms.js';

/**
 * Can a sentence open a summary on its own? A reader who sees only this sentence must know who and what it
 * is about: no pronoun or connective pointing back ("He said…", "But…"), no piece of a quotation, no
 * headline, byline or photo credit.
 */

const POINTS_BACK = new Set(
  `he she it they we i you him her his hers its their theirs them this that these those such there's
  but and or so yet also however meanwhile nevertheless nonetheless moreover furthermore besides instead
  still then thus therefore hence likewise similarly otherwise indeed anyway nor both others
  later earlier afterwards now here`.split(/\s+/),
);
/** Phrases that point back as surely as a pronoun. */
const BACK_PHRASES =
  /^(?:for (?:example|instance)\b|in other words\b|that said\b|after all\b|to be sure\b|not only that\b|what's more\b|on top of that\b|the (?:latter|same)\b|the former(?=\s*,|\s+(?:is|was|has|had|said|says|will|would)\b)|in (?:addition|contrast|response|turn)\b|as a result\b|on the other hand\b|at the same time\b|even so\b)/i;
/** "The move came after…" points back; "The decision to keep rates on hold…" says what it is. */
const BACK_NOUN = /^the (?:move|decision|comments?|remarks?|statement|announcement|deal|report|news|figures?|plan|call|ruling|verdict|attack|incident)\s+(\p{L}+)/iu;
const DEFINING = new Set('to of by on at for in from that which over about between with'.split(' '));
/** "This year's…", "That night…": a time, not a pointer. */
const TIME_WORDS = /^(?:this|that|these|those)\s+(?:year|week|month|morning|afternoon|evening|night|weekend|season|summer|winter|spring|autumn|time|quarter)/i;
/** Bylines: "By Clara Nyberg, Business Reporter", "Reporting by Sam Okafor" (case matters: names are capitalised). */
const BYLINE =
  /^(?:[Bb]y\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)+\s*(?:[,|–—]|-\s|$)|(?:[Aa]dditional\s+)?(?:[Rr]eporting|[Ee]diting|[Ww]riting)\s+by\s+\p{Lu})/u;
/** Credits and page links: "Photo: …", "Source: …", "Read more: …", "© 2024". */
const CREDIT = /^(?:photos?|pictures?|images?|video|credits?|source|copyright)\s*(?::|©|\()|^(?:read more|more|related|see also|also read|watch|listen|follow us|click|subscribe)\s*[:|»›>]|^read more\b|©|\(c\)\s*\d{4}/i;
/** A photo caption's credit: "(AP Photo/Evan Vucci)", "… / Getty Images", "Photo by …". */
const CAPTION = /\((?:AP|AFP|Reuters|Getty)\b[^)]*\)|\b(?:AP Photo|Getty Images|Photo by|File photo)\b|\s\/\s*(?:AP|AFP|Reuters|Getty|EPA)\b/;
/** A wire photo's caption ends on its place and full date: "…in Lima, Peru, Wednesday, Dec. 7, 2022." */
const CAPTION_DATE = /,\s*(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\s+\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2},\s+\d{4}\.?$/u;
/** The newsroom's notes about the story itself: "This story has been updated…", "Jane Doe contributed to this report." */
const EDITORS_NOTE = /^(?:this (?:story|article|report|post) (?:has been|was|is being) updated\b|.{0,80}\bcontributed (?:reporting )?to this (?:report|story|article)\.?$)/iu;
/** What an editor's note must open or end with, tested on a few characters: the note's own pattern backtracks over 80. */
const NOTE_HEAD = /^this /iu;
const NOTE_TAIL = /(?:report|story|article)\.?$/iu;
const QUOTES_OPEN = /^["“‘'`«]/;
const QUOTE_MARKS = /["“”«»]/g;
const PRONOUN_ATTRIBUTION = /[,”"]\s*(?:he|she|they|it|we|i)\s+(?:said|says|added|told|asked|warned|insisted|explained|argued|noted)\b/i;
const ENDS_SENTENCE = /[.!?…]["'”’»)\]]*$/;

/** Every `CAPTION` match holds a bracket, a slash, "Getty" or "photo"/"Photo": most sentences hold none. */
const mayBeCaption = (t: string): boolean => t.includes('(') || t.includes('/') || t.includes('hoto') || t.includes('Getty');

/** Ends on a digit, before an optional full stop, as every `CAPTION_DATE` match does. */
function endsOnYear(t: string): boolean {
  const c = t.charCodeAt(t.length - (t.endsWith('.') ? 2 : 1));
  return c >= 48 && c <= 57;
}

export const MIN_OPENER_WORDS = 6;
/** A line this short without a full stop is a headline, a subhead or a caption. */
const HEADLINE_WORDS = 12;

/**
 * Page furniture rather than news: a byline, a credit, a headline or subhead line. Never summary material.
 * `words` is the text's `wordCount` when the caller has it (trimming changes no word).
 */
export function isFurniture(text: string, words = wordCount(text)): boolean {
  const t = text.trim();
  if (CREDIT.test(t) || BYLINE.test(t) || (mayBeCaption(t) && CAPTION.test(t)) || (endsOnYear(t) && CAPTION_DATE.test(t))) return true;
  if ((NOTE_HEAD.test(t.slice(0, 5)) || NOTE_TAIL.test(t.slice(-8))) && EDITORS_NOTE.test(t)) return true;
  return (!ENDS_SENTENCE.test(t) && words < HEADLINE_WORDS) || words < 3;
}

export function canStandAlone(text: string): boolean {
  return !isFurniture(text) && readsAlone(text);
}

/** A lower-case ASCII letter: the text is not all capitals, known without upper-casing it. */
const hasAsciiLower = (t: string): boolean => {
  for (let i = 0; i < t.length; i++) if (t.charCodeAt(i) >= 97 && t.charCodeAt(i) <= 122) return true;
  return false;
};

const quoteMarks = (t: string): number => t.match(QUOTE_MARKS)?.length ?? 0;

/**
 * `canStandAlone` for a text known not to be furniture (a byline, credit, caption or headline, which can
 * never stand alone): the ranker has already asked that of every sentence.
 */
export function readsAlone(text: string, words = wordCount(text)): boolean {
  const t = text.trim();
  if (words < MIN_OPENER_WORDS) return false;
  if (/[:;,]$/.test(t)) return false; // a list lead-in
  if (/^\p{Ll}/u.test(t) && !/^\p{Ll}{1,2}\p{Lu}/u.test(t)) return false; // a fragment
  if (!hasAsciiLower(t) && t === t.toUpperCase() && /\p{Lu}{4}/u.test(t)) return false; // a shouted strapline
  if (QUOTES_OPEN.test(t)) {
    // Inside a quote "we" is the speaker; what matters is that the speaker is named and the quote whole.
    const marks = quoteMarks(t);
    if (marks % 2 === 1 || PRONOUN_ATTRIBUTION.test(t)) return false;
    if (/[.!?,]?["”»’']$|["”»][.!?]$/.test(t)) return false; // a quote and nothing else: no one says it
    return true;
  }
  const opening = /^([\p{L}'’]+)\s*(\S*)/u.exec(t.replace(/^[([—–-]+\s*/u, ''));
  const first = opening?.[1]?.toLowerCase().replace(/['’]s$/, '') ?? '';
  // "We Are The World" is a title, not a pronoun.
  const titleCase = /^\p{Lu}/u.test(opening?.[2] ?? '');
  if (POINTS_BACK.has(first) && !titleCase && !TIME_WORDS.test(t)) return false;
  if (BACK_PHRASES.test(t)) return false;
  const backNoun = BACK_NOUN.exec(t);
  if (backNoun && !DEFINING.has(backNoun[1]!.toLowerCase())) return false;
  if (quoteMarks(t) % 2 === 1) return false; // opens or closes a quote across sentences
  return true;
}
