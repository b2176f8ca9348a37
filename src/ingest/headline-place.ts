import type { HeadKind } from './page-head.js';

/**
 * Where a line stands in a page's head, as the headline pick weighs it: printed again elsewhere, right under the
 * masthead, right over a byline or a date stamp, or a site's "Name: tagline".
 */

/** Whether the page prints line `i` again, alone or with a button's words after it ("<headline> Back to video"). */
export function printedAgain(lines: readonly string[], i: number): boolean {
  const text = lines[i]!.trim();
  return lines.some((line, j) => j !== i && line.trim().startsWith(text) && line.trim().length - text.length <= 20 && /^(?:$|\s)/.test(line.trim().slice(text.length)));
}

/**
 * "Sitename: Connecting the community": a one-word label the page prints again and again (its masthead, its
 * footer, "Sitename's job board") which the lead's first paragraph does not name is the site's, and the line is
 * its tagline.
 */
export function isSiteTagline(lines: readonly string[], i: number, storyStart: number): boolean {
  const label = /^(\p{L}[\p{L}.]+):\s/u.exec(lines[i]!.trim())?.[1];
  // A topic in capitals ("COVID-19: …", "BREAKING: …") labels a headline; a site's name is written as a name.
  if (!label || label === label.toUpperCase()) return false;
  const word = new RegExp(`(?<![\\p{L}\\d])${label.replace(/\./g, '\\.')}(?![\\p{L}\\d])`, 'u');
  if (word.test(lines[storyStart] ?? '')) return false;
  let seen = 0;
  for (let j = 0; j < lines.length && seen < 3; j++) if (j !== i && word.test(lines[j]!)) seen++;
  return seen >= 3;
}

/** Whether line `i` stands right under the page's first line of words (its masthead), only logos and marks above. */
export function underMasthead(lines: readonly string[], i: number): boolean {
  let words = 0;
  for (let j = 0; j < i; j++) {
    const text = lines[j]!.trim();
    if (text && !/^(?:[\W_]*|\[[^\]]*\])$/u.test(text)) words++;
  }
  return words === 1;
}

/** Whether the very next non-empty line under line `i` is a byline or a date stamp. */
export function stampRightUnder(lines: readonly string[], kinds: readonly HeadKind[], i: number): boolean {
  let j = i + 1;
  while (j < lines.length && !lines[j]!.trim()) j++;
  return kinds[j] === 'byline' || kinds[j] === 'date';
}
