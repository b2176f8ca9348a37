import type { EnrichedArticle } from '../articles/article.js';
import { dateNamesThing, MONTH_DAY } from './naming-dates.js';

/** A time this many days before the article's day is told as the past, not as the article's news. */
const PAST_DAYS = 31;

const dayNumber = (day: string): number => Date.parse(`${day}T00:00:00Z`) / 86_400_000;

/** The last day a stated day, month or year covers ("2022-07" → 2022-07-31); undefined for other values. */
function lastDayOf(value: string): string | undefined {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (month) return new Date(Date.UTC(Number(month[1]), Number(month[2]), 0)).toISOString().slice(0, 10);
  return /^\d{4}$/.test(value) ? `${value}-12-31` : undefined;
}

/** Words before a calendar date that make it the sentence's time: "in April", "on July 7", or the sentence's start. */
const WHEN_BEFORE = /(?:^|\b(?:in|on|at|during|since|by|until|from|before|after|through|throughout)\s+(?:the\s+)?(?:(?:early|late|mid)[-\s]+)?)$/i;

/**
 * Whether a time stated in a sentence is when the sentence happens: a month's day alone only after "in",
 * "on"… (or opening it), and never one naming a thing ("Rep. Adam Kinzinger, of the committee investigating
 * January 6", "the Jan. 6 committee").
 */
function datesSentence(text: string, start: number, end: number): boolean {
  const written = text.slice(start, end);
  // A month's day alone: news names events so. A year ("the 2012 Republican nominee") or a full date always tells the past.
  if (!MONTH_DAY.test(written)) return true;
  return WHEN_BEFORE.test(text.slice(Math.max(0, start - 30), start).trimEnd() + (start > 0 ? ' ' : '')) && !dateNamesThing(text, { start, end });
}

/** A gallery's caption ("Hide Caption 28 of 49 Photos: …"): its photos may be years old. */
const GALLERY_CAPTION = /\bHide Caption\b|\bPhotos?:/;

/**
 * Sentences whose roles do not date the office at the article's day: a caption of a photo gallery, or a
 * sentence that states a day, month or year ending more than a month before the article ("In April,
 * Prime Minister Holt visited…", "… on July 7, 2019."), which tells the past.
 */
export function lookBackSentences(article: EnrichedArticle): Set<number> {
  const out = new Set<number>();
  const today = dayNumber(article.date.slice(0, 10));
  if (Number.isNaN(today)) return out;
  const { sentences } = article.analysis;
  for (const time of article.analysis.times) {
    const last = lastDayOf(time.value);
    if (!last || today - dayNumber(last) <= PAST_DAYS) continue;
    const sentence = sentences[time.sentence];
    if (sentence && !datesSentence(sentence.text, time.start - sentence.start, time.end - sentence.start)) continue;
    out.add(time.sentence);
  }
  sentences.forEach((s, i) => {
    if (s.caption || GALLERY_CAPTION.test(s.text)) out.add(i);
  });
  return out;
}
