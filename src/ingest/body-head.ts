import { wordCount } from './chrome.js';
import { datesInLine } from './date-lines.js';

/**
 * The lines an export keeps above a story's first paragraph when it gives the body whole: the byline
 * ("Jill Lawless", "Josef Federman and Fares Akram", "YURAS KARMANAU"), the agency it came through
 * ("Associated Press", "Special to USA TODAY") and the update stamp ("Updated Jan. 14, 2019, 9:10 a.m. ET").
 * Left in, the reporter was a person of the story, beside everyone it names, and a search's snippet opened
 * on them. Only short lines that are no sentence, at the top, and never the story's last lines.
 */
const MOST = 4;
const WORDS = 8;
/** Lower-case words a name or an agency line holds ("Fares Akram and Astrid Suarez", "Special to USA TODAY"). */
const JOINERS = new Set(['and', 'of', 'to', 'the', 'by', 'de', 'da', 'van', 'von', 'for', 'via']);

const ENDS_A_SENTENCE = /[.!?:;"”’)]$/u;

/** Longer than any such line: a story's first paragraph is passed over without counting its words. */
const LONGEST = 120;

function isHeadLine(line: string): boolean {
  if (line.length > LONGEST || wordCount(line) > WORDS * 1.5) return false;
  // A stamp ("Updated Jan. 14, 2019, 9:10 a.m. ET", "April 16, 2025, 4:11 p.m. ET") is one by its date.
  if (datesInLine(line).length > 0 && !ENDS_A_SENTENCE.test(line)) return true;
  if (wordCount(line) > WORDS || ENDS_A_SENTENCE.test(line)) return false;
  return line.split(/\s+/).every((word) => /^[\p{Lu}\d]/u.test(word) || JOINERS.has(word.replace(/,$/, '')));
}

/** The paragraphs from the first that is the story's, keeping at least two. */
export function withoutBodyHead(paragraphs: readonly string[]): { kept: string[]; dropped: string[] } {
  let from = 0;
  while (from < MOST && paragraphs.length - from > 2 && isHeadLine(paragraphs[from]!)) from++;
  return { kept: paragraphs.slice(from), dropped: paragraphs.slice(0, from) };
}
