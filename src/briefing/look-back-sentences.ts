import type { EnrichedArticle } from '../articles/article.js';

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
  for (const time of article.analysis.times) {
    const last = lastDayOf(time.value);
    if (last && today - dayNumber(last) > PAST_DAYS) out.add(time.sentence);
  }
  article.analysis.sentences.forEach((s, i) => {
    if (s.caption || GALLERY_CAPTION.test(s.text)) out.add(i);
  });
  return out;
}
