import { dayNumber, formatDay, formatMonth, fromDayNumber, fromMonthIndex, monthIndex, parseDay } from '../language/times/calendar.js';
import { truncateAtWord } from '../replies/markdown.js';

/**
 * A bar chart of mentions over time as SVG: per day for short spans, per month for longer ones, per
 * year beyond that. Drawn on an opaque light card with dark text, so it reads the same in Discord's dark
 * and light themes.
 */
export interface Bucket {
  label: string;
  value: number;
}

export type Step = 'day' | 'month' | 'year';

const MAX_DAY_BARS = 62;
const MAX_MONTH_BARS = 60;

const toDay = (date: string) => dayNumber(parseDay(date));
const fromDay = (n: number) => formatDay(fromDayNumber(n));
const toMonth = (date: string) => monthIndex(Number(date.slice(0, 4)), Number(date.slice(5, 7)));

/** Counts per date into consecutive buckets (gaps shown as zero) of the finest step that fits. */
export function bucketCounts(perDay: ReadonlyMap<string, number>): { step: Step; buckets: Bucket[] } {
  const dates = [...perDay.keys()].filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)).sort();
  if (dates.length === 0) return { step: 'day', buckets: [] };
  const [first, last] = [dates[0]!, dates.at(-1)!];
  if (toDay(last) - toDay(first) < MAX_DAY_BARS) {
    const buckets: Bucket[] = [];
    for (let d = toDay(first); d <= toDay(last); d++) buckets.push({ label: fromDay(d), value: perDay.get(fromDay(d)) ?? 0 });
    return { step: 'day', buckets };
  }
  const step: Step = toMonth(last) - toMonth(first) + 1 <= MAX_MONTH_BARS ? 'month' : 'year';
  const width = step === 'month' ? 7 : 4;
  const sums = new Map<string, number>();
  for (const [date, n] of perDay) sums.set(date.slice(0, width), (sums.get(date.slice(0, width)) ?? 0) + n);
  const labels: string[] = [];
  if (step === 'month') {
    for (let m = toMonth(first); m <= toMonth(last); m++) {
      const { year, month } = fromMonthIndex(m);
      labels.push(formatMonth(year, month));
    }
  } else for (let y = Number(first.slice(0, 4)); y <= Number(last.slice(0, 4)); y++) labels.push(String(y));
  return { step, buckets: labels.map((label) => ({ label, value: sums.get(label) ?? 0 })) };
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const W = 640;
const H = 260;
const PAD = { left: 48, right: 20, top: 56, bottom: 44 };
const VALUE_LABELS_UP_TO = 31;
const FONT = 'DejaVu Sans, Liberation Sans, Arial, Helvetica, sans-serif';
const COLOURS = { card: '#f6f7f9', border: '#c9ced6', text: '#1d2125', muted: '#4a525c', bar: '#2f6fdf', grid: '#dde1e7' };

export function chartSvg(fullTitle: string, buckets: readonly Bucket[], unit: string): string {
  // Room for the unit at the right of the title line.
  const title = truncateAtWord(fullTitle, 52);
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  // An even top keeps the middle grid line on a whole number.
  const max = Math.max(2, Math.ceil(Math.max(...buckets.map((b) => b.value)) / 2) * 2);
  const slot = plotW / Math.max(1, buckets.length);
  const barW = Math.max(2, Math.min(48, slot * 0.7));
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">`,
    `<rect x="0.5" y="0.5" width="${W - 1}" height="${H - 1}" rx="12" fill="${COLOURS.card}" stroke="${COLOURS.border}"/>`,
    `<text x="${PAD.left}" y="28" font-family="${FONT}" font-size="16" font-weight="bold" fill="${COLOURS.text}">${escapeXml(title)}</text>`,
  ];
  for (const fraction of [0, 0.5, 1]) {
    const y = PAD.top + plotH - fraction * plotH;
    const value = Math.round(max * fraction);
    parts.push(`<line x1="${PAD.left}" y1="${y}" x2="${W - PAD.right}" y2="${y}" stroke="${COLOURS.grid}"/>`);
    parts.push(`<text x="${PAD.left - 8}" y="${y + 4}" text-anchor="end" font-family="${FONT}" font-size="11" fill="${COLOURS.muted}">${value}</text>`);
  }
  const labelEvery = Math.max(1, Math.ceil(buckets.length / 8));
  buckets.forEach((bucket, i) => {
    const x = PAD.left + i * slot + (slot - barW) / 2;
    const h = (bucket.value / max) * plotH;
    if (bucket.value > 0) parts.push(`<rect x="${x.toFixed(1)}" y="${(PAD.top + plotH - h).toFixed(1)}" width="${barW.toFixed(1)}" height="${h.toFixed(1)}" rx="2" fill="${COLOURS.bar}"/>`);
    if (bucket.value > 0 && buckets.length <= VALUE_LABELS_UP_TO) {
      parts.push(`<text x="${(x + barW / 2).toFixed(1)}" y="${(PAD.top + plotH - h - 4).toFixed(1)}" text-anchor="middle" font-family="${FONT}" font-size="11" fill="${COLOURS.text}">${bucket.value}</text>`);
    }
    if (i % labelEvery === 0 || i === buckets.length - 1) {
      parts.push(`<text x="${(x + barW / 2).toFixed(1)}" y="${H - PAD.bottom + 18}" text-anchor="middle" font-family="${FONT}" font-size="11" fill="${COLOURS.muted}">${escapeXml(bucket.label)}</text>`);
    }
  });
  parts.push(`<text x="${W - PAD.right}" y="28" text-anchor="end" font-family="${FONT}" font-size="11" fill="${COLOURS.muted}">${escapeXml(unit)}</text>`);
  parts.push('</svg>');
  return parts.join('');
}
