import type { EnrichedArticle } from './article.js';
import type { Sentence } from '../language/analysis.js';
import { endsAsSentence } from '../language/sentence-end.js';
import { isFurniture, readsAlone } from '../language/summary/standalone.js';
import { withoutOpening } from './story-opening.js';

/**
 * An extractive summary of at most `count` sentences, best ranked first, put back in article order. Whole
 * sentences, never rewritten, ending as sentences do; never a byline or credit, never one sentence twice. A
 * sentence that points back ("He called…", "But the source said…") is passed over unless the sentence before
 * it is in the summary too: out of its place it would point at someone the reader never met.
 */
export function summarySentences(article: EnrichedArticle, count: number): Sentence[] {
  const chosen = summaryOf(article, count, true);
  // A text with no whole sentence at all (a list, a transcript of headings) is summed up as it is.
  return chosen.length ? chosen : summaryOf(article, count, false);
}

function summaryOf(article: EnrichedArticle, count: number, wholeOnly: boolean): Sentence[] {
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
    if (!sentence || texts.has(sentence.text) || isFurniture(sentence.text) || (wholeOnly && !endsAsSentence(sentence.text))) continue;
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

/** A dateline opens the story's first sentence, which may follow a date stamp or byline line ("Dec. 17, 2025 Updated …"). */
export const OPENING_WITHIN = 3;

/**
 * A sentence of the article as it is quoted: the story's opening (the first of its first sentences that
 * has a dateline or a summary box's label) without them; every other sentence as written.
 */
export function shownSentence(article: EnrichedArticle, sentence: Sentence): string {
  for (const s of article.analysis.sentences.slice(0, OPENING_WITHIN)) {
    const shown = withoutOpening(s.text);
    if (shown !== s.text) return s.start === sentence.start ? shown : sentence.text;
    if (s.start === sentence.start) return sentence.text;
  }
  return sentence.text;
}

/** The summary as one text, as the sentences are shown. */
export function summaryText(article: EnrichedArticle, count: number): string {
  return summarySentences(article, count)
    .map((s) => shownSentence(article, s))
    .join(' ');
}
