import type { EnrichedArticle } from './article.js';
import { parseDateline } from '../ingest/dateline.js';
import type { Sentence } from '../language/analysis.js';
import { isFurniture, readsAlone } from '../language/summary/standalone.js';

/**
 * An extractive summary of at most `count` sentences, best ranked first, put back in article order. Whole
 * sentences, never rewritten; never a byline or credit, never one sentence twice. A sentence that points
 * back ("He called…", "But the source said…") is passed over unless the sentence before it is in the
 * summary too: out of its place it would point at someone the reader never met.
 */
export function summarySentences(article: EnrichedArticle, count: number): Sentence[] {
  const { sentences, summaryRank } = article.analysis;
  const chosen = new Set<number>();
  const texts = new Set<string>();
  const passedOver = new Set<number>();
  const take = (i: number) => {
    chosen.add(i);
    texts.add(sentences[i]!.text);
  };
  for (const i of summaryRank) {
    if (chosen.size >= count) break;
    const sentence = sentences[i];
    // Furniture (a byline, a credit) and a sentence told twice are never summary, however long it is.
    if (!sentence || texts.has(sentence.text) || isFurniture(sentence.text)) continue;
    if (chosen.size > 0 && !chosen.has(i - 1) && !readsAlone(sentence.text)) {
      passedOver.add(i);
      continue;
    }
    take(i);
    // A sentence passed over for pointing back fits once the one before it is in.
    for (let next = i + 1; passedOver.has(next) && chosen.size < count && !texts.has(sentences[next]!.text); next++) take(next);
  }
  return [...chosen].sort((a, b) => a - b).map((i) => sentences[i]!);
}

/** The summary as one text; the story's dateline ("WASHINGTON —", "(CNN)", or its dash left alone) is no part of what it says. */
export function summaryText(article: EnrichedArticle, count: number): string {
  const first = article.analysis.sentences[0];
  return summarySentences(article, count)
    .map((s) => (s === first ? (parseDateline(s.text)?.rest || s.text).replace(/^[—–-]+\s+/, '') : s.text))
    .join(' ');
}
