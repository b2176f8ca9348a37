import { bodyText, type Article } from '../articles/article.js';
import type { Analysis } from './analysis.js';
import { extractEntities } from './entities/extract-entities.js';
import { extractEvents } from './events/extract-events.js';
import { splitSentences } from './sentences.js';
import { rankSentences } from './summary/rank-sentences.js';
import { extractTimes } from './times/extract-times.js';

/** Bump when any stage changes its output, so stored analyses are redone on the next start. */
export const ANALYSIS_VERSION = 21;

/**
 * The whole language pipeline, run once per article at ingestion; its result is stored with the
 * article and no query redoes it. Offsets point into `bodyText(article)`.
 */
export function analyze(article: Article): Analysis {
  const text = bodyText(article);
  const sentences = splitSentences(text);
  const entities = extractEntities(text, sentences);
  const times = extractTimes(text, sentences, article.date);
  const events = extractEvents({ text, sentences, entities, times, articleDate: article.date });
  const summaryRank = rankSentences(sentences, entities);
  return { version: ANALYSIS_VERSION, sentences, entities, times, events, summaryRank };
}
