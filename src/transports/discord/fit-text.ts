import { stripMarkup, truncateAtWord } from '../../replies/markdown.js';

/**
 * Cutting reply text to a Discord limit without breaking its markup: the cut falls at a word, is marked
 * with an ellipsis, never leaves a dangling escape, and closes a `**bold**` it cut through. The result is
 * never longer than `max`, whatever the input.
 */
export function fitText(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return '';
  if (max < 4) return `${text.slice(0, max - 1)}…`;
  let body = cutBody(text, max);
  if (hasOpenBold(body)) {
    // Two characters of room to close the bold run the cut went through.
    body = cutBody(text, max - 2);
    if (hasOpenBold(body)) body = body.endsWith('**') ? body.slice(0, -2).trimEnd() : `${body.trimEnd()}**`;
  }
  return `${body}…`;
}

/** The cut text without its ellipsis, and without a backslash that would now escape nothing. */
function cutBody(text: string, max: number): string {
  return truncateAtWord(text, max)
    .replace(/…$/, '')
    .replace(/\\+$/, (slashes) => (slashes.length % 2 === 1 ? slashes.slice(1) : slashes));
}

function hasOpenBold(text: string): boolean {
  return (text.match(/(?<!\\)\*\*/g) ?? []).length % 2 === 1;
}

/** Text for places that show no markdown (footers, button labels). */
export function plainLine(text: string): string {
  return stripMarkup(text).replace(/\s+/g, ' ').trim();
}

/** Discord refuses empty field names and values; a zero-width space is its usual stand-in. */
export function nonEmpty(text: string): string {
  return text.trim() ? text : '\u200b';
}
