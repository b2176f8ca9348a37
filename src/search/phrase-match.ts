import { escapePattern } from '../language/escape-pattern.js';
import { plainWord, withoutAccents, wordsOf } from './text-terms.js';

/**
 * A test for a quoted phrase: its words in a row, in any case and accents, separated by anything that
 * is not a letter or digit ("short-range ballistic" matches "short range ballistic"), each word also
 * with a plural or possessive ending. Stop words inside the phrase count here: quotes mean exactly.
 */
export function phraseTest(phrase: string): ((text: string) => boolean) | undefined {
  const words = wordsOf(phrase).map(plainWord).filter(Boolean);
  if (words.length < 2) return undefined;
  const body = words.map((w) => `${escapePattern(w)}(?:s|es|['’]s)?`).join('[^\\p{L}\\p{N}]+');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'iu');
  return (text) => pattern.test(withoutAccents(text));
}
