import { bodyText, isUndated, type Article } from '../articles/article.js';
import type { Analysis, TimeExpression } from './analysis.js';
import { extractEntities } from './entities/extract-entities.js';
import { extractEvents } from './events/extract-events.js';
import { splitSentences } from './sentences.js';
import { rankSentences } from './summary/rank-sentences.js';
import { extractTimes } from './times/extract-times.js';
import { updatedLater } from './times/later-update.js';

/** Bump when any stage changes its output, so stored analyses are redone on the next start. */
export const ANALYSIS_VERSION = 22;

/**
 * An undated article carries the day it arrived, and every time read relative to that day ("on Tuesday",
 * "in March", "last year") and every lead event given that day would be dated from when the page was
 * saved, not from when it was written. Only times that write their year stay, and events dated by them.
 */
const namesItsYear = (text: string, t: TimeExpression): boolean => /(?<!\d)(?:1[89]|20)\d\d(?!\d)/.test(text.slice(t.start, t.end));

/**
 * The whole language pipeline, run once per article at ingestion; its result is stored with the
 * article and no query redoes it. Offsets point into `bodyText(article)`.
 */
export function analyze(article: Article): Analysis {
  const text = bodyText(article);
  const sentences = splitSentences(text);
  const entities = extractEntities(text, sentences);
  const read = extractTimes(text, sentences, article.date);
  // A page updated after its date is as undated for what its day would date (later-update.ts).
  const dateless = isUndated(article);
  const later = !dateless && updatedLater(text, sentences, read, article.date);
  const undated = dateless || later;
  const times = undated ? read.filter((t) => namesItsYear(text, t)) : read;
  const found = extractEvents({ text, sentences, entities, times, articleDate: article.date });
  const events = undated ? found.filter((e) => times.some((t) => t.sentence === e.sentence && t.value === e.date)) : found;
  const summaryRank = rankSentences(sentences, entities);
  return { version: ANALYSIS_VERSION, sentences, entities, times, events, summaryRank, ...(later ? { updatedLater: true as const } : {}) };
}
