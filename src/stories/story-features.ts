import { bodyText, type EnrichedArticle } from '../articles/article.js';
import { dayNumber as calendarDay, parseDay } from '../language/times/calendar.js';
import { keyWords, nameForm } from '../briefing/name-forms.js';
import { SmallMap } from '../briefing/small-map.js';
import type { FeatureWords } from './feature-words.js';
import { shingleSketch } from './text-sketch.js';

/** What story grouping compares, computed once per article when it arrives. */
export interface ArticleFeatures extends TextFeatures {
  id: string;
  date: string;
  /** The headline as a `nameForm`, for finding a story by its headline. */
  titleForm: string;
  /** Days since 1970, for windows. */
  day: number;
  /** Who and where, with how prominent each is in the article (before rarity weighting), as `FeatureWords` pairs. */
  keys: Uint32Array;
}

/**
 * The part of the features read from the article's own text alone (not from the directory's placements), so
 * it can be worked out again from the stored article whenever it is needed rather than held for every article.
 */
export interface TextFeatures {
  /** Content words of the headline and lead sentences, with counts, as `FeatureWords` pairs. */
  terms: Uint32Array;
  /** Days the text dates things to, other than the article's own date, each once (a few, so a list). */
  eventDays: readonly string[];
  sketch: Uint32Array;
}

const STOP = new Set(
  ('the a an and or but of to in on at for from by with as is are was were be been being has have had ' +
    'it its this that these those their his her they them he she we you i our your who whom which what ' +
    'when where while after before about over under into than then there here also not no more most ' +
    'said says say told tells according would will could should may might can did does do up out new ' +
    'one two three first last year years week weeks day days monday tuesday wednesday thursday friday ' +
    'saturday sunday mr mrs ms per cent percent some other such only just all any each both between')
    .split(' '),
);

/** Crude stem: enough that "floods"/"flooded"/"flooding" and "tariff"/"tariffs" meet. */
function stem(word: string): string {
  if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith('ed')) return word.slice(0, -2);
  if (word.length > 4 && word.endsWith('es')) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/**
 * Counts a text's content words into `into`. Not the summariser's `contentTerms` (language/summary/terms.ts):
 * these drop weekdays and "week"/"day" and stem harder, and JOIN_SCORE is calibrated on them.
 */
function countTerms(text: string, into: SmallMap<string, number>): void {
  for (const raw of text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'’.,-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu) ?? []) {
    const word = raw.replace(/['’].*$/, '');
    if (word.length < 3 || STOP.has(word)) continue;
    const term = /^\d/.test(word) ? word : stem(word);
    into.set(term, (into.get(term) ?? 0) + 1);
  }
}

const NO_DAYS: readonly string[] = Object.freeze([]);
/** Most articles date nothing else: they share one empty list. */
export const someDays = (days: readonly string[]): readonly string[] => (days.length ? days : NO_DAYS);

/** Days since 1970 of an article's date (always an ISO day). */
export const dayNumber = (date: string): number => calendarDay(parseDay(date));

const TYPE_WEIGHT: Record<string, number> = { person: 1.2, organisation: 1, place: 1, country: 0.5 };
const LEAD_SENTENCES = 3;

/**
 * `keys` are the directory's placements (so "Kim" alone counts as Kim Jong Un where the archive knows him);
 * places, countries and organisations of the same name count as one, whatever type one article gave it.
 */
export function articleFeatures(article: EnrichedArticle, placedKeys: readonly string[], words: FeatureWords): ArticleFeatures {
  const { entities } = article.analysis;
  const title = ` ${nameForm(article.title)} `;
  const keys = new SmallMap<string, number>();
  entities.forEach((entity, i) => {
    const placed = placedKeys[i] ?? entity.key;
    const key = entity.type === 'person' ? placed : `name:${keyWords(placed).join('-')}`;
    const inTitle = [entity.name, ...entity.aliases].some((f) => nameForm(f) && title.includes(` ${nameForm(f)} `));
    const inLead = entity.mentions.some((m) => m.sentence < 2);
    const salience = (Math.min(entity.mentions.length, 5) + (inTitle ? 3 : 0) + (inLead ? 1 : 0)) * (TYPE_WEIGHT[entity.type] ?? 1);
    keys.set(key, Math.max(keys.get(key) ?? 0, salience));
  });
  return { id: article.id, date: article.date, titleForm: title.trim(), day: dayNumber(article.date), keys: words.pack(keys), ...textFeatures(article, words) };
}

/** Headline and lead words, other dates and the text's sketch: from the article alone. */
export function textFeatures(article: EnrichedArticle, words: FeatureWords): TextFeatures {
  const { sentences, summaryRank, times } = article.analysis;
  const lead = summaryRank.length ? summaryRank.slice(0, LEAD_SENTENCES) : sentences.slice(0, LEAD_SENTENCES).map((_, i) => i);
  const terms = new SmallMap<string, number>();
  // The headline is counted twice: its words weigh double against the lead's (JOIN_SCORE was calibrated with it).
  countTerms(article.title, terms);
  countTerms(article.title, terms);
  for (const i of lead) if (sentences[i]) countTerms(sentences[i]!.text, terms);
  const eventDays = someDays([...new Set(times.filter((t) => t.granularity === 'day' && t.value !== article.date).map((t) => t.value))]);
  return { terms: words.pack(terms), eventDays, sketch: shingleSketch(bodyText(article)) };
}
