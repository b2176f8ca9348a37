import type { Sentence } from './analysis.js';

/** Naive splitter (placeholder): the language work replaces it with a news-aware one. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let offset = 0;
  for (const para of text.split('\n\n')) {
    for (const m of para.matchAll(/[^.!?]+(?:[.!?]+["'”’]?|$)/g)) {
      const raw = m[0];
      const lead = raw.length - raw.trimStart().length;
      const body = raw.trim();
      if (!body) continue;
      const start = offset + (m.index ?? 0) + lead;
      sentences.push({ start, end: start + body.length, text: body, paragraph });
    }
    offset += para.length + 2;
    paragraph++;
  }
  return sentences;
}
