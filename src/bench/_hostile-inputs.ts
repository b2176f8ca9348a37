/**
 * Hostile inputs for the stress bench and the budget tests, built from text written here: a very long
 * article, a deeply nested page and a feed with thousands of items. Deterministic, so runs compare.
 */
const SENTENCES = [
  'The harbour authority said on Monday that the new ferry terminal would open in March next year.',
  'Officials in Port Alder told reporters the delay had cost the city about 4 million dollars.',
  'Maria Lindqvist, the transport minister, visited the site last week and promised more inspections.',
  'Residents have complained about the noise since work began in the summer of 2021.',
  'A spokesman for the builder declined to comment on the new schedule.',
  'The council will vote on the revised budget on 14 November, according to the agenda.',
  'Critics say the project was poorly planned from the start.',
  'He said the second phase could begin before the end of the decade.',
];

/** Plain article text of about `bytes` bytes, in paragraphs of five sentences. */
export function longArticleText(bytes: number): string[] {
  const paragraphs: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const paragraph = Array.from({ length: 5 }, (_, k) => SENTENCES[(i * 5 + k) % SENTENCES.length]!.replace('Monday', ['Monday', 'Tuesday', 'Friday'][(i + k) % 3]!)).join(' ') + ` (${i})`;
    paragraphs.push(paragraph);
    size += paragraph.length + 2;
  }
  return paragraphs;
}

/** An HTML page of about `bytes` bytes whose story sits under `depth` nested elements. */
export function nestedPage(bytes: number, depth: number): string {
  const story = longArticleText(Math.min(bytes / 4, 20_000))
    .map((p) => `<p>${p}</p>`)
    .join('');
  const head = '<html><head><title>Ferry terminal delayed again | Harbour Herald</title></head><body>';
  const open = '<div><span>'.repeat(depth);
  const close = '</span></div>'.repeat(depth);
  const filler: string[] = [];
  let size = head.length + open.length + close.length + story.length;
  for (let i = 0; size < bytes; i++) {
    const cell = `<div class="c${i % 7}"><a href="/n/${i}">Link ${i}</a></div>`;
    filler.push(cell);
    size += cell.length;
  }
  return `${head}${open}<article><h1>Ferry terminal delayed again</h1>${story}</article>${filler.join('')}${close}</body></html>`;
}

/** An RSS feed with `count` full-text items. */
export function bigFeed(count: number, base = 'http://127.0.0.1/'): string {
  const items: string[] = [];
  for (let i = 0; i < count; i++) {
    items.push(
      `<item><title>Ferry item ${i} delayed</title><link>${base}item/${i}</link><guid>${base}item/${i}</guid>` +
        `<pubDate>Mon, 06 Jan 2025 10:00:00 GMT</pubDate><description>${SENTENCES[i % SENTENCES.length]} ${SENTENCES[(i + 3) % SENTENCES.length]}</description></item>`,
    );
  }
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Big feed</title><link>${base}</link>${items.join('')}</channel></rss>`;
}
