import { escapeMarkdown } from '../replies/markdown.js';
import { forEachWord } from './text-terms.js';

interface Word {
  term: string | undefined;
  start: number;
  end: number;
}

/**
 * A window of the text around its densest run of matched words, with those words in bold. Words are
 * matched through the index's own normaliser, so the term "missile" bolds "missiles" and "Kim Jong-un"
 * bolds all three parts, and nothing else is bolded by accident.
 */
export function snippet(text: string, terms: Iterable<string>, width = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const wanted = new Set(terms);
  const words: Word[] = [];
  forEachWord(flat, (term, start, end) => words.push({ term, start, end }));
  const isHit = (w: Word) => w.term !== undefined && wanted.has(w.term);
  const hits = words.filter(isHit);
  let start = 0;
  if (hits.length > 0) {
    // Slide a window over the hits and keep the one holding the most distinct matched terms.
    let best = -1;
    let anchor = 0;
    for (let i = 0; i < hits.length; i++) {
      const seen = new Set<string>();
      for (let j = i; j < hits.length && hits[j]!.start < hits[i]!.start + width * 0.75; j++) seen.add(hits[j]!.term!);
      if (seen.size > best) {
        best = seen.size;
        anchor = hits[i]!.start;
      }
    }
    // Start at the sentence holding the first hit when it begins near enough, else a little before it.
    const period = flat.lastIndexOf('. ', anchor - 1);
    const sentence = period < 0 ? 0 : period + 2;
    const lead = Math.max(0, anchor - Math.floor(width / 4));
    start = sentence >= anchor - width / 2 ? sentence : (words.find((w) => w.start >= lead)?.start ?? anchor);
  }
  let end = Math.min(flat.length, start + width);
  if (end < flat.length) {
    const space = flat.lastIndexOf(' ', end);
    if (space > start) end = space;
  }
  let out = '';
  let at = start;
  for (const word of words) {
    if (word.start < start || word.end > end || !isHit(word)) continue;
    out += `${escapeMarkdown(flat.slice(at, word.start))}**${escapeMarkdown(flat.slice(word.start, word.end))}**`;
    at = word.end;
  }
  out += escapeMarkdown(flat.slice(at, end));
  return `${start > 0 ? '…' : ''}${out}${end < flat.length ? '…' : ''}`;
}
