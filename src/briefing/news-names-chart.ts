import type { EnrichedArticle } from '../articles/article.js';
import type { ReplyImage } from '../replies/reply.js';
import { namesPicture, type ChartPictures } from './chart-picture.js';
import type { Bucket } from './mention-chart.js';

const BARS = 8;
/** Bars are about 70 px apart: a label must fit under its bar. */
const LABEL_CHARS = 11;

/** The full name when it fits under a bar, else a person's last name, else cut; the description keeps full names. */
function shortLabel(name: string, type: string): string {
  if (name.length <= LABEL_CHARS) return name;
  const short = type === 'person' ? (name.split(' ').at(-1) ?? name) : name;
  return short.length <= LABEL_CHARS ? short : `${short.slice(0, LABEL_CHARS - 1)}…`;
}

/**
 * The chart of a period's news (a digest's day): how often the most-mentioned people, countries and
 * organisations were named in its articles. Counted from the stored analyses; nothing is re-analysed.
 */
export function newsNamesChart(pictures: ChartPictures, articles: readonly EnrichedArticle[]): ReplyImage | undefined {
  const counts = new Map<string, { name: string; type: string; value: number }>();
  for (const article of articles) {
    for (const entity of article.analysis.entities) {
      if (entity.type === 'place') continue;
      const seen = counts.get(entity.key) ?? { name: entity.name, type: entity.type, value: 0 };
      seen.value += entity.mentions.length;
      counts.set(entity.key, seen);
    }
  }
  const top = [...counts.values()].sort((a, b) => b.value - a.value || a.name.localeCompare(b.name)).slice(0, BARS);
  const bars: Bucket[] = top.map((c) => ({ label: shortLabel(c.name, c.type), value: c.value }));
  const image = namesPicture(pictures, { title: 'Who was in the news', fileStem: 'digest-names', bars, unit: 'mentions' });
  return image && { ...image, description: `Who was in the news, by mentions: ${top.map((c) => `${c.name} ${c.value}`).join(', ')}.` };
}
