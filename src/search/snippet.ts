import { escapeMarkdown } from '../replies/markdown.js';

/**
 * A window of the text around the densest run of matched words, with those words in bold. Matching is
 * on word starts, so the index term "putin" bolds "Putin’s".
 */
export function snippet(text: string, terms: readonly string[], width = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const wanted = terms.map((t) => t.toLowerCase()).filter((t) => t.length > 1);
  const words = [...flat.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)].map((m) => ({ start: m.index ?? 0, word: m[0] }));
  const hit = (w: string) => {
    const lower = w.toLowerCase();
    return wanted.some((t) => lower === t || lower.startsWith(t) || lower.replace(/['’]s$/, '') === t);
  };
  const hits = words.filter((w) => hit(w.word));
  let start = 0;
  if (hits.length > 0) {
    // Slide a window over the hits and keep the one holding the most distinct matched words.
    let best = -1;
    for (const first of hits) {
      const inWindow = new Set(hits.filter((h) => h.start >= first.start && h.start < first.start + width).map((h) => h.word.toLowerCase()));
      if (inWindow.size > best) {
        best = inWindow.size;
        start = first.start;
      }
    }
    start = Math.max(0, start - Math.floor(width / 4));
    const space = flat.lastIndexOf(' ', start);
    start = start === 0 ? 0 : space + 1;
  }
  let end = Math.min(flat.length, start + width);
  if (end < flat.length) {
    const space = flat.lastIndexOf(' ', end);
    if (space > start) end = space;
  }
  const window = flat.slice(start, end);
  const marked = window.replace(/[\p{L}\p{N}][\p{L}\p{N}'’-]*|[^\p{L}\p{N}]+/gu, (token) =>
    /^[\p{L}\p{N}]/u.test(token) && hit(token) ? `**${escapeMarkdown(token)}**` : escapeMarkdown(token),
  );
  return `${start > 0 ? '…' : ''}${marked}${end < flat.length ? '…' : ''}`;
}
